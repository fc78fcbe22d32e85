package answer

import (
	"strings"
	"testing"
)

// TestFigureUnstatedDeclines: a figure asked in a named time frame that no report in scope states
// in it declines, quoting what is said — an indicator a plan names without a figure (the Beijing
// district's PM2.5), a figure asked of every report that one report states only as last year's
// result while another plans the thing without one (rural roads), and a count whose thing only
// the reviews state (黑臭河道), not a plan sentence that shares a word of it (劣V类河道销号).
func TestFigureUnstatedDeclines(t *testing.T) {
	for _, c := range []struct{ q, says, quote string }{
		{"What PM2.5 target did the Beijing district set for this year?", "states no such figure as a target", "PM2.5"},
		{"What is this year's target for rural roads upgraded, in kilometres?", "No report states such a figure as a target", "农村公路"},
		{"今年要销号多少条黑臭河道?", "报告都没有给出这一数字作为", "黑臭河道"},
		// A completion asked where the report counts only what was started (figure_done.go).
		{"How many mu of farmland will Shengze town finish building this year?", "states no such figure as a target", "3000亩"},
	} {
		ans := ask(t, c.q)
		if ans.Grounded || !strings.Contains(ans.Text, c.says) || !strings.Contains(ans.Text, c.quote) {
			t.Errorf("%s: not declined as a figure no report states in the asked frame:\n%s", c.q, ans.Text)
		}
		checkCitations(t, ans)
	}
}

// TestFigureUnstatedAnswers: look-alikes the reports answer are not declined — the same
// indicator asked in the frame it is stated in, a plan figure under a heading that names no
// year, and a result stated beside a plan that names the thing.
func TestFigureUnstatedAnswers(t *testing.T) {
	for _, c := range []struct{ q, figure string }{
		{"What was the Beijing district's average PM2.5 concentration last year?", "31"},
		{"盘锦那个区今年要扶持多少名创业带头人?", "75人"},
		{"盘锦那个区去年维修改造了多少公里农村公路?", "157公里"},
		{"今年黎里镇要完成多少条劣V类河道销号任务?", "20条"},
		{"How many roads did the Beijing district complete last year?", "10条"},
	} {
		ans := ask(t, c.q)
		if !ans.Grounded || !strings.Contains(ans.Text, c.figure) {
			t.Errorf("%s: not answered with %s:\n%s", c.q, c.figure, ans.Text)
		}
	}
}
