package answer

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Defaults of the model stage's circuit breaker.
const (
	// DefaultBreakerThreshold is how many questions in a row whose model stage failed open the
	// breaker.
	DefaultBreakerThreshold = 3
	// DefaultBreakerCoolDown is how long an open breaker skips the model before it lets one
	// question try it again.
	DefaultBreakerCoolDown = 30 * time.Second
)

// noteBreaker is the note of an answer that skipped the model because the breaker is open.
const noteBreaker = "The model is unavailable; answering from the reports directly."

// Breaker is the model stage's circuit breaker. A question's model stage fails when its last
// model call failed for a reason that says the model is unavailable: a timeout, an error (5xx,
// connection refused) or unusable output (ErrBadModelOutput). An answer that arrived but failed
// verification is not a failure: the model is up. After Threshold failed questions in a row the
// breaker opens: questions skip the model for CoolDown and get the extractive answer with a note
// saying so at once. Then it is half-open: one question (the probe) tries the model while the
// others still skip; the probe's success closes the breaker, its failure opens it again for
// another CoolDown. A success of any question closes it. It is safe for concurrent use.
type Breaker struct {
	threshold int
	coolDown  time.Duration
	now       func() time.Time

	mu        sync.Mutex
	fails     int       // failed questions in a row
	openUntil time.Time // zero while closed
	probing   bool      // a half-open probe is out
	opens     uint64
	skips     uint64
}

// NewBreaker returns a closed Breaker that opens after threshold failed questions in a row
// (default DefaultBreakerThreshold) for coolDown (default DefaultBreakerCoolDown), reading the
// time from now (default time.Now; tests pass a fake clock).
func NewBreaker(threshold int, coolDown time.Duration, now func() time.Time) *Breaker {
	if threshold <= 0 {
		threshold = DefaultBreakerThreshold
	}
	if coolDown <= 0 {
		coolDown = DefaultBreakerCoolDown
	}
	if now == nil {
		now = time.Now
	}
	return &Breaker{threshold: threshold, coolDown: coolDown, now: now}
}

// permit is a question's leave to use the model; probe is set for the half-open probe.
type permit struct {
	ok, probe bool
}

// allow says whether a question may use the model now (a nil Breaker always allows). A
// refusal is counted as a skip.
func (b *Breaker) allow() permit {
	if b == nil {
		return permit{ok: true}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.openUntil.IsZero():
		return permit{ok: true}
	case b.now().Before(b.openUntil), b.probing:
		b.skips++
		return permit{}
	}
	b.probing = true
	return permit{ok: true, probe: true}
}

// verdicts of a question's model stage.
const (
	stageNone    = iota // no verdict: no model call, or the caller cancelled it
	stageOK             // the model answered
	stageFailure        // the model failed (timeout, error, unusable output)
)

// report records how the model stage of a question that got p ended.
func (b *Breaker) report(p permit, verdict int) {
	if b == nil || !p.ok {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if p.probe {
		b.probing = false
	}
	switch verdict {
	case stageOK:
		b.fails = 0
		b.openUntil = time.Time{}
	case stageFailure:
		b.fails++
		open := !b.openUntil.IsZero()
		if p.probe || (!open && b.fails >= b.threshold) {
			b.openUntil = b.now().Add(b.coolDown)
			b.opens++
		}
	}
}

// BreakerStats is a snapshot of a Breaker's counters, for metrics.
type BreakerStats struct {
	// Opens counts the times the breaker opened (also again after a failed probe).
	Opens uint64
	// Skips counts the questions that skipped the model because it was open.
	Skips uint64
	// Open is true while the breaker is open or half-open.
	Open bool
}

// Stats returns the breaker's counters (zero for a nil Breaker).
func (b *Breaker) Stats() BreakerStats {
	if b == nil {
		return BreakerStats{}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return BreakerStats{Opens: b.opens, Skips: b.skips, Open: !b.openUntil.IsZero()}
}

// verdictOf classifies the error of a question's last model call for the breaker.
func verdictOf(err error) int {
	switch {
	case err == nil:
		return stageOK
	case errors.Is(err, context.Canceled):
		return stageNone // the caller gave up (a shutdown), not the model
	}
	return stageFailure
}
