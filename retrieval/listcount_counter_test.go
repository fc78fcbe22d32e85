package retrieval

import "testing"

// TestCountAskedByCounter: a list question asking a count of things (个数, 件数) wants a figure
// with a counter (8个, 9个), not an area or a sum; one asking 数量 or 数字 takes any figure.
func TestCountAskedByCounter(t *testing.T) {
	p := Analyze("去年改造了老旧小区、并报出改造个数（小区数或改造项目数）的是哪几篇？", seamVocab{})
	if got := p.FigureUnit(); got != AnyCounter {
		t.Fatalf("FigureUnit = %q, want %q", got, AnyCounter)
	}
	if !StatesFigureIn("改造完成老旧小区8个", AnyCounter) || !StatesFigureIn("投资5470万元实施老旧小区改造项目9个", AnyCounter) {
		t.Error("a counted figure not taken for a count")
	}
	if StatesFigureIn("实现老旧小区综合整治156万平方米", AnyCounter) || StatesFigureIn("投资5470万元", AnyCounter) {
		t.Error("an area or a sum taken for a count")
	}
	if got := Analyze("哪些报告提到了口袋公园、而且给出了具体数字?", seamVocab{}).FigureUnit(); got != "" {
		t.Errorf("数字 asks any figure, FigureUnit = %q", got)
	}
}
