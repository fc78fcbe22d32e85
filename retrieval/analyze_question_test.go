package retrieval

import "testing"

// TestUnitFirst: a how-many question with its unit after the thing measured asks the unit of it.
func TestUnitFirst(t *testing.T) {
	for q, want := range map[string]string{
		"how many high-standard farmland mu did shacheng complete?": "how many mu of high-standard farmland did shacheng complete?",
		"how many mu of farmland did lili build?":                   "how many mu of farmland did lili build?",
		"how many rural road kilometres were repaired?":             "how many kilometres of rural road were repaired?",
	} {
		if got := unitFirst(q); got != want {
			t.Errorf("unitFirst(%q) = %q, want %q", q, got, want)
		}
	}
	if p := Analyze("How many high-standard farmland mu did Shacheng complete?", nil); p.Norm != "how many mu of high-standard farmland did shacheng complete?" {
		t.Errorf("Analyze: Norm %q", p.Norm)
	}
}

// TestAsWrittenDigits: a question's number read with a unit word ("the 12345 platform": 1.2345万)
// is searched as written too; the digits of a scaled amount (100 of "100 million yuan") or of a
// decimal are not the number.
func TestAsWrittenDigits(t *testing.T) {
	for _, tc := range []struct {
		n    Number
		want string
	}{
		{Number{Text: "12345 platform", Value: 1.2345, Unit: "万"}, "12345"},
		{Number{Text: "12345", Value: 1.2345, Unit: "万"}, "12345"},
		{Number{Text: "100 million yuan", Value: 1, Unit: "亿"}, ""},
		{Number{Text: "1.5 million", Value: 150, Unit: "万"}, ""},
	} {
		if got := asWrittenDigits(tc.n); got != tc.want {
			t.Errorf("asWrittenDigits(%+v) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

// TestDeclinePhrasalVerbs: "went down" and its kin ask about falls like "fell" does; without
// them a list of reports whose revenue went down listed every report with a revenue figure.
func TestDeclinePhrasalVerbs(t *testing.T) {
	for _, q := range []string{
		"Which reports say general public budget revenue went down last year?",
		"Which towns saw retail sales go down?",
		"Where has the number of enterprises come down?",
	} {
		if !Analyze(q, nil).Decline {
			t.Errorf("Analyze(%q).Decline = false, want true", q)
		}
	}
	if Analyze("Which towns wrote down their targets?", nil).Decline {
		t.Error(`"wrote down" read as a fall`)
	}
}
