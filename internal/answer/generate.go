package answer

import (
	"context"

	"github.com/reportbot/reportbot/internal/corpus"
)

// Generator writes an answer with a model from numbered passages. It streams the text to
// onDelta (when not nil) as it arrives and returns the whole text; the service verifies it
// before anything is shown as final.
type Generator interface {
	Generate(ctx context.Context, in GenInput, onDelta func(string)) (string, error)
}

// GenInput is what a Generator gets: the question, the passages it may cite as [N] (N is
// Citation.N), the fact rows that match, and the conversation so far.
type GenInput struct {
	Question string
	// Lang is the language to answer in: "zh" or "en".
	Lang     string
	Passages []Citation
	Facts    []corpus.Fact
	History  []Turn
	// Previous and Problems are set on a repair attempt: the earlier answer and what the
	// verification found wrong with it.
	Previous string
	Problems []string
}

// Rewriter turns a question (possibly a follow-up such as "and Shengze?") into a standalone
// question and Chinese search queries with a structured intent.
type Rewriter interface {
	Rewrite(ctx context.Context, question string, history []Turn) (Rewrite, error)
}

// Rewrite is a model's reading of a question. Empty fields mean "not stated".
type Rewrite struct {
	// Question is the standalone question (follow-ups resolved), in the user's language.
	Question string `json:"question"`
	// Queries are Chinese search queries for the reports.
	Queries []string `json:"queries"`
	// Entities are place names the question asks about, in Chinese (e.g. 盛泽镇).
	Entities []string `json:"entities"`
	// Level is 镇, 乡, 街道, 区, 县 or 市.
	Level string `json:"level"`
	// Indicator is the Chinese indicator name, e.g. 一般公共预算收入.
	Indicator string `json:"indicator"`
	// Kind is "target" or "actual".
	Kind string `json:"kind"`
	// Value and Comparator describe a number the question filters on ("10%", ">=").
	Value      string `json:"value"`
	Comparator string `json:"comparator"`
}
