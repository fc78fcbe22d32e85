package answer

import (
	"context"
	"errors"
	"strings"

	"github.com/reportbot/reportbot/internal/llm"
)

// ErrBadModelOutput marks a model reply that arrived but cannot be used: empty, cut off
// (a stream that ended without a finish reason), filtered, or malformed. Generators and
// Rewriters wrap it so that the note shown to the user says what happened. It is the model
// client's llm.ErrBadOutput (the same error), so errors.Is matches either name.
var ErrBadModelOutput = llm.ErrBadOutput

// Notes shown with an extractive answer when the model's could not be used. The log gets the
// full error; the user gets one line.
const (
	noteUnverified  = "The model's answer could not be verified against the reports, so this is the answer taken from the reports directly."
	noteUnreachable = "I couldn't reach the model, so here is the answer from the reports directly."
	noteTimeout     = "The model took too long to answer, so here is the answer from the reports directly."
	noteBadOutput   = "The model's reply was incomplete or malformed, so here is the answer from the reports directly."
)

// withModel asks the Generator to answer from in.Passages (the citations of fallback, the
// extractive answer), verifies the result and makes one repair attempt when verification
// fails. It returns a copy of fallback carrying the model's text in ModeLLM, or — when there is
// no Generator, the breaker is open, or the model fails, times out or cannot be verified —
// fallback itself or a copy with a one-line Note saying why. Every call runs under st's one
// deadline. req.OnExtractive gets fallback just before the first call. Only the first attempt
// streams to req.OnDelta: a channel that streamed must show the returned Answer in place of
// what it streamed whenever Mode is not ModeLLM or Text differs.
func (s *Service) withModel(st *stage, req Request, fallback *Answer, in GenInput) *Answer {
	if s.gen == nil || len(in.Passages) == 0 {
		return fallback
	}
	tr := fallback.Trace
	if !st.allowed() {
		fallback.Trace.step("generate", "skipped: the model's circuit breaker is open")
		return s.fellBackQuietly(fallback, noteBreaker)
	}
	if req.OnExtractive != nil {
		early := *fallback
		req.OnExtractive(&early)
	}
	text, err := st.generate(in, req.OnDelta)
	if err != nil {
		return s.fellBack(fallback, noteFor(err), "generate", err)
	}
	tr.step("generate", "ok")
	problems := Verify(text, in.Passages)
	if len(problems) == 0 {
		tr.step("verify", "ok")
		return s.modelAnswer(fallback, text)
	}
	tr.step("verify", strings.Join(problems, "; "))
	s.log.Info("model answer failed verification; repairing", "problems", problems)

	repair := in
	repair.Previous = text
	repair.Problems = problems
	text, err = st.generate(repair, nil)
	if err != nil {
		return s.fellBack(fallback, noteFor(err), "repair", err)
	}
	tr.step("repair", "ok")
	if problems = Verify(text, in.Passages); len(problems) > 0 {
		return s.fellBack(fallback, noteUnverified, "verify", errors.New(strings.Join(problems, "; ")))
	}
	tr.step("verify", "ok")
	return s.modelAnswer(fallback, text)
}

func (s *Service) modelAnswer(fallback *Answer, text string) *Answer {
	a := *fallback
	a.Citations = append([]Citation(nil), fallback.Citations...)
	a.Text = text
	a.Mode = ModeLLM
	return &a
}

// fellBack logs why the model's answer was not used and returns a copy of fallback with note
// (before any note it already had).
func (s *Service) fellBack(fallback *Answer, note, stage string, err error) *Answer {
	s.log.Warn("using the extractive answer", "stage", stage, "err", err)
	fallback.Trace.step(stage, "failed: "+err.Error())
	fallback.Trace.step("fallback", "extractive")
	return s.fellBackQuietly(fallback, note)
}

// fellBackQuietly returns a copy of fallback with note (before any note it already had).
func (s *Service) fellBackQuietly(fallback *Answer, note string) *Answer {
	a := *fallback
	a.Citations = append([]Citation(nil), fallback.Citations...)
	if a.Note != "" {
		note += " " + a.Note
	}
	a.Note = note
	return &a
}

func noteFor(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return noteTimeout
	case errors.Is(err, ErrBadModelOutput):
		return noteBadOutput
	}
	return noteUnreachable
}

// rewrite asks the Rewriter (when there is one and the breaker allows) to read req's question
// in the light of its conversation, under st's deadline. false means "use the offline plan": no
// Rewriter, the breaker is open, or it failed (logged, and noted in tr, which may be nil).
func (s *Service) rewrite(st *stage, req Request, tr *Trace) (Rewrite, bool) {
	if s.rw == nil {
		return Rewrite{}, false
	}
	if !st.allowed() {
		tr.step("rewrite", "skipped: the model's circuit breaker is open")
		return Rewrite{}, false
	}
	rw, err := st.rewrite(req.Question, req.History)
	if err != nil {
		s.log.Warn("question rewrite failed; using the offline analysis", "err", err)
		tr.step("rewrite", "failed: "+err.Error())
		return Rewrite{}, false
	}
	if len(rw.Queries) == 0 {
		s.log.Warn("question rewrite gave no queries; using the offline analysis")
		tr.step("rewrite", "failed: no queries")
		return Rewrite{}, false
	}
	tr.step("rewrite", "applied")
	return rw, true
}
