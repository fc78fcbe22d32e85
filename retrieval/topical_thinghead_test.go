package retrieval

import "testing"

// TestNounBeforeThingHead: a thing's head after a noun names only the activity (渔港建设: 渔港),
// after a verb it makes a thing of its own (违法建设 stays whole), and a longer word is left to
// cutGeneric.
func TestNounBeforeThingHead(t *testing.T) {
	ix := bundledIndex(t)
	for w, want := range map[string]string{"渔港建设": "渔港", "违法建设": "", "口袋公园建设": "", "渔港": ""} {
		if got := ix.nounBeforeThingHead(w); got != want {
			t.Errorf("nounBeforeThingHead(%s) = %q, want %q", w, got, want)
		}
	}
	// A report that speaks of building fishing ports without the head speaks of the topic.
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到渔港建设?", Aggregate: true,
		Terms: []Term{{From: "渔港建设", Variants: []string{"渔港建设"}, Weight: 1}}})
	if !sc.topical(normalize("中心渔港扩建项目完成可研、勘探、初设等前期工作。")) {
		t.Error("中心渔港扩建项目 does not speak of 渔港建设")
	}
}

// TestNounGloss: a gloss reads as a noun unless it is a verb's, a qualified sense's or one
// adjective or adverb.
func TestNounGloss(t *testing.T) {
	for g, want := range map[string]bool{"fishing port": true, "toilet; lavatory": true, "road": true,
		"illegal": false, "civilized": false, "to break the rules": false, "(of a person) to age": false, "energetically": false} {
		if got := nounGloss(g); got != want {
			t.Errorf("nounGloss(%q) = %v, want %v", g, got, want)
		}
	}
}

// TestScopelessWord: a topic word of a scope word and a word of two characters few reports
// hold (城市内涝) is also that word (内涝); a wide one (城乡居民: 居民) is not.
func TestScopelessWord(t *testing.T) {
	ix := bundledIndex(t)
	words := func(w string) []string {
		var out []string
		for _, tw := range ix.wordTopicWords(w) {
			out = append(out, tw.word)
		}
		return out
	}
	if got := words("城市内涝"); len(got) != 1 || got[0] != "内涝" {
		t.Errorf("wordTopicWords(城市内涝) = %v, want [内涝]", got)
	}
	if got := words("城乡居民"); len(got) != 0 {
		t.Errorf("wordTopicWords(城乡居民) = %v, want none", got)
	}
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到了城市内涝?", Aggregate: true,
		Terms: []Term{{From: "城市内涝", Variants: []string{"城市内涝"}, Weight: 1}}})
	if !sc.topical(normalize("聚焦群众关心的内涝、道路破损、路灯缺失等问题")) {
		t.Error("内涝 does not speak of 城市内涝")
	}
}
