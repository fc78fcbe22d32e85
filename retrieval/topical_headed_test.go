package retrieval

import (
	"maps"
	"slices"
	"testing"
)

// TestSideTerms: in an English list question, alternatives behind a preposition after a term
// qualify that term, the topic ("loans for businesses or start-ups" asks of loans), and an
// "-ing" word right before the alternatives is what is done with them ("growing wheat or corn"
// asks of wheat or corn); alternatives before their qualifier, or a verb that is itself an
// alternative, are no side terms.
func TestSideTerms(t *testing.T) {
	terms := termsFrom
	tests := []struct {
		norm  string
		terms []Term
		want  []string
	}{
		{"which reports mention loans for businesses or start-ups?", terms("loan", "business", "start ups"), []string{"business", "start ups"}},
		{"which reports mention growing wheat or corn?", terms("grow", "wheat", "corn"), []string{"grow"}},
		{"which reports mention canteens or meal points for the elderly?", terms("canteens", "meal points", "elderly"), nil},
		{"which reports mention vegetable growing or vegetable bases?", terms("vegetables", "grow", "bases"), nil},
		{"which reports mention wheat or corn?", terms("wheat", "corn"), nil},
	}
	for _, tt := range tests {
		p := Plan{Lang: "en", Norm: tt.norm, Terms: tt.terms, AnyOf: true}
		got := slices.Sorted(maps.Keys(sideTerms(p, alternativeTerms(p))))
		if !slices.Equal(got, tt.want) {
			t.Errorf("sideTerms(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}

// TestAlternativeHyphen: a hyphen in the question stands for the space of a term's words, so
// "start-ups" is an alternative as "start ups".
func TestAlternativeHyphen(t *testing.T) {
	p := Plan{Lang: "en", AnyOf: true, Norm: "which reports mention loans for businesses or start-ups?",
		Terms: []Term{{From: "loan"}, {From: "business"}, {From: "start ups"}}}
	if alts := alternativeTerms(p); !alts["business"] || !alts["start ups"] {
		t.Errorf("alternativeTerms = %v, want business and start ups", alts)
	}
}

// TestGerundAlternatives: "-ing" alternatives right before the thing they are done to are
// actions, not alternatives of the topic ("building or expanding a hospital"); an "-ing"
// alternative that ends the list is one ("vegetable growing or vegetable bases").
func TestGerundAlternatives(t *testing.T) {
	tests := []struct {
		norm  string
		froms []string
		want  []string
	}{
		{"which reports talk about building or expanding a hospital or a township health centre?", []string{"build", "hospital", "health center", "expanding"}, []string{"build", "expanding"}},
		{"which reports mention vegetable growing or vegetable bases?", []string{"vegetables", "grow", "bases"}, nil},
		{"which reports mention wheat or corn?", []string{"wheat", "corn"}, nil},
	}
	for _, tt := range tests {
		p := Plan{Lang: "en", Norm: tt.norm, Terms: termsFrom(tt.froms...), AnyOf: true}
		got := slices.Sorted(maps.Keys(gerundAlternatives(p, alternativeTerms(p))))
		if !slices.Equal(got, tt.want) {
			t.Errorf("gerundAlternatives(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}
