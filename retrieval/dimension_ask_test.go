package retrieval

import "testing"

func TestCutDimensionAsk(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"去年哪些地方完成了高标准农田建设?面积各是多少?", "去年哪些地方完成了高标准农田建设? ?"},
		{"哪些镇发放了救助金,金额分别是多少?", "哪些镇发放了救助金, ?"},
		// A dimension that is part of the subject's name stays: 建成区面积 is an indicator.
		{"盛泽镇的建成区面积是多少?", "盛泽镇的建成区面积是多少?"},
		{"高标准农田的面积是多少?", "高标准农田的面积是多少?"},
	} {
		if got := cutDimensionAsk(c.q); got != c.want {
			t.Errorf("cutDimensionAsk(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	p := Analyze("去年哪些地方完成了高标准农田建设?面积各是多少?", nil)
	for _, term := range p.Terms {
		if term.From == "面积" {
			t.Errorf("term 面积: the figure's dimension is stated by its unit, not a subject")
		}
	}
	if !p.AsksFigure() {
		t.Errorf("AsksFigure = false: 面积各是多少 asks the figure")
	}
}
