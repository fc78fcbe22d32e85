// Package answer is the answer service that the CLI, the eval and the Slack bot call (New,
// Ask). It owns the last steps of the question path: Ask plans the question and runs its search
// (package retrieval, once each), then composes the extractive answer from the plan and the
// search result alone (compose, aggregate, topic, describe: pure, never calling back into the
// index), then the optional model stage — a Generator writes the answer from the same passages,
// Verify checks it, one repair, else the extractive answer with a note. The model stage's calls
// (rewrite, answer, repair) share one deadline (Options.ModelTimeout), a Breaker skips the model
// after repeated failures, and Request.OnExtractive hands a channel the extractive answer before
// the model starts, to show while it writes. ModelStage builds the
// Generator and Rewriter over an internal/llm client (rendering package prompts), and
// TimeGenerator/TimeRewriter time them into a metrics.Clock. Every answer carries the Trace of
// the call that made it.
package answer

import (
	"errors"

	"github.com/reportbot/reportbot/internal/chart"
)

// Answer modes.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// Sentinel errors for questions that cannot be answered at all.
var (
	// ErrEmptyQuestion means the question had no text.
	ErrEmptyQuestion = errors.New("the question is empty: ask something about the reports, e.g. \"盛泽镇工业投资目标是多少?\"")
	// ErrNoContent means the question had no letters or digits (only punctuation or emoji).
	ErrNoContent = errors.New("the question has no words to search for (only punctuation or symbols): ask in Chinese or English")
	// ErrTooLong means the question exceeded the maximum length.
	ErrTooLong = errors.New("the question is too long")
	// ErrUnsupportedLanguage means the question is neither Chinese nor English.
	ErrUnsupportedLanguage = errors.New("reportbot understands questions in Chinese or English only")
)

// Turn is one earlier exchange of a conversation (a Slack thread), oldest first.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Request is a question to answer.
type Request struct {
	Question string
	// K is how many passages to cite (default 5).
	K int
	// History holds the conversation's earlier turns, for follow-up questions.
	History []Turn
	// OnDelta, when set, receives the answer text as a model generates it (streaming). It is
	// an unverified draft: the final Answer is the verified one, which may differ (e.g. after a
	// fallback), and a channel must show it in place of the draft or mark the draft as one.
	OnDelta func(text string)
	// OnExtractive, when set, receives the extractive answer as soon as it exists, before the
	// model stage starts (only when the model will be asked: never without a model, without
	// passages, or while its circuit breaker is open). A channel can show it at once and then
	// replace it by the Answer Ask returns. It is called on Ask's goroutine, so it must return
	// quickly (start slow work, such as a Slack call, elsewhere) and must not modify the Answer
	// or its Citations.
	OnExtractive func(*Answer)
	// ListAll makes a list or comparison answer name every report with its evidence, however
	// many (`reportbot ask --all`); without it a list longer than ListLimit shows the best
	// ListLimit and summarises the rest (Answer.List).
	ListAll bool
}

// Citation is a passage an answer cites as [N].
type Citation struct {
	N       int     `json:"n"`
	Source  string  `json:"source"`
	Report  int     `json:"report"`
	Entity  string  `json:"entity"`
	Section string  `json:"section"`
	Text    string  `json:"text"`
	Score   float64 `json:"score"`
	// Quote is the sentence of Text that carries the answer (verbatim substring of Text), when
	// one was identified; channels that trim passages keep it.
	Quote   string `json:"quote,omitempty"`
	ChunkID string `json:"chunk_id,omitempty"`
}

// Answer is a cited answer to one question.
type Answer struct {
	// ID identifies the answer (feedback and logs refer to it).
	ID       string `json:"id"`
	Question string `json:"question"`
	// Lang is the question's language: "zh" or "en".
	Lang string `json:"lang"`
	// Text is the answer, citing passages as [n].
	Text string `json:"answer"`
	// Mode is ModeExtractive or ModeLLM.
	Mode string `json:"mode"`
	// Note explains a fallback or a weak answer in one line ("" when there is nothing to say).
	Note string `json:"note,omitempty"`
	// Grounded is false when the reports do not seem to answer the question; Citations then hold
	// the closest passages.
	Grounded  bool       `json:"grounded"`
	Citations []Citation `json:"citations"`
	// Listed are the reports a list or comparison answer names, in the order it names them:
	// those that answer the question (Near false) and those shown only as near misses (Near
	// true). Empty for lookups and declines. Channels and eval read it instead of parsing Text.
	Listed []Listed `json:"listed,omitempty"`
	// List is set when a list answer was cut to its best ListLimit reports (longlist.go): how
	// many matched, were near misses and were checked, and how many the text shows. Listed
	// still names every report; those not shown have Cite 0.
	List *ListSummary `json:"list,omitempty"`
	// Chart is the answer's values as a bar chart, one bar per report, for a comparison or
	// filter answer from the facts table (one indicator, targets or actuals, at least two
	// reports); nil for other answers.
	Chart *chart.Comparison `json:"chart,omitempty"`
	// Trace is how the answer was reached (reportbot ask --explain prints it).
	Trace *Trace `json:"-"`
	// listAll is Request.ListAll, for the composers.
	listAll bool
}

// Listed is one report a list answer names.
type Listed struct {
	Source string `json:"source"`
	Report int    `json:"report"`
	Entity string `json:"entity"`
	// Near is true for a near miss (same indicator, another value), false for a match.
	Near bool `json:"near,omitempty"`
	// Cite is the citation number of the report's evidence ([n]); 0 for a report a cut list
	// does not show (Answer.List).
	Cite int `json:"cite"`
}
