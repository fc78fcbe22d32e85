package retrieval

import (
	"sort"

	"github.com/reportbot/reportbot/internal/corpus"
)

// Scope lookups that do not read passages: a report's chunks are one run of chunk indices
// (indexRuns), so whether a term occurs in a few reports is a binary search in its postings,
// and a report's facts are listed once (factsOfReport) instead of scanning every fact per report.

// smallScope is the largest scope whose reports' runs are searched one by one; a larger one
// walks the term's postings.
const smallScope = 16

// reportRun returns the chunk indices [lo, hi) of a report's chunks, when they are one run.
func (ix *Index) reportRun(k corpus.ReportKey) (lo, hi int, ok bool) {
	r, found := ix.reportOf[k]
	if !found || ix.firstChunk == nil || ix.firstChunk[r] < 0 {
		return 0, 0, false
	}
	return int(ix.firstChunk[r]), int(ix.runEnd[r]), true
}

// eachInScope calls fn with the documents of ps (postings in document order) whose report is in
// scope (nil: every report), in document order for a scope of more than smallScope reports and
// report by report otherwise, until fn returns false.
func (ix *Index) eachInScope(ps []posting, scope map[corpus.ReportKey]bool, fn func(doc int) bool) {
	if scope != nil && len(scope) <= smallScope {
		runs := make([][2]int, 0, len(scope))
		for k := range scope {
			lo, hi, ok := ix.reportRun(k)
			if !ok {
				runs = nil
				break
			}
			runs = append(runs, [2]int{lo, hi})
		}
		if runs != nil {
			for _, r := range runs {
				i := sort.Search(len(ps), func(i int) bool { return int(ps[i].Doc) >= r[0] })
				for ; i < len(ps) && int(ps[i].Doc) < r[1]; i++ {
					if !fn(int(ps[i].Doc)) {
						return
					}
				}
			}
			return
		}
	}
	for _, p := range ps {
		if (scope == nil || scope[ix.chunkKey(int(p.Doc))]) && !fn(int(p.Doc)) {
			return
		}
	}
}

// indexFactsByReport lists each report's facts.
func (ix *Index) indexFactsByReport() [][]int32 {
	out := make([][]int32, len(ix.Reports))
	for i, f := range ix.Facts {
		if r, ok := ix.reportOf[f.Key()]; ok {
			out[r] = append(out[r], int32(i))
		}
	}
	return out
}

// reportFacts returns the indices (in Facts) of the facts of the report with key k, in order.
func (ix *Index) reportFacts(k corpus.ReportKey) []int32 {
	r, ok := ix.reportOf[k]
	if !ok {
		return nil
	}
	return ix.factsOfReport()[r]
}
