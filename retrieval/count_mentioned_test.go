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
