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
	jobs    chan job

	mu       sync.RWMutex // guards closed against a send on a closed channel
	closed   bool
	dropping atomic.Bool // shutting down: queued jobs are dropped, not run
	wg       sync.WaitGroup
	droppers sync.WaitGroup
	done     chan struct{} // closed when every worker has returned
	running  atomic.Int64
}

// job is one unit of work: run does it; drop, when not nil, is called instead when the pool
// shuts down before a worker took the job (to tell whoever is waiting for it).
type job struct {
	run  func(ctx context.Context)
	drop func()
}

func newPool(workers, queue int) *pool {
	return &pool{workers: workers, jobs: make(chan job, queue), done: make(chan struct{})}
}

// start starts the workers; ctx is handed to every job.
func (p *pool) start(ctx context.Context) {
	for range p.workers {
		p.wg.Go(func() {
			for j := range p.jobs {
				if p.dropping.Load() && j.drop != nil {
					p.safe(j.drop)
					continue
				}
				p.running.Add(1)
				p.safe(func() { j.run(ctx) })
				p.running.Add(-1)
			}
		})
	}
	go func() { p.wg.Wait(); close(p.done) }()
}

// safe runs f, reporting a panic instead of crashing the worker.
func (p *pool) safe(f func()) {
	defer func() {
		if v := recover(); v != nil && p.onPanic != nil {
			p.onPanic(v)
		}
	}()
	f()
}

// submit queues a job and reports whether it was taken (false when full or closed).
func (p *pool) submit(run func(ctx context.Context)) bool { return p.submitJob(job{run: run}) }

// submitJob queues j and reports whether it was taken (false when full or closed).
func (p *pool) submitJob(j job) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return false
	}
	select {
	case p.jobs <- j:
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

// dropQueued closes the pool and drops the jobs still queued (calling their drop) on n
// goroutines of its own, so that they are told at once rather than after the jobs running now.
func (p *pool) dropQueued(n int) {
	p.dropping.Store(true)
	p.close()
	for range n {
		p.droppers.Go(func() {
			for j := range p.jobs {
				if j.drop != nil {
					p.safe(j.drop)
				} else {
					p.safe(func() { j.run(context.Background()) })
				}
			}
		})
	}
}

// wait waits up to d for the workers (and droppers) to finish every taken job and reports
// whether they did.
func (p *pool) wait(d time.Duration) bool {
	if d <= 0 {
		d = time.Millisecond
	}
	t := time.NewTimer(d)
	defer t.Stop()
	dropped := make(chan struct{})
	go func() { p.droppers.Wait(); close(dropped) }()
	for _, ch := range []chan struct{}{p.done, dropped} {
		select {
		case <-ch:
		case <-t.C:
			return false
		}
	}
	return true
}

// pending counts jobs running or queued.
func (p *pool) pending() int { return int(p.running.Load()) + len(p.jobs) }

// queued counts jobs waiting for a worker.
func (p *pool) queued() int { return len(p.jobs) }

// runningNow counts jobs being run.
func (p *pool) runningNow() int { return int(p.running.Load()) }
