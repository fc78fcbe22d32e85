package retrieval

import (
	"maps"
	"slices"
	"testing"
)

// TestAlternativeTerms: the terms a question joins with "or" (或, 、), and the earlier items of
// such a list, are alternatives; the topic beside them is not.
func TestAlternativeTerms(t *testing.T) {
	terms := termsFrom
	tests := []struct {
		norm  string
		terms []Term
		want  []string
	}{
		{"which reports mention homestays (minsu) in their tourism or rural plans?", terms("homestays", "tourism", "rural", "plan"), []string{"rural", "tourism"}},
		{"which reports mention fishery, aquaculture or tourism?", terms("fishery", "aquaculture", "tourism"), []string{"aquaculture", "fishery", "tourism"}},
		{"哪些报告提到长者食堂或者老年助餐?", terms("长者食堂", "老年助餐"), []string{"老年助餐", "长者食堂"}},
		{"which reports mention homestays?", terms("homestays"), nil},
		// A topic and the examples of it in brackets are alternatives.
		{"哪些报告提到燃气安全(瓶装燃气、燃气隐患排查整治等)?", terms("燃气安全", "瓶装燃气", "燃气隐患排查整治"), []string{"燃气安全", "燃气隐患排查整治", "瓶装燃气"}},
		{"哪些报告提到了非物质文化遗产(非遗)?", terms("非物质文化遗产", "非遗"), nil},
		{"which reports mention carbon peaking / carbon neutrality (the 'dual carbon' goals)?", terms("carbon peaking", "carbon neutrality", "dual carbon"), []string{"carbon neutrality", "carbon peaking"}},
	}
	for _, tt := range tests {
		p := Plan{Norm: tt.norm, Terms: tt.terms, AnyOf: alternatives(tt.norm)}
		got := slices.Sorted(maps.Keys(alternativeTerms(p)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("alternativeTerms(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

// termsFrom returns terms of full weight with the given English words (Term.From).
func termsFrom(froms ...string) []Term {
	var out []Term
	for _, f := range froms {
		out = append(out, Term{From: f, Variants: []string{"x"}, Weight: 1})
	}
	return out
}
