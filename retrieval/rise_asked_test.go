package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestRiseAsked: a list question asking which reports' indicator rose ("revenue grew last
// year", 增长了) lists a rise only: a fall is a near miss, as for 正增长. Before, every report
// with a revenue figure matched, falls too. Comparisons, questions with their own number and
// topic lists naming no indicator are left alone.
func TestRiseAsked(t *testing.T) {
	fall := corpus.Fact{Indicator: "一般公共预算收入", Kind: "actual", Measure: "growth", Value: -16.5, Unit: "%"}
	rise := corpus.Fact{Indicator: "一般公共预算收入", Kind: "actual", Measure: "growth", Value: 4.4, Unit: "%"}
	for _, q := range []string{
		"Which reports say general public budget revenue grew last year?",
		"哪些报告去年一般公共预算收入增长了?",
		"Which reports say GDP rose last year?",
	} {
		p := Analyze(q, nil)
		if !p.Threshold() || p.Comparator != ">" {
			t.Errorf("%s: not read as a rise (comparator %q, numbers %v)", q, p.Comparator, p.Numbers)
			continue
		}
		if FactMeets(p, fall) || !FactMeets(p, rise) {
			t.Errorf("%s: a fall meets it or a rise does not", q)
		}
	}
	for _, q := range []string{
		"Which grew industrial investment faster last year, Lili or Shengze?",
		"Which reports say imports and exports grew by more than 10% last year?",
		"Which reports increased parking spaces?",
		"Which reports say revenue fell last year?",
	} {
		if p := Analyze(q, nil); len(p.Numbers) == 1 && p.Numbers[0].Text == "0%" {
			t.Errorf("%s: read as a rise above 0%%", q)
		}
	}
}
