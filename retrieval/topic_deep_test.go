package retrieval_test

import (
	"strings"
	"testing"
)

// TestListReadsDeepPassages: a question that says more than its topic ranks each report's
// passages by all its words, and 盘锦's only sentence on fishing ports (加快智慧渔港项目建设)
// is not among its first few; the postings find it. A report none of whose sentences writes
// the topic word is still not listed.
func TestListReadsDeepPassages(t *testing.T) {
	_, res := search(t, "哪些报告在推动经济社会高质量发展和改善民生工作中提到了渔港?")
	listed := map[int]string{}
	for _, e := range res.Topic {
		listed[e.Hit.Chunk.Report] = e.Quote
	}
	if q, ok := listed[1]; !ok || !strings.Contains(q, "渔港") {
		t.Errorf("report 1 listed on %q, want its sentence on 智慧渔港", q)
	}
	for r, q := range listed {
		if r != 1 && r != 8 {
			t.Errorf("report %d listed on %q, which writes no fishing port", r, q)
		}
	}
}
