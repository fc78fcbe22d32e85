package retrieval

import "testing"

// TestListPlanWeighsCompoundRenderings: a lexicon rendering the reports hold run together with
// another term's rendering (空巢老人) weighs as its English term in a list; one they do not
// (空巢 beside 渔业) keeps the lexicon's share, as splitLexicon gives it.
func TestListPlanWeighsCompoundRenderings(t *testing.T) {
	ix := bundledIndex(t)
	weightOf := func(p Plan, variant string) float64 {
		for _, x := range ix.listPlan(p).Terms {
			if len(x.Variants) == 1 && x.Variants[0] == variant {
				return x.Weight
			}
		}
		t.Fatalf("no term %s in the list plan of %v", variant, p.Terms)
		return 0
	}
	lexical := Term{From: "empty-nest", Variants: []string{"空巢"}, Weight: 0.9, Lexical: []float64{0.2}}
	elderly := Plan{Lang: "en", Terms: []Term{{From: "elderly", Variants: []string{"老年人", "老人"}, Weight: 1}, lexical}}
	if w := weightOf(elderly, "空巢"); w != 0.9 {
		t.Errorf("空巢 beside 老人 weighs %v in a list, want the English term's 0.9", w)
	}
	fishery := Plan{Lang: "en", Terms: []Term{{From: "fishery", Variants: []string{"渔业"}, Weight: 1}, lexical}}
	if w := weightOf(fishery, "空巢"); w != 0.2 {
		t.Errorf("空巢 beside 渔业 weighs %v in a list, want the lexicon's share 0.2", w)
	}
	if ix.holdsCompound("空巢", []string{"渔业"}) || !ix.holdsCompound("老人", []string{"空巢"}) {
		t.Error("holdsCompound: want 空巢老人 held, 空巢渔业 not")
	}
}

// TestListPlanNeedsACertainPartner: two lexicon guesses do not confirm each other's rendering
// (中国 and 百强 from "China's top"): both keep the lexicon's share.
func TestListPlanNeedsACertainPartner(t *testing.T) {
	ix := bundledIndex(t)
	p := Plan{Lang: "en", Terms: []Term{
		{From: "china", Variants: []string{"中国"}, Weight: 0.4, Lexical: []float64{0.1}},
		{From: "top", Variants: []string{"百强"}, Weight: 0.4, Lexical: []float64{0.1}},
	}}
	if !ix.holdsCompound("中国", []string{"百强"}) {
		t.Fatal("the reports hold 中国百强: the test needs a compound")
	}
	for _, x := range ix.listPlan(p).Terms {
		if x.Weight != 0.1 {
			t.Errorf("%s weighs %v in a list, want the lexicon's share 0.1", x.Variants[0], x.Weight)
		}
	}
}

// TestProbeInOrderIsDeterministic: a probe that gives up after limit passages reads the first
// limit in passage order, so one store gives one answer every run (a set's order would find
// passage 70 in some runs and not in others).
func TestProbeInOrderIsDeterministic(t *testing.T) {
	var docs []int
	for d := range 100 {
		docs = append(docs, d)
	}
	for range 50 {
		if !probeInOrder(docs, 64, func(d int) bool { return d == 10 }) {
			t.Fatal("passage 10 is among the first 64 in order")
		}
		if probeInOrder(docs, 64, func(d int) bool { return d == 70 }) {
			t.Fatal("passage 70 is beyond the first 64 in order")
		}
	}
}
