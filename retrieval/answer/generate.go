package answer

import (
	"context"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
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

// Rewrite is a model's reading of a question (retrieval's type: the service hands it to
// retrieval.Apply as it is).
type Rewrite = retrieval.Rewrite
