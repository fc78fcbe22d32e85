package retrieval

import (
	"slices"
	"testing"
)

func TestCutKindOf(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"给老人搞了助餐或食堂类服务", "给老人搞了助餐或食堂 "},
		{"给残疾人搞了照料或就业类帮扶", "给残疾人搞了照料或就业 "},
		{"建了文体类的设施", "建了文体 "},
		// 类 that ends a word of its own stays.
		{"推进垃圾分类工作", "推进垃圾分类工作"},
		{"各类服务", "各类服务"},
	} {
		if got := cutKindOf(c.q); got != c.want {
			t.Errorf("cutKindOf(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestKindOfAlternativesAreTerms(t *testing.T) {
	p := Analyze("哪些地方给老人搞了助餐或食堂类服务?", nil)
	var from []string
	for _, term := range p.Terms {
		from = append(from, term.From)
	}
	if !slices.Contains(from, "食堂") || slices.Contains(from, "食堂类服务") {
		t.Errorf("terms %v: want 食堂 (the kind), not 食堂类服务", from)
	}
	if alt := alternativeTerms(p); !alt["助餐"] || !alt["食堂"] {
		t.Errorf("alternatives %v: want 助餐 or 食堂", alt)
	}
}
