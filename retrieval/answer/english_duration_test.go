package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestEnDurationCounts: "how many years" asks a duration, a bare number before 年 (连续11年,
// 70年未遇), which is no count of things in a measure word; 连续 says the years ran on end.
func TestEnDurationCounts(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string
	}{
		{"years on end", "For how many years has the district kept the city's highest basic pension?",
			"城乡居民基础养老金待遇连续11年保持全市最高标准;科技成果转化指标名列全市第一;",
			[]retrieval.Term{term("pension", "养老金")}, "11 consecutive years (连续11年)"},
		{"once in how many years", "How bad was the flood threat — once in how many years?",
			"今年7月份,我区西部辽河、东部大辽河遭遇了70年未遇的洪峰威胁。",
			[]retrieval.Term{term("flood", "洪峰")}, "70 years (70年)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			got := enFiguresLine("L", "", quoteFigures(a, tt.quote), tt.quote)
			if want := "L: " + tt.want; got != want {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

// TestRunDurationAnswersOnlyHowLong: a run written in Chinese numerals after 连续 (连续三年,
// 连续两年) is a duration like 连续11年 and answers "how many years in a row"; asked the level
// held, the level answers, not the run.
func TestRunDurationAnswersOnlyHowLong(t *testing.T) {
	quote := "严打严防违法犯罪活动,刑事犯罪案件下降23%,群众安全感指数连续三年保持在98%以上。"
	terms := []retrieval.Term{term("sense of security", "安全感")}
	for q, want := range map[string]string{
		"How many years running has the district's public sense of security stayed above 98%?": "L: 3 consecutive years (连续三年)",
		"For how many years in a row has the sense of security index held above 98%?":          "L: 3 consecutive years (连续三年)",
		"What level has the district's public sense of security index held at?":                "L: sense of security more than 98% (98%以上)",
	} {
		if got := enFiguresLine("L", "", quoteFigures(enPlan(q, terms...), quote), quote); got != want {
			t.Errorf("%q\n got %s\nwant %s", q, got, want)
		}
	}
}
