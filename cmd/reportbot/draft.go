package main

import (
	"fmt"
	"io"

	"github.com/reportbot/reportbot/retrieval/answer"
)

// draftHeader and draftFooter frame the model's draft on a terminal: the text as the model
// writes it, before it is checked against the reports. The final answer follows the footer in
// full, whatever became of the draft.
const (
	draftHeader = "(draft: the model's answer as it is written, not yet checked against the reports)\n"
	draftUsed   = "\n\n(end of draft; the checked answer follows)\n\n"
	draftDrop   = "\n\n(end of draft: it was NOT used; the answer below is taken from the reports directly)\n\n"
)

// draft streams a model's unverified answer to a person at a terminal, marked as a draft. With
// --json, or when stdout is a pipe or a file (isTerminal false), nothing is streamed and
// only the final answer is printed.
type draft struct {
	w       io.Writer
	on      bool
	started bool
}

// newDraft returns the draft printer for `ask`: on only when a model answers, the output is not
// JSON and stdout is a terminal.
func newDraft(e env, model, asJSON bool) *draft {
	return &draft{w: e.stdout, on: model && !asJSON && isTerminal(e.stdout)}
}

// onDelta is answer.Request.OnDelta, or nil when nothing is to be streamed.
func (d *draft) onDelta() func(string) {
	if !d.on {
		return nil
	}
	return func(s string) {
		if !d.started {
			d.started = true
			io.WriteString(d.w, draftHeader)
		}
		io.WriteString(d.w, s)
	}
}

// end closes a streamed draft, saying whether the answer that follows is the checked draft.
func (d *draft) end(ans *answer.Answer) {
	if !d.started {
		return
	}
	if ans.Mode == answer.ModeLLM {
		fmt.Fprint(d.w, draftUsed)
		return
	}
	fmt.Fprint(d.w, draftDrop)
}
