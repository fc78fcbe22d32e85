package reload

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/synctest"
	"time"
)

// fakeStore is a store whose live generation the test sets; it counts loads.
type fakeStore struct {
	mu      sync.Mutex
	current string
	readErr error
	broken  map[string]bool // generations that fail to load
	loads   []string        // generations loaded, in order
}

func (s *fakeStore) set(gen string) { s.mu.Lock(); s.current = gen; s.mu.Unlock() }

func (s *fakeStore) Current() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.current, s.readErr
}

func (s *fakeStore) Load() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.broken[s.current] {
		return "", errors.New("manifest.json: unexpected end of JSON input")
	}
	s.loads = append(s.loads, s.current)
	return s.current, nil
}

func (s *fakeStore) loaded() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.loads...)
}

// manualTicker is a ticker the test ticks.
type manualTicker struct {
	c        chan time.Time
	interval time.Duration
	stopped  bool
}

func (m *manualTicker) new(d time.Duration) (<-chan time.Time, func()) {
	m.interval = d
	return m.c, func() { m.stopped = true }
}

// watch starts a Watcher over s with a hand-ticked ticker; it returns the ticker, the SIGHUP
// channel, the log and a stop function that waits for Run to return.
func watch(t *testing.T, s *fakeStore, interval time.Duration) (*Watcher, *manualTicker, chan os.Signal, *bytes.Buffer, func()) {
	t.Helper()
	tk := &manualTicker{c: make(chan time.Time)}
	var logs bytes.Buffer
	w := New(Options{Current: s.Current, Load: s.Load, Interval: interval, NewTicker: tk.new,
		Logger: slog.New(slog.NewTextHandler(&logs, nil))}, s.current)
	hup := make(chan os.Signal)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { w.Run(ctx, hup); close(done) }()
	return w, tk, hup, &logs, func() { cancel(); <-done }
}

func TestPollReloadsOnlyANewGeneration(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &fakeStore{current: "gen-1"}
		w, tk, _, logs, stop := watch(t, s, 2*time.Second)
		synctest.Wait()
		if tk.interval != 2*time.Second {
			t.Errorf("ticker interval %v, want 2s", tk.interval)
		}
		tk.c <- time.Now() // nothing new
		synctest.Wait()
		if got := s.loaded(); len(got) != 0 {
			t.Errorf("an unchanged generation was loaded: %v", got)
		}
		s.set("gen-2")
		tk.c <- time.Now()
		synctest.Wait()
		if got := s.loaded(); len(got) != 1 || got[0] != "gen-2" || w.Generation() != "gen-2" {
			t.Errorf("after a new generation: loads %v, in use %q; want [gen-2], gen-2", got, w.Generation())
		}
		tk.c <- time.Now()
		tk.c <- time.Now()
		synctest.Wait()
		if got := s.loaded(); len(got) != 1 {
			t.Errorf("gen-2 was loaded again on later ticks: %v", got)
		}
		stop()
		if !tk.stopped {
			t.Error("the ticker was not stopped")
		}
		if !strings.Contains(logs.String(), "reloaded the store") || !strings.Contains(logs.String(), "old_generation=gen-1 new_generation=gen-2") {
			t.Errorf("log lacks the reload record:\n%s", logs)
		}
	})
}

func TestSIGHUPWithNothingNewIsANoOp(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &fakeStore{current: "gen-1"}
		_, _, hup, logs, stop := watch(t, s, 0) // no polling
		hup <- syscall.SIGHUP
		synctest.Wait()
		if got := s.loaded(); len(got) != 0 {
			t.Errorf("SIGHUP with an unchanged generation reloaded: %v", got)
		}
		if !strings.Contains(logs.String(), "unchanged; nothing to reload") {
			t.Errorf("log does not say the generation is unchanged:\n%s", logs)
		}
		s.set("gen-2")
		hup <- syscall.SIGHUP
		synctest.Wait()
		if got := s.loaded(); len(got) != 1 || got[0] != "gen-2" {
			t.Errorf("SIGHUP after a new generation: loads %v, want [gen-2]", got)
		}
		stop()
	})
}

func TestNoPollingWithoutInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &fakeStore{current: "gen-1"}
		tk := &manualTicker{c: make(chan time.Time)}
		w := New(Options{Current: s.Current, Load: s.Load, NewTicker: tk.new}, "gen-1")
		ctx, cancel := context.WithCancel(context.Background())
		go w.Run(ctx, nil)
		s.set("gen-2")
		time.Sleep(time.Hour) // fake time: nothing polls
		synctest.Wait()
		if got := s.loaded(); len(got) != 0 || tk.interval != 0 {
			t.Errorf("with no interval: loads %v, ticker %v; want none", got, tk.interval)
		}
		cancel()
	})
}

func TestBrokenGenerationIsSkippedUntilForced(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &fakeStore{current: "gen-1", broken: map[string]bool{"gen-bad": true}}
		w, tk, hup, logs, stop := watch(t, s, time.Second)
		s.set("gen-bad")
		for range 3 {
			tk.c <- time.Now()
		}
		synctest.Wait()
		if w.Generation() != "gen-1" {
			t.Errorf("in use %q after a failed load, want gen-1", w.Generation())
		}
		if n := strings.Count(logs.String(), "reload failed"); n != 1 {
			t.Errorf("%d failure records for one broken generation on three ticks, want 1:\n%s", n, logs)
		}
		hup <- syscall.SIGHUP // forced: retried
		synctest.Wait()
		if n := strings.Count(logs.String(), "reload failed"); n != 2 {
			t.Errorf("SIGHUP did not retry the broken generation (%d failure records)", n)
		}
		s.mu.Lock()
		s.broken = nil // repaired in place
		s.mu.Unlock()
		hup <- syscall.SIGHUP
		synctest.Wait()
		if w.Generation() != "gen-bad" {
			t.Errorf("in use %q after the repaired generation was forced, want gen-bad", w.Generation())
		}
		s.set("gen-3")
		tk.c <- time.Now()
		synctest.Wait()
		if w.Generation() != "gen-3" {
			t.Errorf("in use %q, want gen-3", w.Generation())
		}
		stop()
	})
}

func TestUnreadableCurrentIsLoggedOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &fakeStore{current: "gen-1"}
		w, tk, _, logs, stop := watch(t, s, time.Second)
		s.mu.Lock()
		s.readErr = errors.New("open CURRENT: permission denied")
		s.mu.Unlock()
		for range 5 {
			tk.c <- time.Now()
		}
		synctest.Wait()
		if n := strings.Count(logs.String(), "cannot read the store's CURRENT file"); n != 1 {
			t.Errorf("%d records for one unreadable CURRENT, want 1", n)
		}
		if w.Generation() != "gen-1" {
			t.Errorf("in use %q, want gen-1", w.Generation())
		}
		stop()
	})
}

func TestCheckResults(t *testing.T) {
	s := &fakeStore{current: "a", broken: map[string]bool{"b": true}}
	w := New(Options{Current: s.Current, Load: s.Load}, "a")
	if r := w.Check(true); r != Unchanged {
		t.Errorf("forced, unchanged: %v", r)
	}
	s.set("b")
	if r := w.Check(false); r != Failed {
		t.Errorf("broken: %v", r)
	}
	if r := w.Check(false); r != Unchanged {
		t.Errorf("broken again, unforced: %v, want Unchanged (skipped)", r)
	}
	s.set("c")
	if r := w.Check(false); r != Reloaded || w.Generation() != "c" {
		t.Errorf("new: %v, in use %q", r, w.Generation())
	}
	if Every(0) != "off (SIGHUP only)" || Every(2*time.Second) != "2s" {
		t.Errorf("Every: %q %q", Every(0), Every(2*time.Second))
	}
}
