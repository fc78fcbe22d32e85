package chart

import "testing"

// TestValueEnglish: an English chart's values read as the answer lines do, not word for word
// ("aim 8% or more", "503 100M yuan").
func TestValueEnglish(t *testing.T) {
	for in, want := range map[string]string{
		"力争8%以上":     "strive for more than 8%",
		"10%左右":      "about 10%",
		"503亿元":      "50.3 billion yuan",
		"确保8%，力争10%": "ensure 8%, strive for 10%",
		"争取6%":       "strive for 6%",
		"1,200亿元":    "120 billion yuan",
		"确保8%,力争10%": "ensure 8%, strive for 10%",
		"持平":         "flat",
		"about 10%":  "about 10%",
	} {
		if got := ValueEnglish(in); got != want {
			t.Errorf("ValueEnglish(%q) = %q, want %q", in, got, want)
		}
	}
}
