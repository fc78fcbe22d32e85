package retrieval

import (
	"reflect"
	"testing"
)

// TestSearchByMatchesSearch: each report's best passages from SearchBy are its first passages
// in Search's ranking of every passage, in that order, with and without a filter.
func TestSearchByMatchesSearch(t *testing.T) {
	ix := bundledIndex(t)
	group := func(doc int) int { return int(ix.chunkReport[doc]) }
	odd := func(doc int) bool { return doc%3 != 1 }
	for _, q := range []string{"哪些报告提到了乡村振兴?", "Compare the GDP growth targets of all towns.", "Which reports mention elderly care?", "一般公共预算收入增长", "的"} {
		lexQ := ix.lexicalQuery(Analyze(q, ix))
		for _, allow := range []func(int) bool{nil, odd} {
			for _, depth := range []int{1, topicDepth, 40} {
				want := make([][]Scored, len(ix.Reports))
				for _, s := range ix.bm25.Search(lexQ, 0, allow) {
					if g := group(s.Doc); len(want[g]) < depth {
						want[g] = append(want[g], s)
					}
				}
				got := ix.bm25.SearchBy(lexQ, allow, group, len(ix.Reports), depth)
				for g := range want {
					if len(want[g]) == 0 && len(got[g]) == 0 {
						continue
					}
					if !reflect.DeepEqual(got[g], want[g]) {
						t.Fatalf("%q, depth %d, filtered %v: report %d: SearchBy %v, want %v", q, depth, allow != nil, g, got[g], want[g])
					}
				}
			}
		}
	}
}
