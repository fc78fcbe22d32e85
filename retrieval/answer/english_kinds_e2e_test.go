package answer

import (
	"strings"
	"testing"
)

// TestFigureKindsOnCorpus: on the bundled corpus, English lookups whose quote holds the figure
// state it in English outside the quote for the kinds english_figkinds.go, english_figstage.go,
// english_figwords.go, english_fraction.go and english_gist.go read, and the answer passes its
// own verification.
func TestFigureKindsOnCorpus(t *testing.T) {
	lex := corpusLexicon(t)
	tests := []struct {
		q     string
		first string // a substring of the first line outside the quote
		quote string // a substring of the quote
	}{
		{"Panjin district - how many housing compounds now have property management covering them?", "269 residential compounds (269个小区)", "269个小区"},
		{"How many covid kits did Daixi hand out to older residents?", "5,736", "5736件"},
		{"How many roads did the Beijing district start building?", "21 roads (21条)", "21条主次干路"},
		{"How many covid jabs were given in Shengze?", "837,000 doses (83.7万剂次)", "83.7万剂次"},
		{"How many village 'legal understanders' did Huigou train?", "95 village legal understanders (95人)", "95人"},
		{"Of the road safety hazards Huigou found, how many were fixed?", "27 (27处)", "整改到位27处"},
		{"Which stretch of dams did the Panjin district keep safe during the flood fight?", "18.3 km (18.3公里)", "18.3公里"},
		{"What share of the whole city's park green space is in the Beijing district?", "one sixth (占全市1/6)", "1/6"},
		{"How often does Daixi bring business representatives together with township heads and deputies?", "every 2 months (每2个月)", "每2个月"},
		{"What rural sewage collection and treatment rate did the Liuzhou district reach?", "more than 95% (超95%)", "超95%"},
		// 提升6.9个、3.6个百分点: the unit and the change are written once for the list.
		{"By how many percentage points did the Beijing district's satisfaction rate rise?", "up 3.6 percentage points (3.6个百分点)", "3.6个百分点"},
		// …and the first item of the list rose by the first figure, in points too, named by its own
		// term (解决率), not the hotline the items share.
		{"How much did the resolution rate of the 12345 hotline improve in the Beijing district?", "resolution rate up 6.9 percentage points (提升6.9个)", "6.9个"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := askWith(t, tt.q, lex)
			if !ans.Grounded {
				t.Fatalf("not grounded: %s", ans.Text)
			}
			first, _, _ := strings.Cut(ans.Text, "\n")
			if outside := reQuotedText.ReplaceAllString(first, ""); !strings.Contains(outside, tt.first) {
				t.Errorf("first line %q lacks %q outside the quote", first, tt.first)
			}
			if !strings.Contains(ans.Citations[0].Quote, tt.quote) {
				t.Errorf("quote %q lacks %q", ans.Citations[0].Quote, tt.quote)
			}
			if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
				t.Errorf("the answer fails its own verification: %v\n%s", probs, ans.Text)
			}
		})
	}
}
