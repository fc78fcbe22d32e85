package retrieval

import "testing"

// TestFigureNamed: a count answers "how many tourists" only when a word of the question stands
// by it; a verb after the noun ("visited") is no noun.
func TestFigureNamed(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many tourists visited shacheng town last year?", Terms: []Term{
		{From: "tourist", Variants: []string{"旅游", "游客"}, Weight: 1},
		{From: "visited", Variants: []string{"走访", "人次"}, Weight: 0.19},
	}}
	tests := []struct {
		text  string
		named bool
	}{
		{"敏灶、官城、小白鹭3个村启动创建宁德金牌旅游村。", false},
		{"开展9次封港清查行动。", false},
		{"全年接待游客12万人次。", true},
		{"接待60岁以上游客3000名。", true},
	}
	for _, tt := range tests {
		noun, checked, named := FigureNamed(p, tt.text)
		if noun != "tourists" || !checked || named != tt.named {
			t.Errorf("FigureNamed(%q) = %q, %v, %v; want tourists, true, %v", tt.text, noun, checked, named, tt.named)
		}
	}
	if _, checked, named := FigureNamed(Plan{Lang: "zh", Norm: "有多少游客?"}, "x"); checked || !named {
		t.Errorf("a Chinese question is not checked")
	}
}
