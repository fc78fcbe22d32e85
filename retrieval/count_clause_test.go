package retrieval

import "testing"

// TestFigureBesideHead: an English how-many question's head noun (博物馆 of "village museums")
// named in a clause without a figure is mentioned without a number, whatever the sentence's
// other clauses count; a figure in its clause may count it. Class nouns are not judged.
func TestFigureBesideHead(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many village museums did daixi build last year?", Terms: []Term{
		{From: "village", Variants: []string{"村", "行政村"}, Weight: 1},
		{From: "museum", Variants: []string{"博物馆"}, Weight: 1},
		{From: "build", Variants: []string{"建设", "新建", "建成"}, Weight: 1},
	}}
	for text, want := range map[string]bool{
		"实施文化惠民工程,建成9个“15分钟品质文化生活圈”,扎实推进城市书屋、乡村博物馆文化阵地建设,开展理论宣讲进基层活动200余场。": false,
		"积极打造博物馆之城、阅读之城,新增10家博物馆、2家城市书屋。":                                   true,
	} {
		if got := FigureBesideHead(p, "village museums", text); got != want {
			t.Errorf("FigureBesideHead(%q) = %v, want %v", text, got, want)
		}
	}
	if !MentionsHead(p, "village museums", "扎实推进城市书屋、乡村博物馆文化阵地建设") {
		t.Errorf("博物馆 not taken as a mention of village museums")
	}
	if MentionsHead(p, "village museums", "全镇五个村实现村企结对") {
		t.Errorf("村, a modifier's wording, taken as a mention of the museums")
	}
	people := Plan{Lang: "en", Norm: "how many people were on the front line?", Terms: []Term{{From: "people", Variants: []string{"人民"}, Weight: 1}}}
	if MentionsHead(people, "people", "全区人民众志成城") {
		t.Errorf("a class noun judged")
	}
}

// TestNamedInClause: a clause read alone names the asked count (设置码头防疫执勤点20个), but a
// count in one clause is not named by the sentence's subject in another.
func TestNamedInClause(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many village museums did daixi build last year?", Terms: []Term{
		{From: "museum", Variants: []string{"博物馆"}, Weight: 1},
	}}
	if NamedInClause(p, "扎实推进城市书屋、乡村博物馆文化阵地建设,开展理论宣讲进基层活动200余场。") {
		t.Errorf("200余场 taken as a count of museums")
	}
	if !NamedInClause(p, "新增博物馆10家。") {
		t.Errorf("博物馆10家 not taken as a count of museums")
	}
}
