package retrieval

import (
	"slices"
	"testing"
)

// TestObjectFirstWords: a topic that opens with verbs (排查化解矛盾纠纷) is also its object followed
// by each verb, where a report writes it so (矛盾纠纷排查, 矛盾纠纷化解); a word that opens with no
// verb, or whose object is a single character, has none.
func TestObjectFirstWords(t *testing.T) {
	ix := bundledIndex(t)
	if got := ix.objectFirstWords("排查化解矛盾纠纷"); !slices.Contains(got, "矛盾纠纷排查") || !slices.Contains(got, "矛盾纠纷化解") {
		t.Errorf("objectFirstWords(排查化解矛盾纠纷) = %q, want 矛盾纠纷排查 and 矛盾纠纷化解", got)
	}
	for _, w := range []string{"乡风文明", "矛盾纠纷", "化解", "化解险"} {
		if got := ix.objectFirstWords(w); len(got) > 0 {
			t.Errorf("objectFirstWords(%s) = %q, want none", w, got)
		}
	}
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到排查化解矛盾纠纷?", Aggregate: true,
		Terms: []Term{{From: "排查化解矛盾纠纷", Variants: []string{"排查化解矛盾纠纷"}, Weight: 1}}})
	for _, s := range []string{"启用“一站式”社会矛盾纠纷调处化解中心。", "加大矛盾纠纷排查处置力度,靠前解决。"} {
		if !sc.topical(normalize(s)) {
			t.Errorf("%s does not speak of 排查化解矛盾纠纷", s)
		}
	}
	if sc.topical(normalize("妥善处理劳资纠纷、欠薪等问题。")) {
		t.Error("劳资纠纷 alone speaks of 排查化解矛盾纠纷")
	}
}

// TestObjectCommonRest: a topic that opens with a verb whose object opens with a modifier nearly
// every report holds (化解政府债务风险) is also the rest of the object (债务风险); one with no
// verb before it, or whose object's modifier is rare, is not.
func TestObjectCommonRest(t *testing.T) {
	ix := bundledIndex(t)
	for w, want := range map[string]string{"化解政府债务风险": "债务风险", "政府债务风险": "", "化解矛盾纠纷": ""} {
		if got := ix.objectCommonRest(w); got != want {
			t.Errorf("objectCommonRest(%s) = %q, want %q", w, got, want)
		}
	}
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到化解政府债务风险?", Aggregate: true,
		Terms: []Term{{From: "化解政府债务风险", Variants: []string{"化解政府债务风险"}, Weight: 1}}})
	if !sc.topical(normalize("严密防范化解债务风险,牢牢守住不发生系统性风险底线。")) {
		t.Error("防范化解债务风险 does not speak of 化解政府债务风险")
	}
}
