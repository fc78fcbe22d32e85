package retrieval

import "github.com/reportbot/reportbot/internal/corpus"

// Figures beyond the first hits: a how-much question about one report is often answered by a
// sentence of that report that the search did not rank among its first hits ("How many rooms of
// group rental housing": the chunk with 1278间 ranks below passages that name the housing
// without a figure). When neither the first hits nor answeringBest found a sentence stating a
// figure of the asked kind, every passage of the best sentence's report is read for one.

// reportHits returns the passages of report k as hits: those among the ranked hits first, in
// their order (a sentence in a better-ranked passage wins a tie), then the report's other
// passages in reading order. Nil when the report's passages are not one run of the store.
func (ix *Index) reportHits(k corpus.ReportKey, ranked []Hit) []Hit {
	lo, hi, ok := ix.reportRun(k)
	if !ok {
		return nil
	}
	out := make([]Hit, 0, hi-lo)
	seen := make(map[string]bool, len(ranked))
	for _, h := range ranked {
		if h.Chunk.Key() == k {
			out = append(out, Hit{Chunk: h.Chunk, Score: h.Score})
			seen[h.Chunk.ID] = true
		}
	}
	for i := lo; i < hi; i++ {
		if c := ix.Chunk(i); !seen[c.ID] {
			out = append(out, Hit{Chunk: c})
		}
	}
	return out
}

// reportAnswer returns, for a how-much question whose best sentence b states no figure of the
// asked kind, the sentence of b's report that answers as it stands (answeringBest's test: a
// fitting figure next to a wording of what the question names, in the asked time frame, covering
// at least answerShare of b's coverage), read from all of the report's passages. The question's
// terms must be in the sentence (the scorer's coverage), so no coverage is invented.
func (ix *Index) reportAnswer(sc *scorer, p Plan, ranked []Hit, b Evidence) (Evidence, bool) {
	hits := ix.reportHits(b.Hit.Chunk.Key(), ranked)
	if len(hits) == 0 {
		return Evidence{}, false
	}
	return sc.answeringIn(p, hits, len(hits), b)
}
