package retrieval

import (
	"slices"
	"testing"
)

// Two English terms joined by "and" are also searched by the Chinese short form of their
// renderings (科技 + 创新 → 科创) when the reports hold it, and the short form counts for each
// word; a short form no passage holds, and terms not joined by "and", add nothing.
func TestCoordAbbreviations(t *testing.T) {
	p := Plan{Lang: "en", Norm: "what did the science and innovation park win?", English: []EnglishTerm{
		{Text: "science", Layer: LayerLexicon, Chinese: []string{"科学", "科技"}, Weights: []float64{0.07, 0.05}, At: 13},
		{Text: "innovation", Layer: LayerGlossary, Chinese: []string{"创新", "科技创新"}, Weights: []float64{1, 1}, At: 25},
		{Text: "park", Layer: LayerGlossary, Chinese: []string{"园区"}, Weights: []float64{1}, At: 36},
	}}
	p.addCoordAbbreviations(seamVocab{"科创", "创园"}.Known)
	i := slices.IndexFunc(p.Terms, func(t Term) bool { return t.From == "science and innovation" })
	if i < 0 || !slices.Equal(p.Terms[i].Variants, []string{"科创"}) {
		t.Fatalf("terms %+v, want science and innovation → 科创", p.Terms)
	}
	for _, e := range p.English[:2] {
		if !slices.Contains(e.Chinese, "科创") || len(e.Chinese) != len(e.Weights) {
			t.Errorf("%s: %v %v, want 科创 among its renderings, one weight each", e.Text, e.Chinese, e.Weights)
		}
	}
	if slices.Contains(p.English[2].Chinese, "创园") {
		t.Errorf("park (not joined by and) got a short form: %v", p.English[2].Chinese)
	}

	q := Plan{Lang: "en", Norm: "roads and bridges", English: []EnglishTerm{
		{Text: "roads", Layer: LayerGlossary, Chinese: []string{"道路"}, At: 0},
		{Text: "bridges", Layer: LayerGlossary, Chinese: []string{"桥梁"}, At: 10},
	}}
	q.addCoordAbbreviations(seamVocab{}.Known)
	if len(q.Terms) != 0 || len(q.English[0].Chinese) != 1 {
		t.Errorf("a short form the reports lack was added: %+v %+v", q.Terms, q.English)
	}

	// Only the heaviest rendering of each word, and only two-character words: "small" (小, a
	// lesser 大小) and "medium" give no 大中, "heads" (头部) and "deputies" (人大代表) no 头人.
	for _, pair := range [][2]EnglishTerm{
		{{Text: "small", Layer: LayerLexicon, Chinese: []string{"小", "中小企业", "大小"}}, {Text: "medium", Layer: LayerLexicon, Chinese: []string{"中等"}}},
		{{Text: "heads", Layer: LayerLexicon, Chinese: []string{"头部", "为首"}}, {Text: "deputies", Layer: LayerGlossary, Chinese: []string{"人大代表", "代表"}}},
	} {
		x, y := pair[0], pair[1]
		y.At = len(x.Text) + len(" and ")
		r := Plan{Lang: "en", Norm: x.Text + " and " + y.Text, English: []EnglishTerm{x, y}}
		r.addCoordAbbreviations(seamVocab{"大中", "头人", "为人", "小中"}.Known)
		if len(r.Terms) != 0 {
			t.Errorf("%s and %s: %+v, want no short form", x.Text, y.Text, r.Terms)
		}
	}
}
