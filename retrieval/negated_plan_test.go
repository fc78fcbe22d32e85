package retrieval

import (
	"strings"
	"testing"
)

// TestNegatedPlanAsksResults: a plan word ruled out ("not just planned", 而不只是计划) leaves
// the question on results, and is no search term; a plan word standing alone still asks a
// target.
func TestNegatedPlanAsksResults(t *testing.T) {
	for _, q := range []string{
		"Which places actually added new school places last year (not just planned)?",
		"Which towns actually finished pocket parks last year, not just planned them?",
		"Which districts renovated old residential compounds last year rather than just planning to?",
		"哪些镇去年建成了口袋公园,而不只是计划?",
		"哪些地方去年新增了学位,并非计划数?",
	} {
		p := Analyze(q, nil)
		if p.Intent != IntentActual {
			t.Errorf("%s: intent %q, want %q", q, p.Intent, IntentActual)
		}
		for _, tm := range p.Terms {
			if strings.Contains(tm.From, "plan") || strings.Contains(tm.From, "计划") {
				t.Errorf("%s: ruled-out plan word %q left as a term", q, tm.From)
			}
		}
	}
	for _, q := range []string{"Which towns planned new pocket parks?", "哪些镇今年计划建口袋公园?", "哪些地方是计划新增学位的?"} {
		if p := Analyze(q, nil); p.Intent != IntentTarget {
			t.Errorf("%s: intent %q, want %q", q, p.Intent, IntentTarget)
		}
	}
}

// TestZhFrameAdverbNoTerm: 实际 and 已经 set the result frame and are no terms, unless they
// are part of an indicator's name (实际利用外资).
func TestZhFrameAdverbNoTerm(t *testing.T) {
	for _, q := range []string{"哪些地方去年实际完成了高标准农田建设?", "哪几个镇去年已经建成了污水管网?", "哪些报告实际上去年新增了养老床位?"} {
		p := Analyze(q, nil)
		if p.Intent != IntentActual {
			t.Errorf("%s: intent %q", q, p.Intent)
		}
		for _, tm := range p.Terms {
			if strings.Contains(tm.From, "实际") || strings.Contains(tm.From, "已经") {
				t.Errorf("%s: frame word left in term %q", q, tm.From)
			}
		}
	}
	p := Analyze("去年哪些区实际利用外资增长了?", nil)
	found := false
	for _, tm := range p.Terms {
		found = found || tm.From == "实际利用外资"
	}
	if !found {
		t.Errorf("实际利用外资 lost: %+v", p.Terms)
	}
}
