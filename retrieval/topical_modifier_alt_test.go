package retrieval

import "testing"

// TestModifierAlternative: in a list of compound alternatives ("elderly canteens, meal points or
// senior dining tables"), a word right before another term is the modifier of that compound,
// not an alternative of its own: it qualifies, and a span holding only it (老年人疫苗接种) names
// no topic, even on a second look. Single words before one head ("rural or urban areas")
// stay alternatives.
func TestModifierAlternative(t *testing.T) {
	ix := bundledIndex(t)
	p := ix.listPlan(Analyze("Which reports mention meal services for older people — elderly canteens, meal points or senior dining tables?", ix))
	sc := ix.newScorer(p)
	found := false
	for _, st := range sc.terms {
		if st.from == "seniors" {
			found = true
			if !st.qualifier {
				t.Error("seniors (of senior dining tables) is not a qualifier")
			}
		}
	}
	if !found {
		t.Fatal("no term seniors")
	}
	for _, s := range []string{"完成区域核酸检测98轮,率先完成老年人疫苗接种目标任务。"} {
		if sc.topical(s) || sc.namesTopicWhole(span{text: s}) {
			t.Errorf("%s: speaks of the elderly's meals", s)
		}
	}
	if !sc.namesTopicWhole(span{text: "完成水岙村等一批长者食堂建设。"}) {
		t.Error("长者食堂 does not name the topic")
	}
	for _, q := range []string{"Which reports mention rural or urban areas?", "Which reports talk about drinking water or tap water supply for villages?"} {
		p := Analyze(q, ix)
		if m := modifierAlternatives(p, alternativeTerms(p)); len(m) > 0 {
			t.Errorf("%s: modifiers %v, want none", q, m)
		}
	}
}
