package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestEnSpanTerms: an English question's span of the year (by half, quarter, count of months or
// from January to a month) is searched as the months the reports write, and its words are no
// terms of their own; a span to December is the year and no span.
func TestEnSpanTerms(t *testing.T) {
	for q, want := range map[string]string{
		"How many circulars did Daixi issue in the first half of 2023?":                    "1至6月",
		"What was Huigou's fiscal revenue in the first three quarters?":                    "1至9月",
		"What was Huigou's fiscal revenue from January to September?":                      "1至9月",
		"What was Huigou's fiscal revenue for Jan-Sep?":                                    "1-9月",
		"What was Shengze's general public budget revenue in Q1?":                          "1-3月",
		"What did the Beijing district use in foreign capital in the first 11 months?":     "1-11月",
		"What did the Beijing district use in foreign capital in the first eleven months?": "1-11月",
		"How much did Lili export in H1?":                                                  "1-6月",
	} {
		p := Analyze(q, nil)
		i := slices.IndexFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, want) })
		if i < 0 {
			t.Errorf("Analyze(%q) has no term worded %q: %v", q, want, p.Terms)
			continue
		}
		if !isSpanTerm(p.Terms[i]) {
			t.Errorf("Analyze(%q): %v not read as a span", q, p.Terms[i])
		}
		for _, term := range p.Terms {
			if term.From != p.Terms[i].From && (strings.Contains(term.From, "half") || strings.Contains(term.From, "quarter") || strings.Contains(term.From, "month")) {
				t.Errorf("Analyze(%q): %q left as a term of its own words", q, term.From)
			}
		}
		if slices.ContainsFunc(p.Numbers, func(n Number) bool { return n.Text == "11" }) {
			t.Errorf("Analyze(%q): the span's count of months read as a number: %v", q, p.Numbers)
		}
	}
	for _, q := range []string{"What was Huigou's fiscal revenue from January to December?", "What was the first prize Shengze won?", "How many fire-safety checks did Daixi make in the year?"} {
		if p := Analyze(q, nil); slices.ContainsFunc(p.Terms, isSpanTerm) {
			t.Errorf("Analyze(%q) reads a span: %v", q, p.Terms)
		}
	}
}

// TestUnstatedSpansEnglish: an English question's span the chosen passage does not state is
// named as missing with its Chinese, so the year's figure is not given for the first half.
func TestUnstatedSpansEnglish(t *testing.T) {
	ev := func(text string) *Evidence { return &Evidence{Hit: Hit{Chunk: corpus.Chunk{Text: text}}} }
	p := Analyze("How many circulars did Daixi town issue in the first half of 2023?", nil)
	if got := unstatedSpans(p, ev("全年共发布各类通报26期。"), ""); !slices.Equal(got, []string{"first half (上半年)"}) {
		t.Errorf("unstatedSpans = %q; want [first half (上半年)]", got)
	}
	p = Analyze("What was Huigou's fiscal revenue in the first three quarters?", nil)
	if got := unstatedSpans(p, ev("1至9月份,全镇财政收入333万元"), ""); len(got) != 0 {
		t.Errorf("span stated as 1至9月份 read as missing: %q", got)
	}
}

// TestPastYearsSpan: "over the past five years" is a run of years the reports write as 过去五年,
// 五年来 or 近五年; a passage with one year's figure does not state it, one with 三年来 states
// "the past three years".
func TestPastYearsSpan(t *testing.T) {
	ev := func(text string) *Evidence { return &Evidence{Hit: Hit{Chunk: corpus.Chunk{Text: text}}} }
	p := Analyze("What was Shengze's fiscal revenue over the past five years?", nil)
	if got := unstatedSpans(p, ev("预计完成一般公共预算收入31.81亿元;"), ""); !slices.Equal(got, []string{"the past five years (过去五年)"}) {
		t.Errorf("unstatedSpans = %q; want [the past five years (过去五年)]", got)
	}
	p = Analyze("What did the Beijing district do against the epidemic over the past three years?", nil)
	if got := unstatedSpans(p, ev("三年来,从突发疫情应急围堵,到常态化疫情防控"), ""); len(got) != 0 {
		t.Errorf("三年来 read as not stating the past three years: %q", got)
	}
	if p := Analyze("What was Shengze's fiscal revenue in the past year?", nil); slices.ContainsFunc(p.Terms, isSpanTerm) {
		t.Errorf("the past year read as a run of years: %v", p.Terms)
	}
}
