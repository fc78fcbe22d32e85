package answer

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/internal/llm/llmtest"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// hang is a model call that never answers: it returns only when its context ends.
func hang(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// TestHungModelOneDeadline: with a rewrite and an answer call that both hang, Ask returns the
// extractive answer ModelTimeout after the first call — not once per call — measured on
// synctest's fake clock.
func TestHungModelOneDeadline(t *testing.T) {
	ix := retrievaltest.Index(t)
	const timeout = 30 * time.Second
	synctest.Test(t, func(t *testing.T) {
		rw := rwFunc(func(ctx context.Context, _ string, _ []Turn) (Rewrite, error) { return Rewrite{}, hang(ctx) })
		gen := &genFunc{fn: func(ctx context.Context, _ int, _ GenInput, _ func(string)) (string, error) { return "", hang(ctx) }}
		s := New(ix, Options{Generator: gen, Rewriter: rw, ModelTimeout: timeout})
		start := time.Now()
		a, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"})
		elapsed := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		if elapsed > timeout+time.Second {
			t.Errorf("answered after %v, want within the model timeout %v (+1s)", elapsed, timeout)
		}
		if a.Mode != ModeExtractive || a.Note != noteTimeout || len(a.Citations) == 0 {
			t.Errorf("mode %s, note %q, %d citations: want the extractive answer with the timeout note", a.Mode, a.Note, len(a.Citations))
		}
	})
}

// deadlineRecorder wraps the model stage and records the deadline of each call.
type deadlineRecorder struct {
	mu        sync.Mutex
	deadlines []time.Time
}

func (d *deadlineRecorder) note(ctx context.Context) {
	dl, _ := ctx.Deadline()
	d.mu.Lock()
	d.deadlines = append(d.deadlines, dl)
	d.mu.Unlock()
}

func (d *deadlineRecorder) wrap(g Generator, r Rewriter) (Generator, Rewriter) {
	return generatorFunc(func(ctx context.Context, in GenInput, onDelta func(string)) (string, error) {
			d.note(ctx)
			return g.Generate(ctx, in, onDelta)
		}), rwFunc(func(ctx context.Context, q string, h []Turn) (Rewrite, error) {
			d.note(ctx)
			return r.Rewrite(ctx, q, h)
		})
}

// TestHungModelServer: against the fake OpenAI-compatible server holding every chat request
// (internal/llm/llmtest), through the real client, the rewrite and the answer call share one
// deadline and Ask returns the extractive answer within a second of it.
func TestHungModelServer(t *testing.T) {
	ix := retrievaltest.Index(t)
	srv := llmtest.New(llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Delay: time.Hour} }})
	t.Cleanup(srv.Close)
	// The client's own per-request timeout is longer than the stage's: the stage decides.
	c := llm.New(config.Config{OpenAIBaseURL: srv.URL, LLMTimeout: time.Hour}, slog.New(slog.DiscardHandler))
	var rec deadlineRecorder
	gen, rw := rec.wrap(ModelStage(c, "m"))
	s := New(ix, Options{Generator: gen, Rewriter: rw, ModelTimeout: 300 * time.Millisecond})
	a, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"})
	done := time.Now()
	if err != nil {
		t.Fatal(err)
	}
	if a.Mode != ModeExtractive || a.Note != noteTimeout {
		t.Errorf("mode %s, note %q", a.Mode, a.Note)
	}
	if len(rec.deadlines) != 2 || rec.deadlines[0].IsZero() || !rec.deadlines[0].Equal(rec.deadlines[1]) {
		t.Fatalf("deadlines %v: want the rewrite and the answer under one deadline", rec.deadlines)
	}
	if late := done.Sub(rec.deadlines[0]); late > time.Second {
		t.Errorf("answered %v after the model deadline, want within 1s", late)
	}
	if n := len(srv.ChatRequests()); n == 0 {
		t.Error("the model was never asked")
	}
}

// TestCancelledQuestionIsNoModelFailure: a question its caller cancels (a shutdown) says
// nothing about the model, so it does not count towards opening the breaker.
func TestCancelledQuestionIsNoModelFailure(t *testing.T) {
	br := NewBreaker(1, time.Minute, newFakeClock().Now)
	gen := &genFunc{fn: func(ctx context.Context, _ int, _ GenInput, _ func(string)) (string, error) {
		return "", errors.Join(errors.New("chat request"), context.Canceled)
	}}
	s := New(retrievaltest.Index(t), Options{Generator: gen, Breaker: br})
	if _, err := s.Ask(context.Background(), Request{Question: "盛泽镇2023年工业投资目标是多少?"}); err != nil {
		t.Fatal(err)
	}
	if br.Stats().Open {
		t.Error("a cancelled call opened the breaker")
	}
}
