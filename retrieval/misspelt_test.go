package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestMisspeltPlaceNotUnresolved: a misspelt place followed by its level word ("Shengzhe town")
// is the place the plan takes it for, not also an unknown name the answer says no report covers.
func TestMisspeltPlaceNotUnresolved(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"How many rounds of nucleic acid testing did Shengzhe town carry out?": "盛泽镇",
		"How many new market entities were added in Leli town last year?":      "黎里镇",
	} {
		p := retrieval.Analyze(q, ix)
		if !slices.Contains(p.Places, want) || len(p.Unresolved) > 0 || len(p.Names) > 0 {
			t.Errorf("%q: places %v, unresolved %v, names %v; want %s and nothing unresolved", q, p.Places, p.Unresolved, p.Names, want)
		}
	}
}
