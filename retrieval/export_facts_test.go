package retrieval

import "github.com/reportbot/reportbot/internal/corpus"

// AllFactsOf returns every fact of the index, in order (for the external tests).
func AllFactsOf(ix *Index) []corpus.Fact {
	var out []corpus.Fact
	ix.eachFactPart(func(_ int, fs []corpus.Fact) { out = append(out, fs...) })
	return out
}
