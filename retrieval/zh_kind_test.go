package retrieval

import (
	"slices"
	"strings"
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

func TestCutLikeKind(t *testing.T) {
	for _, c := range []struct {
		q, want, example string
		kin              []string
	}{
		{"哪些地方给老人管饭的地方,像长者食堂这一类的?", "哪些地方 ?", "长者食堂", []string{"长者食堂", "老年助餐点", "老年餐桌"}},
		{"哪些报告提到了像城市书屋这一类给老百姓看书的地方?", "哪些报告提到了 ?", "城市书屋", []string{"城市书屋"}},
		{"哪些报告提到了供孩子玩的场所,比如儿童公园这种?", "哪些报告提到了 ?", "儿童公园", []string{"儿童公园"}},
		// 摄像头 holds 像 but names no example.
		{"沙埕新装了多少个摄像头?", "沙埕新装了多少个摄像头?", "", nil},
	} {
		got, terms := cutLikeKind(c.q)
		if got != c.want {
			t.Errorf("cutLikeKind(%q) = %q, want %q", c.q, got, c.want)
		}
		if c.example == "" {
			if len(terms) != 0 {
				t.Errorf("cutLikeKind(%q) terms %v, want none", c.q, terms)
			}
			continue
		}
		if len(terms) != 1 || terms[0].From != c.example || !slices.Equal(terms[0].Variants, c.kin) {
			t.Errorf("cutLikeKind(%q) terms %+v, want %s with %v", c.q, terms, c.example, c.kin)
		}
	}
}

func TestLikeKindIsNoDeclinedParaphrase(t *testing.T) {
	p := Analyze("哪些地方在建或在办给老人管饭的地方,像长者食堂这一类的?", nil)
	for _, term := range p.Terms {
		if strings.Contains(term.From, "管饭") || strings.Contains(term.From, "在建") || strings.Contains(term.From, "在办") {
			t.Errorf("term %q: the paraphrase and the frames are no subject", term.From)
		}
	}
}
