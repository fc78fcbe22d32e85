package answer

import (
	"strings"
	"testing"
)

// TestOffFrameHitDoesNotAnswer: a how-many question about this year whose quote counts something
// else (完成13个污水处理提质增效达标区建设 for sewage outlets), while the only count of the asked
// thing stands in last year's review (完成87个排污口整治), declines: no number for this year. A
// quote that states a figure of the asked thing in words of its own (…全民阅读推广系列活动不少于
// 100期) still answers though a review passage counts the thing too.
func TestOffFrameHitDoesNotAnswer(t *testing.T) {
	ans := ask(t, "How many sewage outlets does Lili plan to rectify this year?")
	if ans.Grounded || !strings.Contains(ans.Text, "for this year, only what was achieved") {
		t.Errorf("not declined for this year:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "How many sessions of arts training, cultural-volunteer and reading-promotion activities does the Guangxi district plan this year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "100期") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}

// TestOffFrameZhCount: a Chinese how-many question about this year whose only count of the
// asked thing is last year's (新增养老服务设施8个 in the review) declines, though a plan sentence
// counts something else with the same verb (新增…学位约7200个).
func TestOffFrameZhCount(t *testing.T) {
	ans := ask(t, "柳州这个区今年计划新增多少个养老服务设施?")
	if ans.Grounded || !strings.Contains(ans.Text, "只有完成情况") || strings.Contains(ans.Text, "7200") {
		t.Errorf("not declined for this year:\n%s", ans.Text)
	}
}

// TestCountByItsVerb: "How many illegal structures did Shacheng tear down last year?" is
// answered by 拆除违章搭建13宗 (the question's verb beside the count, its noun beyond the
// translation), not declined; "How many hospital beds does Qidu town plan to add?" still is.
func TestCountByItsVerb(t *testing.T) {
	ans := ask(t, "How many illegal structures did Shacheng tear down last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "13") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
	ans = ask(t, "How many hospital beds does Qidu town plan to add?")
	if ans.Grounded {
		t.Errorf("not declined:\n%s", ans.Text)
	}
}
