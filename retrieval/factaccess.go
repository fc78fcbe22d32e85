package retrieval

import (
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// The index's facts are a store.FactTable: an index opened on a store generation reads a
// segment's facts only when a question first asks for one of them (a topic list reads none, a
// lookup those of its report's segment), an index built in memory holds them as one part.

// noFact is what fact returns for a fact whose segment could not be read (damaged after the
// store was opened): it names no indicator, so it matches no question.
var noFact corpus.Fact

// numFacts is how many facts the index holds.
func (ix *Index) numFacts() int { return ix.facts.Len() }

// fact returns fact i (0 ≤ i < numFacts), reading its segment's facts on first use.
func (ix *Index) fact(i int) *corpus.Fact {
	k, first := ix.facts.PartOf(i)
	fs, err := ix.facts.Part(k)
	if err != nil || i-first >= len(fs) {
		return &noFact
	}
	return &fs[i-first]
}

// eachFactPart calls fn with each segment's facts in order (first is the index of the first),
// reading those not yet read; a segment whose facts cannot be read is skipped.
func (ix *Index) eachFactPart(fn func(first int, fs []corpus.Fact)) {
	for k := range ix.facts.Parts() {
		if fs, err := ix.facts.Part(k); err == nil {
			fn(ix.facts.First(k), fs)
		}
	}
}

// factTable returns a corpus's facts as a table: its FactTable when it has one, else its Facts.
func (c Corpus) factTable() *store.FactTable {
	if c.FactTable != nil {
		return c.FactTable
	}
	return store.FactsOf(c.Facts)
}
