package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/facts"
)

// TestMonthsAreNoNumbers: the months of a period (1至9月, 1-9月, 9月份) are when, not figures to
// look for; a count of months (6个月) and other numbers stay.
func TestMonthsAreNoNumbers(t *testing.T) {
	for q, want := range map[string]int{
		"浍沟镇1至9月规模以上工业产值是多少?": 0,
		"1-9月财政收入多少?":         0,
		"9月份新增多少家企业?":         0,
		"6个月内完成多少个项目?":        1,
		"新建10个项目投资多少?":        1,
	} {
		if got := numbers(q); len(got) != want {
			t.Errorf("numbers(%q) = %v, want %d", q, got, want)
		}
	}
}

// TestHyphenModifierNamesNoIndicator: an indicator's English name written as a hyphenated
// modifier of another noun ("grain-production demonstration plots") does not ask for that
// indicator; written as a noun phrase, or hyphenated at the end, it does.
func TestHyphenModifierNamesNoIndicator(t *testing.T) {
	ind, ok := facts.Lookup("粮食产量")
	if !ok {
		t.Skip("no 粮食产量 in the indicator table")
	}
	for q, want := range map[string]bool{
		"how many mu of grain-production demonstration plots did the town build?": true,
		"how much did grain production grow?":                                     false,
		"what was the town's grain-production?":                                   false,
	} {
		if got := hyphenModifier(q, ind); got != want {
			t.Errorf("hyphenModifier(%q) = %v, want %v", q, got, want)
		}
	}
}
