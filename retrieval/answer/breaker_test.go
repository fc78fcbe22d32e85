package answer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func TestBreakerStates(t *testing.T) {
	clock := newFakeClock()
	b := NewBreaker(2, 10*time.Second, clock.Now)
	fail := func() {
		t.Helper()
		p := b.allow()
		if !p.ok {
			t.Fatal("closed breaker refused")
		}
		b.report(p, stageFailure)
	}
	fail()
	if b.Stats().Open {
		t.Fatal("opened after one failure")
	}
	fail()
	if st := b.Stats(); !st.Open || st.Opens != 1 {
		t.Fatalf("after 2 failures: %+v, want open once", st)
	}
	if b.allow().ok {
		t.Error("open breaker allowed a question")
	}
	clock.Advance(10*time.Second - time.Nanosecond)
	if b.allow().ok {
		t.Error("allowed before the cool-down passed")
	}
	clock.Advance(time.Nanosecond)
	probe := b.allow()
	if !probe.ok || !probe.probe {
		t.Fatalf("half-open: %+v, want a probe", probe)
	}
	if b.allow().ok {
		t.Error("a second question passed while the probe is out")
	}
	b.report(probe, stageFailure)
	if st := b.Stats(); !st.Open || st.Opens != 2 || st.Skips != 3 {
		t.Fatalf("after a failed probe: %+v, want open, 2 opens, 3 skips", st)
	}
	if b.allow().ok {
		t.Error("a failed probe must start a new cool-down")
	}
	clock.Advance(10 * time.Second)
	// A probe cancelled by its caller gives no verdict: the next question probes.
	probe = b.allow()
	b.report(probe, stageNone)
	probe = b.allow()
	if !probe.probe {
		t.Fatal("no new probe after a cancelled one")
	}
	b.report(probe, stageOK)
	if st := b.Stats(); st.Open {
		t.Fatalf("a good probe must close the breaker: %+v", st)
	}
	for range 3 {
		if p := b.allow(); !p.ok || p.probe {
			t.Errorf("closed breaker: %+v", p)
		}
	}
	// Failures must be consecutive: a success in between starts the count again.
	fail()
	b.report(b.allow(), stageOK)
	fail()
	if b.Stats().Open {
		t.Error("opened on failures that were not consecutive")
	}
	var nilB *Breaker
	if !nilB.allow().ok || nilB.Stats() != (BreakerStats{}) {
		t.Error("a nil breaker must allow everything and count nothing")
	}
}

// TestServiceBreaker drives the breaker through Ask: a failing model is skipped after the
// threshold (the answer's note says so, and OnExtractive is not called since no model
// follows), a probe after the cool-down, and a good answer closes it.
func TestServiceBreaker(t *testing.T) {
	clock := newFakeClock()
	var mu sync.Mutex
	up := false
	gen := &genFunc{fn: func(context.Context, int, GenInput, func(string)) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		if !up {
			return "", errors.New("chat request: error, status code: 502")
		}
		return "盛泽镇工业投资目标见[1]。", nil
	}}
	br := NewBreaker(2, time.Minute, clock.Now)
	s := New(retrievaltest.Index(t), Options{Generator: gen, Breaker: br})
	ask := func() (*Answer, bool) {
		t.Helper()
		early := false
		a, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?", OnExtractive: func(a *Answer) {
			early = a.Mode == ModeExtractive && len(a.Citations) > 0
		}})
		if err != nil {
			t.Fatal(err)
		}
		return a, early
	}
	for i := range 2 {
		a, early := ask()
		if a.Note != noteUnreachable || !early {
			t.Fatalf("question %d: note %q, extractive handed early %v", i+1, a.Note, early)
		}
	}
	a, early := ask()
	if a.Note != noteBreaker || a.Mode != ModeExtractive || early || len(gen.calls) != 2 {
		t.Fatalf("open: note %q, mode %s, early %v, %d model calls (want the model skipped)", a.Note, a.Mode, early, len(gen.calls))
	}
	if st := br.Stats(); st.Opens != 1 || st.Skips != 1 {
		t.Errorf("stats %+v", st)
	}
	mu.Lock()
	up = true
	mu.Unlock()
	if a, _ := ask(); a.Note != noteBreaker {
		t.Fatalf("still cooling down: note %q", a.Note)
	}
	clock.Advance(time.Minute)
	if a, _ := ask(); a.Mode != ModeLLM {
		t.Fatalf("probe: mode %s, note %q", a.Mode, a.Note)
	}
	if a, _ := ask(); a.Mode != ModeLLM || br.Stats().Open {
		t.Fatalf("after a good probe: mode %s, breaker %+v", a.Mode, br.Stats())
	}
}

// TestBreakerIgnoresUnverified: an answer that arrives but fails verification says the model
// is up, so it never opens the breaker.
func TestBreakerIgnoresUnverified(t *testing.T) {
	gen := &genFunc{fn: func(context.Context, int, GenInput, func(string)) (string, error) { return "HACKED", nil }}
	br := NewBreaker(1, time.Minute, newFakeClock().Now)
	s := New(retrievaltest.Index(t), Options{Generator: gen, Breaker: br})
	for i := range 3 {
		a, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"})
		if err != nil || a.Note != noteUnverified {
			t.Fatalf("question %d: note %q, err %v", i+1, a.Note, err)
		}
	}
	if st := br.Stats(); st.Open || st.Opens != 0 {
		t.Errorf("breaker %+v after unverified answers", st)
	}
	// A rewrite that fails and an answer that works: the last call decides.
	rw := rwFunc(func(context.Context, string, []Turn) (Rewrite, error) {
		return Rewrite{}, fmt.Errorf("rewrite: %w", ErrBadModelOutput)
	})
	s = New(retrievaltest.Index(t), Options{Generator: replies("盛泽镇工业投资目标见[1]。"), Rewriter: rw, Breaker: br})
	if a, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"}); err != nil || a.Mode != ModeLLM || br.Stats().Open {
		t.Fatalf("mode %s, err %v, breaker %+v", a.Mode, err, br.Stats())
	}
}
