package retrieval

import (
	"strings"
	"testing"
)

// TestHowLongAsks: an English "how long" asks a figure: with a form of "be" after it a length
// (0.8公里) or, in a text stating no length, a span of time; else a span of time (70年未遇,
// 3个月); never a count of people (2000余名).
func TestHowLongAsks(t *testing.T) {
	tests := []struct {
		q, text string
		fits    bool
	}{
		{"the panjin district flood last july - how long since they'd seen one like it?", "东部大辽河遭遇了70年未遇的洪峰威胁。", true},
		{"the panjin district flood last july - how long since they'd seen one like it?", "组织沿河镇街2000余名干部群众昼夜坚守。", false},
		{"how long will the renovation take?", "改造工程计划用3个月完成。", true},
		{"how long is the culture street block?", "全新打造全长0.8公里的特色齐文化街区。", true},
		{"how long is the culture street block?", "组织沿河镇街2000余名干部群众昼夜坚守。", false},
		{"how long was the road closed?", "道路封闭施工历时3个月。", true},
		{"how long were schools shut?", "全镇中小学停课2周。", true},
		// "how long was it since": a span of time, never a length.
		{"how long was it since the rivers had seen such a crest?", "东部大辽河遭遇了70年未遇的洪峰威胁。", true},
		{"how long was it since the rivers had seen such a crest?", "有力保障了绕阳河第三道防线18.3公里责任区段的堤坝安全。", false},
	}
	for _, tt := range tests {
		w := wantFigure(Plan{Lang: "en", Norm: tt.q})
		if !w.asks {
			t.Errorf("%s: asks no figure", tt.q)
			continue
		}
		if _, fits := w.fit(tt.text); fits != tt.fits {
			t.Errorf("%s: %s fits %v, want %v", tt.q, tt.text, fits, tt.fits)
		}
	}
}

// TestHowLongBeLengthFirst: after a form of "be", a length answers; a span of time answers only
// where the text states no length (新修道路3公里,历时3个月: the 3公里, not the 3个月).
func TestHowLongBeLengthFirst(t *testing.T) {
	w := wantFigure(Plan{Lang: "en", Norm: "how long was the new road?"})
	for _, tt := range []struct {
		text, fig string
		fits      bool
	}{
		{"新修道路3公里,历时3个月。", "3公里", true},
		{"新修道路3公里,历时3个月。", "3个月", false},
		{"道路封闭施工历时3个月。", "3个月", true},
	} {
		found := false
		for _, v := range figures(tt.text) {
			if !strings.HasPrefix(tt.text[v.Start:], tt.fig) {
				continue
			}
			found = true
			if got := w.fits(tt.text, v); got != tt.fits {
				t.Errorf("%s: %s fits %v, want %v", tt.text, tt.fig, got, tt.fits)
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", tt.text, tt.fig)
		}
	}
}

// TestHowManyPeopleAnyPeopleCount: "how many people" names only the class counted: a count of
// people in a sentence holding a word of the question answers (8.4万名医护人员…), though the
// lexicon's wording of "people" (人民) stands in another clause.
func TestHowManyPeopleAnyPeopleCount(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many people were on the front line of the beijing district's covid fight?",
		Terms: []Term{{From: "people", Variants: []string{"人民"}, Weight: 0.26}, {From: "front line", Variants: []string{"一线"}, Weight: 1}}}
	if w := wantFigure(p); len(w.nouns) > 0 {
		t.Errorf("nouns %v, want none: people is the class", w.nouns)
	}
	text := "全区上下闻令而动、义无反顾,全区人民众志成城、无畏无惧,8.4万名医护人员、公安干警、下沉党员团员、社区(村)工作者、志愿者冲锋在前。"
	if _, checked, named := FigureNamed(p, text); !checked || !named {
		t.Errorf("FigureNamed = checked %v, named %v; want a count of people", checked, named)
	}
	// A count of people in a sentence with no word of the question counts other people.
	if _, _, named := FigureNamed(p, "组织沿河镇街2000余名干部群众昼夜坚守。"); named {
		t.Errorf("2000余名 in a sentence with no word of the question names the people asked")
	}
	// A noun of its own is still looked for beside the figure.
	p.Norm = "how many volunteers were on the front line?"
	p.Terms = []Term{{From: "volunteers", Variants: []string{"志愿者"}, Weight: 1}}
	if w := wantFigure(p); len(w.nouns) == 0 {
		t.Errorf("volunteers: no nouns")
	}
}
