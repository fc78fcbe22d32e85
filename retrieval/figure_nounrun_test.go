package retrieval

import "testing"

// TestFigureNamedNounRun: a how-many noun that runs past two words ("comprehensive elderly care
// service centers") counts its head (centers → 中心), and a count written right after that head
// names it, however long the description before it.
func TestFigureNamedNounRun(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many comprehensive elderly care service centers does qidu plan to build this year?", Terms: []Term{
		{From: "elderly care", Variants: []string{"养老服务", "养老"}, Weight: 1},
		{From: "services", Variants: []string{"服务业", "现代服务业"}, Weight: 1},
		{From: "build", Variants: []string{"建设", "新建", "建成"}, Weight: 1},
		{From: "comprehensive", Variants: []string{"完善", "综合", "全面"}, Weight: 0.28, Lexical: []float64{0.08, 0.07, 0.06}},
		{From: "centers", Variants: []string{"中心"}, Weight: 0.31, Lexical: []float64{0.1}},
	}}
	text := "聚力养老服务提升,年内计划新建集农村“幸福院+长者食堂”、卫生室、百姓大舞台、美家超市等功能于一体的综合养老服务中心3处,不断打通精细化养老服务“最后一公里”。"
	noun, checked, named := FigureNamed(p, text)
	if noun != "comprehensive elderly care service centers" || !checked || !named {
		t.Errorf("FigureNamed = %q, %v, %v; want the centers named", noun, checked, named)
	}
	if _, _, named := FigureNamed(p, "养老服务中心建设稳步推进,培训护理员19次。"); named {
		t.Errorf("a count of training sessions names no centers")
	}
}

// TestNounRun: the run stops at the verb; a run reaching the question's end or past
// maxNounRun words is not the noun's.
func TestNounRun(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"how many elderly care service centers does qidu build?", 2},
		{"how many elderly care service centers?", 0},
		{"how many elderly care does qidu build?", 0},
		{"how many elderly care a b c d e does qidu build?", 0},
	}
	for _, tt := range tests {
		m := reEnHowMany.FindStringSubmatch(tt.q)
		if got := nounRun(tt.q, m); len(got) != tt.want {
			t.Errorf("nounRun(%q) = %q; want %d words", tt.q, got, tt.want)
		}
	}
}

// TestNounRunNeedsTwoWordNoun: a run is read only after a two-word noun and ends at a verb, not
// at a preposition.
func TestNounRunNeedsTwoWordNoun(t *testing.T) {
	for _, q := range []string{
		"how many tonnes of aquaculture output did shacheng produce last year?",
		"how many volunteers did the beijing district mobilise for the winter olympics?",
		"how many childcare places per thousand people does the liuzhou district have?",
	} {
		m, _ := howManyMods(q)
		if got := nounRun(q, m); got != nil {
			t.Errorf("nounRun(%q) = %q; want nil", q, got)
		}
	}
}
