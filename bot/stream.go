package bot

import (
	"context"
	"strings"
	"sync"
	"time"
)

// streamer shows a model's answer while it is being written by editing the placeholder
// message, at most once per interval (chat.update is rate limited per workspace and a faster
// stream of edits gets 429s). The first edit comes an interval after the placeholder, so a
// quick answer goes straight to its final form without intermediate edits.
type streamer struct {
	interval time.Duration
	edit     func(ctx context.Context, text string)

	mu       sync.Mutex
	text     strings.Builder
	dirty    bool
	lastEdit time.Time // zero until the first edit

	kick    chan struct{} // something new to show
	stopped chan struct{} // stop was called
	exited  chan struct{} // the edit loop has returned
	once    sync.Once
}

func newStreamer(interval time.Duration, edit func(ctx context.Context, text string)) *streamer {
	return &streamer{interval: interval, edit: edit, kick: make(chan struct{}, 1),
		stopped: make(chan struct{}), exited: make(chan struct{})}
}

// add appends a piece of generated text (answer.Request.OnDelta). It never blocks the
// generator.
func (s *streamer) add(delta string) {
	if delta == "" {
		return
	}
	s.mu.Lock()
	s.text.WriteString(delta)
	s.dirty = true
	s.mu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// run edits the message until stop; start it in its own goroutine.
func (s *streamer) run(ctx context.Context, started time.Time) {
	defer close(s.exited)
	next := started.Add(s.interval)
	for {
		select {
		case <-s.stopped:
			return
		case <-ctx.Done():
			return
		case <-s.kick:
		}
		if wait := time.Until(next); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-s.stopped:
				t.Stop()
				return
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		s.mu.Lock()
		text, dirty := s.text.String(), s.dirty
		s.dirty = false
		s.mu.Unlock()
		if !dirty || strings.TrimSpace(text) == "" {
			continue
		}
		s.edit(ctx, text)
		now := time.Now()
		s.mu.Lock()
		s.lastEdit = now
		s.mu.Unlock()
		next = now.Add(s.interval)
	}
}

// stop ends the edits, waits for one in progress, and returns when the last edit was made
// (zero when none was), so that the final edit can keep its distance.
func (s *streamer) stop() time.Time {
	s.once.Do(func() { close(s.stopped) })
	<-s.exited
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastEdit
}
