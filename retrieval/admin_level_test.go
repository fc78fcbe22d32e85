package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestAdminLevelModifier: an English administrative level used as a modifier ("city-level",
// "provincial", "national level") is searched as the reports write it, with 级 (市级, 省级,
// 国家级); the bare level word ("city") only filters reports and would be lost.
func TestAdminLevelModifier(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"How many of the Liuzhou district's major projects were on the city-level list last year?": "市级",
		"How many provincial maker spaces did Lili add?":                                           "省级",
		"How many national level little giant firms did Lili add last year?":                       "国家级",
		"How many county-level honours did Daixi win?":                                             "县级",
		"How many village-level service stations does Qidu have?":                                  "村级",
	} {
		p := retrieval.Analyze(q, ix)
		if !slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return slices.Contains(t.Variants, want) }) {
			t.Errorf("%s: terms %+v lack %s", q, p.Terms, want)
		}
	}
}
