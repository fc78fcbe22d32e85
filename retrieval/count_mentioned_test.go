package retrieval

import "testing"

// TestStatesCount: an English how-many answer states a count when it holds a count or a figure
// in a measure word num does not know (100期); shares and amounts are none. Other questions are
// not judged.
func TestStatesCount(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many ambulance crews did the beijing district add?"}
	for text, want := range map[string]bool{
		"增加救护车组和ICU床位,动员所有具备条件的医疗机构开设发热门诊、总量占全市23%。": false,
		"投入360万元专项资金用于垃圾分类基础设施建设。":                   false,
		"新增救护车组12个。":         true,
		"全民阅读推广系列活动不少于100期。": true,
	} {
		if got := StatesCount(p, text); got != want {
			t.Errorf("StatesCount(%q) = %v, want %v", text, got, want)
		}
	}
	if !StatesCount(Plan{Lang: "en", Norm: "what is the share of services?"}, "占全市23%") {
		t.Errorf("a question that asks no count was judged")
	}
}

// TestMentionsCounted: the counted noun's wordings (or its modifiers') in a text mention the
// asked thing; other words of the question do not.
func TestMentionsCounted(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many ambulance crews did the beijing district add during the epidemic?", Terms: []Term{
		{From: "add", Variants: []string{"新增", "增加"}, Weight: 1},
		{From: "epidemic", Variants: []string{"疫情"}, Weight: 1},
		{From: "ambulance", Variants: []string{"救护车"}, Weight: 0.9},
		{From: "crews", Variants: []string{"人员"}, Weight: 0.9},
	}}
	if !MentionsCounted(p, "ambulance crews", "增加救护车组和ICU床位") {
		t.Errorf("救护车 not taken as the asked thing")
	}
	if MentionsCounted(p, "ambulance crews", "疫情防控期间新增学位5700个") {
		t.Errorf("疫情 and 新增 taken as the asked thing")
	}
}

// TestHoldsAskedTopic: a text holding every glossary word of the question besides the counted noun
// is on its topic; one missing a word, or a question with no word besides the counted noun, is
// not.
func TestHoldsAskedTopic(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many households does the liuzhou district's garbage sorting system cover?", Terms: []Term{
		{From: "households", Variants: []string{"户"}, Weight: 1},
		{From: "garbage sorting", Variants: []string{"垃圾分类"}, Weight: 1},
		{From: "system", Variants: []string{"体系", "系统"}, Weight: 0.2},
	}}
	if !HoldsAskedTopic(p, "households", "投入360万元专项资金用于垃圾分类基础设施建设") {
		t.Errorf("垃圾分类 not taken as the topic")
	}
	if HoldsAskedTopic(p, "households", "投资5470万元实施老旧小区改造项目9个,惠及居民2104户") {
		t.Errorf("a text without 垃圾分类 taken as on the topic")
	}
	p.Terms = p.Terms[:1]
	if HoldsAskedTopic(p, "households", "垃圾分类惠及居民2104户") {
		t.Errorf("a question of the counted noun alone has a topic")
	}
}
