package bot

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// pool runs jobs on a fixed number of workers fed by a bounded queue. Submitting never blocks,
// so neither the Socket Mode event loop nor an HTTP handler waits for an answer; a full queue is
// reported to the caller instead.
type pool struct {
	workers int
	// onPanic is told about a job that panicked; the worker carries on.
	onPanic func(v any)
	jobs    chan func(ctx context.Context)

	mu      sync.RWMutex // guards closed against a send on a closed channel
	closed  bool
	wg      sync.WaitGroup
	done    chan struct{} // closed when every worker has returned
	running atomic.Int64
}

func newPool(workers, queue int) *pool {
	return &pool{workers: workers, jobs: make(chan func(context.Context), queue), done: make(chan struct{})}
}

// start starts the workers; ctx is handed to every job.
func (p *pool) start(ctx context.Context) {
	for range p.workers {
		p.wg.Go(func() {
			for job := range p.jobs {
				p.running.Add(1)
				p.run(ctx, job)
				p.running.Add(-1)
			}
		})
	}
	go func() { p.wg.Wait(); close(p.done) }()
}

func (p *pool) run(ctx context.Context, job func(context.Context)) {
	defer func() {
		if v := recover(); v != nil && p.onPanic != nil {
			p.onPanic(v)
		}
	}()
	job(ctx)
}

// submit queues a job and reports whether it was taken (false when full or closed).
func (p *pool) submit(job func(ctx context.Context)) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return false
	}
	select {
	case p.jobs <- job:
		return true
	default:
		return false
	}
}

// close stops taking jobs; queued jobs still run.
func (p *pool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.jobs)
	}
}

// wait waits up to d for the workers to finish every taken job and reports whether they did.
func (p *pool) wait(d time.Duration) bool {
	if d <= 0 {
		d = time.Millisecond
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-p.done:
		return true
	case <-t.C:
		return false
	}
}

// pending counts jobs running or queued.
func (p *pool) pending() int { return int(p.running.Load()) + len(p.jobs) }

// queued counts jobs waiting for a worker.
func (p *pool) queued() int { return len(p.jobs) }

// runningNow counts jobs being run.
func (p *pool) runningNow() int { return int(p.running.Load()) }
