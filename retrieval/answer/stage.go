package answer

import (
	"context"
	"strings"
	"time"
)

// stage is one question's model stage. All its calls — the rewrite, the answer and the repair —
// run under one deadline, ModelTimeout from the first call, so that a hung model costs a
// question ModelTimeout once, not once per call. It asks the Breaker once, at the first call,
// and tells it how the last call ended when the question is done (end).
type stage struct {
	ctx     context.Context
	timeout time.Duration
	breaker *Breaker

	asked   bool // the breaker was asked
	permit  permit
	started bool // the deadline runs
	mctx    context.Context
	cancel  context.CancelFunc
	verdict int
	rw      Rewriter
	gen     Generator
}

// begin returns the model stage of a question asked under ctx.
func (s *Service) begin(ctx context.Context) *stage {
	return &stage{ctx: ctx, timeout: s.timeout, breaker: s.breaker, rw: s.rw, gen: s.gen}
}

// allowed reports whether the question may call the model (asking the breaker the first time).
func (st *stage) allowed() bool {
	if !st.asked {
		st.asked = true
		st.permit = st.breaker.allow()
	}
	return st.permit.ok
}

// context returns the context model calls run under: the question's, with the stage's one
// deadline, started by the first call.
func (st *stage) context() context.Context {
	if !st.started {
		st.started = true
		st.mctx, st.cancel = context.WithTimeout(st.ctx, st.timeout)
	}
	return st.mctx
}

// rewrite makes the Rewriter call.
func (st *stage) rewrite(question string, history []Turn) (Rewrite, error) {
	rw, err := st.rw.Rewrite(st.context(), question, history)
	st.verdict = verdictOf(err)
	if err == nil && len(rw.Queries) == 0 {
		st.verdict = stageFailure // unusable output
	}
	return rw, err
}

// generate makes one Generator call; blank text is ErrBadModelOutput.
func (st *stage) generate(in GenInput, onDelta func(string)) (string, error) {
	text, err := st.gen.Generate(st.context(), in, onDelta)
	if err == nil && strings.TrimSpace(text) == "" {
		err = ErrBadModelOutput
	}
	st.verdict = verdictOf(err)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(text), nil
}

// end releases the deadline and reports the verdict of the last call to the breaker.
func (st *stage) end() {
	if st.cancel != nil {
		st.cancel()
	}
	if st.asked {
		st.breaker.report(st.permit, st.verdict)
	}
}
