package answer

import (
	"strings"
	"testing"
)

// TestWeakAnswerNamesTheReport: a question about one report that it does not answer is told which
// report was read, with the years it reviews and plans, not only that "the reports" do not
// answer.
func TestWeakAnswerNamesTheReport(t *testing.T) {
	for q, want := range map[string]string{
		"How many parking spaces did Qidu add last year?": "The report of Qidu town (齐都镇), which reviews 2023 and plans 2023, does not seem to answer",
		"岱西镇去年新建了多少个停车位?":                                 "岱西镇的报告(2023年回顾,2023年安排)似乎没有直接回答",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: want %q in:\n%s", q, want, ans.Text)
		}
	}
}
