package retrieval

import "testing"

// A question with lexicon words reads more hits for its best sentence than one in glossary
// words only: a lexicon rendering ranks its passage less surely.
func TestSentenceDepth(t *testing.T) {
	glossary := Plan{Terms: []Term{{From: "kindergarten", Variants: []string{"幼儿园"}, Weight: 1}}}
	if got := sentenceDepth(glossary); got != bestDepth {
		t.Errorf("glossary plan: depth %d, want %d", got, bestDepth)
	}
	lex := glossary
	lex.Terms = append(lex.Terms, Term{From: "harbour", Variants: []string{"港口", "码头"}, Weight: 0.8, Lexical: []float64{0.2, 0.1}})
	if got := sentenceDepth(lex); got != lexiconDepth {
		t.Errorf("lexicon plan: depth %d, want %d", got, lexiconDepth)
	}
	if lexiconDepth <= bestDepth {
		t.Errorf("lexiconDepth %d should exceed bestDepth %d", lexiconDepth, bestDepth)
	}
}
