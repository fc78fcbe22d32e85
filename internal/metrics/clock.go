package metrics

import (
	"context"
	"sync"
	"time"
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
// the question's context (WithClock); the model stage's timing wrappers (answer.TimeGenerator,
// answer.TimeRewriter) add to it with Record. The answer service itself needs to know nothing
// about it.
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

// Record adds one model call of a stage (ModelGenerate or ModelRewrite) that took d and ended
// with reason ("" when it succeeded, else ReasonTimeout, ReasonError or ReasonBadOutput). A
// nil Clock records nothing.
func (c *Clock) Record(stage string, d time.Duration, reason string) {
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

// Fallbacks says which model results the question did without, given whether the answer shown
// is the model's (modelUsed): a generated answer that was not used (the extractive one was
// shown instead) and failed rewrites. A generation that returned text but was not used failed
// verification.
func (c *Clock) Fallbacks(modelUsed bool) []Fallback {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Fallback
	for _, r := range c.rwFails {
		out = append(out, Fallback{ModelRewrite, r})
	}
	if c.genCalls > 0 && !modelUsed {
		r := c.genFail
		if r == "" {
			r = ReasonUnverified
		}
		out = append(out, Fallback{ModelGenerate, r})
	}
	return out
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
