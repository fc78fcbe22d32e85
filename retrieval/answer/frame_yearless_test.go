package answer

import (
	"strings"
	"testing"
)

// TestYearlessPlanSection: a plan section whose heading names no year ("二、守正创新、实干笃行…",
// after the review, holding the report's 明年的主要预期目标) is read as the plan. Asked what was
// done, the answer is the review's 扶持4000余人创业, not the plan's 扶持创业带头人75人以上; asked
// how many compounds have property management, the review's 269个小区, not the plan's project
// (住宅小区物业管理全覆盖) nor a review sentence that only shares 小区; asked how many of the
// projects set at the start of the year were finished, a result (11件), not the plan's 十件.
func TestYearlessPlanSection(t *testing.T) {
	for _, c := range []struct{ q, figure, not string }{
		{"How many people did the Panjin district help to start their own businesses?", "4000余人", "75人"},
		{"How many residential compounds in the Panjin district now have property management?", "269", "10个"},
		{"Of the livelihood projects the Panjin district set at the start of the year, how many were finished?", "11件", "十件"},
		{"How many new jobs does the Panjin district plan to add?", "5300", "2万余人"},
	} {
		ans := ask(t, c.q)
		if !ans.Grounded || !strings.Contains(ans.Text, c.figure) || strings.Contains(ans.Text, c.not) {
			t.Errorf("%s: want %s, not %s:\n%s", c.q, c.figure, c.not, ans.Text)
		}
	}
}
