package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// A place no report is of, named in the question beside the report's own ("with Qingpu and
// Jiashan"), is a thing the answer must hold like any content word: a sentence naming the
// neighbours (by their names without the level, as reports write them) is grounded on them,
// one without them is not; the report's own place scopes the search and is never weighed.
func TestGroundUnresolvedPlaceIsAConcept(t *testing.T) {
	const q = "What is Lili trying to set up together with Qingpu and Jiashan?"
	g := ground(t, q, "联合青浦、嘉善共同争创全国首个跨省域国家高新区")
	for _, w := range []string{"qingpu", "jiashan"} {
		if c := concept(t, g, w); !c.Decisive || c.Covered != 1 {
			t.Errorf("%s: %+v, want decisive and covered", w, c)
		}
	}
	if slices.ContainsFunc(g.Concepts, func(c retrieval.Concept) bool { return c.Text == "lili" }) {
		t.Errorf("the report's own place is weighed: %+v", g.Concepts)
	}
	without := ground(t, q, "全力推进沪苏湖高铁、水乡旅游线汾湖段建设")
	if without.Share >= g.Share || without.Share > 0.3 {
		t.Errorf("a sentence without the neighbours: share %.2f (with them %.2f)", without.Share, g.Share)
	}
}

// A lexicon word's two-character rendering found only where two words of the reports meet
// does not cover it: "earn" (进项 "income") is not in 推进项目 (推进 + 项目).
func TestGroundStraddledRendering(t *testing.T) {
	g := ground(t, "What title did Daixi earn for filial piety?", "加速加力推进项目建设")
	if c := concept(t, g, "earn"); c.Covered != 0 {
		t.Errorf("earn: %+v, want not covered by 推进项目", c)
	}
}
