package retrieval

import (
	"reflect"
	"testing"
)

// TestPartnerTerms: a broad English alternative written next to another term's word is held
// only with that term ("service line": services with line); not when the neighbour is itself
// an alternative said again ("volunteers or volunteer services"), nor across a comma.
func TestPartnerTerms(t *testing.T) {
	tests := []struct {
		norm  string
		terms []scoredTerm
		want  map[int][]int
	}{
		{"which reports mention a 12345 hotline or service line?",
			[]scoredTerm{{from: "12345 hotline", alt: true}, {from: "services", alt: true, broad: true}, {from: "line"}},
			map[int][]int{1: {2}}},
		{"which reports mention volunteers or volunteer services?",
			[]scoredTerm{{from: "services", alt: true, broad: true}, {from: "volunteers", alt: true}},
			nil},
		{"which reports mention services, line or hotline?",
			[]scoredTerm{{from: "services", alt: true, broad: true}, {from: "line", alt: true}, {from: "hotline", alt: true}},
			nil},
	}
	for _, tt := range tests {
		got := partnerTerms(Plan{Lang: "en", Norm: tt.norm}, tt.terms)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("partnerTerms(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
	sc := &scorer{terms: []scoredTerm{{from: "services"}, {from: "line", wordings: []string{"热线"}}}, partners: map[int][]int{0: {1}}}
	if sc.partnersHeld(0, "发展现代服务业") || !sc.partnersHeld(0, "服务热线") {
		t.Error("partnersHeld: want the partner's wording held")
	}
}
