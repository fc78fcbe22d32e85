package retrieval

import "testing"

// TestCutFallVerbs: a fall verb written twice, once with 了, is one term, not two of the same
// word (which would count the fall twice in a passage's score).
func TestCutFallVerbs(t *testing.T) {
	q, ts := cutFallVerbs("哪些报告说事故起数下降了,死亡人数也下降")
	if len(ts) != 1 || ts[0].From != "下降" {
		t.Errorf("cutFallVerbs terms = %v, want one 下降", ts)
	}
	if q != "哪些报告说事故起数 ,死亡人数也 " {
		t.Errorf("cutFallVerbs text = %q", q)
	}
}
