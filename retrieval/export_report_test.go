package retrieval

import "github.com/reportbot/reportbot/internal/corpus"

// ReportHitsOf is reportHits for the external tests.
func ReportHitsOf(ix *Index, k corpus.ReportKey, ranked []Hit) []Hit { return ix.reportHits(k, ranked) }
