package metrics

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/reportbot/reportbot/retrieval/answer"
)

// Model call stages as a Clock records them.
const (
	ModelGenerate = "generate" // answer generation, including the repair attempt
	ModelRewrite  = "rewrite"  // question rewriting
)

// Fallback reasons.
const (
	ReasonTimeout    = "timeout"
	ReasonError      = "error"
	ReasonBadOutput  = "bad_output"
	ReasonUnverified = "unverified"
)

// Clock collects what one question's model calls took and how they ended. The bot puts one in
// the question's context (WithClock); the model wrappers (TimeGenerator, TimeRewriter) add to
// it. The answer service itself needs to know nothing about it.
type Clock struct {
	mu       sync.Mutex
	model    time.Duration
	genCalls int
	genFail  string   // reason of the last failed generate call ("" when it succeeded)
	rwFails  []string // reasons of failed rewrites
}

type clockKey struct{}

// WithClock returns ctx carrying a new Clock, and the Clock.
func WithClock(ctx context.Context) (context.Context, *Clock) {
	c := &Clock{}
	return context.WithValue(ctx, clockKey{}, c), c
}

// ClockFrom returns the Clock in ctx, or nil.
func ClockFrom(ctx context.Context) *Clock {
	c, _ := ctx.Value(clockKey{}).(*Clock)
	return c
}

// ModelTime is the time spent in model calls so far (zero for a nil Clock).
func (c *Clock) ModelTime() time.Duration {
	if c == nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.model
}

func (c *Clock) record(stage string, d time.Duration, reason string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.model += d
	switch stage {
	case ModelGenerate:
		c.genCalls++
		c.genFail = reason
	case ModelRewrite:
		if reason != "" {
			c.rwFails = append(c.rwFails, reason)
		}
	}
}

// Fallback is one model result that was not used.
type Fallback struct {
	Stage  string // ModelGenerate or ModelRewrite
	Reason string // ReasonTimeout, ReasonError, ReasonBadOutput or ReasonUnverified
}

// Fallbacks says which model results the question did without, given the answer it got: a
// generated answer that was not used (the extractive one was shown instead) and failed
// rewrites. A generation that returned text but was not used failed verification.
func (c *Clock) Fallbacks(a *answer.Answer) []Fallback {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Fallback
	for _, r := range c.rwFails {
		out = append(out, Fallback{ModelRewrite, r})
	}
	if c.genCalls > 0 && a != nil && a.Mode != answer.ModeLLM {
		r := c.genFail
		if r == "" {
			r = ReasonUnverified
		}
		out = append(out, Fallback{ModelGenerate, r})
	}
	return out
}

// Reason classifies a model call's error for the fallback metric ("" for nil).
func Reason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonTimeout
	case errors.Is(err, answer.ErrBadModelOutput):
		return ReasonBadOutput
	}
	return ReasonError
}

// TimeGenerator wraps g so that each call is timed into the question's Clock and logged (at
// debug, or warn when it fails) with the request id the context carries.
func TimeGenerator(g answer.Generator, logger *slog.Logger) answer.Generator {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &timedGenerator{g: g, log: logger}
}

type timedGenerator struct {
	g   answer.Generator
	log *slog.Logger
}

// Generate calls the wrapped Generator.
func (t *timedGenerator) Generate(ctx context.Context, in answer.GenInput, onDelta func(string)) (string, error) {
	start := time.Now()
	text, err := t.g.Generate(ctx, in, onDelta)
	reason := Reason(err)
	if err == nil && strings.TrimSpace(text) == "" {
		reason = ReasonBadOutput
	}
	d := time.Since(start)
	ClockFrom(ctx).record(ModelGenerate, d, reason)
	logModelCall(ctx, t.log, ModelGenerate, d, in.Previous != "", err)
	return text, err
}

// TimeRewriter wraps r like TimeGenerator wraps a Generator.
func TimeRewriter(r answer.Rewriter, logger *slog.Logger) answer.Rewriter {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &timedRewriter{r: r, log: logger}
}

type timedRewriter struct {
	r   answer.Rewriter
	log *slog.Logger
}

// Rewrite calls the wrapped Rewriter.
func (t *timedRewriter) Rewrite(ctx context.Context, question string, history []answer.Turn) (answer.Rewrite, error) {
	start := time.Now()
	rw, err := t.r.Rewrite(ctx, question, history)
	reason := Reason(err)
	if err == nil && len(rw.Queries) == 0 {
		reason = ReasonBadOutput // the service then uses the offline analysis
	}
	d := time.Since(start)
	ClockFrom(ctx).record(ModelRewrite, d, reason)
	logModelCall(ctx, t.log, ModelRewrite, d, false, err)
	return rw, err
}

func logModelCall(ctx context.Context, log *slog.Logger, stage string, d time.Duration, repair bool, err error) {
	attrs := []any{"stage", stage, "elapsed_ms", d.Milliseconds()}
	if id := RequestID(ctx); id != "" {
		attrs = append(attrs, "request_id", id)
	}
	if repair {
		attrs = append(attrs, "repair", true)
	}
	if err != nil {
		log.Warn("model call failed", append(attrs, "reason", Reason(err), "err", err)...)
		return
	}
	log.Debug("model call", attrs...)
}

type requestIDKey struct{}

// WithRequestID returns ctx carrying a question's request id, for the logs of the calls made
// on its behalf.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the request id in ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}
