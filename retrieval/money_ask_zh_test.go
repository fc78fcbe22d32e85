package retrieval

import (
	"slices"
	"testing"
)

// TestSpokenMoney: the money spent on a thing is its 支出, the money earned 收入, the tax taken
// 税收; other words stay.
func TestSpokenMoney(t *testing.T) {
	tests := []struct{ in, want string }{
		{"盛泽去年花在民生上的钱有多少?", "盛泽去年民生支出有多少?"},
		{"教育方面花的钱是多少", "教育支出是多少"},
		{"村里靠经营挣的钱有多少", "村里靠经营收入有多少"},
		{"集聚区去年收的税有多少", "集聚区去年税收有多少"},
		{"花园建了几个", "花园建了几个"},
	}
	for _, tt := range tests {
		if got := spokenMoney(tt.in); got != tt.want {
			t.Errorf("spokenMoney(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAnalyzeSpentOn: "the money spent on 民生" asks the indicator 民生支出, and leaves no run
// 花在民生上 to be taken for a subject the reports never mention.
func TestAnalyzeSpentOn(t *testing.T) {
	p := Analyze("盛泽去年花在民生上的钱有多少？", nil)
	if !slices.Contains(p.Indicators, "民生支出") {
		t.Errorf("indicators = %v, want 民生支出", p.Indicators)
	}
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return t.From == "花在民生上" }) {
		t.Errorf("terms = %+v: 花在民生上 left as a term", p.Terms)
	}
}
