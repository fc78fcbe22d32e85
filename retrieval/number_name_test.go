package retrieval

import (
	"slices"
	"testing"
)

// TestNumberName: a number written into a name (12345热线) is searched as a word and compared
// with nothing; a number with a unit, or bare before a comparator's unit, stays a figure.
func TestNumberName(t *testing.T) {
	p := Analyze("北京那个区和广西那个区,哪个的12345热线满意率更高?", nil)
	if len(p.Numbers) != 0 {
		t.Errorf("12345热线: Numbers = %v, want none", p.Numbers)
	}
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "12345") }) {
		t.Errorf("12345热线: no term 12345 in %v", p.Terms)
	}
	for _, q := range []string{"哪些报告说去年排查的安全隐患超过3000处?", "哪些报告的一般公共预算收入增长目标高于5%?", "哪些镇去年规上工业产值超过100亿元?",
		"哪些镇的规上企业数量在100以上?", "哪些报告的新增就业超过5000的?"} { // bare thresholds
		if len(Analyze(q, nil).Numbers) == 0 {
			t.Errorf("Analyze(%q).Numbers is empty", q)
		}
	}
}

// TestWordNumbers: digits inside a word the glossary translates whole ("covid-19", "5g") are no
// figure; digits standing apart stay figures, inside a glossary phrase or not.
func TestWordNumbers(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range []string{"Which reports mention COVID-19 vaccination?", "Which reports mention 5G?", "Which towns talk about 5G base stations?",
		// A number that opens a glossary name rendered with it: the hotline's number.
		"Which reports actually give a number for the 12345 hotline (resolution or satisfaction rate, or case count)?"} {
		if p := Analyze(q, ix); len(p.Numbers) != 0 {
			t.Errorf("Analyze(%q).Numbers = %v, want none", q, p.Numbers)
		}
	}
	for _, q := range []string{"Which reports list projects over 100 million yuan?", "Which towns built more than 19 pocket parks?", "Which reports mention COVID and vaccinated over 19 thousand people?",
		"Which reports rank among the 500 strong?"} {
		if p := Analyze(q, ix); len(p.Numbers) == 0 {
			t.Errorf("Analyze(%q).Numbers is empty", q)
		}
	}
}
