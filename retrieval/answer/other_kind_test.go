package answer

import (
	"strings"
	"testing"
)

// TestOtherKindDeclines: a count of a sibling kind of the asked noun (市级重点龙头企业 for
// provincial-level ones, 省级众创空间 for national-level ones, 村级公园 for 体育公园) declines, saying the
// asked kind has no number and quoting what the report counts; the kinds the reports do count,
// beside those siblings, still answer with their figure.
func TestOtherKindDeclines(t *testing.T) {
	for q, quoted := range map[string]string{
		"How many provincial-level key leading agricultural enterprises did the Panjin district add last year?": "新增市级重点龙头企业4家",
		"How many national-level maker spaces did Lili add last year?":                                          "新增省级众创空间3家",
		"齐都镇今年计划建几个体育公园?":                                                                                       "村级公园3处",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, quoted) || !strings.Contains(ans.Text, "another kind") && !strings.Contains(ans.Text, "别的一类") {
			t.Errorf("%s: not declined as another kind quoting %s:\n%s", q, quoted, ans.Text)
		}
		checkCitations(t, ans)
	}
	// 零碳 stands in no report: the question is declined before any figure is read.
	if ans := ask(t, "How many zero-carbon factories does Lili have?"); ans.Grounded || strings.Contains(ans.Text, "7 zero-carbon") {
		t.Errorf("zero-carbon factories answered:\n%s", ans.Text)
	}
	for q, want := range map[string]string{
		"How many green factories does Lili have now?":                     "7",
		"How many technology and research centres did Lili add last year?": "8",
		"How many sluice stations did Huigou repair?":                      "7",
		"齐都镇已经建成了几个公园式小区?":                                                 "3个",
	} {
		if ans := ask(t, q); !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not answered with %s:\n%s", q, want, ans.Text)
		}
	}
	// The figure stated is the one of the kind asked, in the report's own word (总部经济增至8家),
	// not the 小巨人企业9家 whose clause holds the head (企业).
	if ans := ask(t, "How many headquarters firms does Lili have?"); !strings.HasPrefix(ans.Text, "Lili town (黎里镇), 2023 result: 8 ") {
		t.Errorf("headquarters firms not answered with 8:\n%s", ans.Text)
	}
}
