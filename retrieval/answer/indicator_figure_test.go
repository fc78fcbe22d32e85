package answer

import (
	"strings"
	"testing"
)

// TestGrowthOfLevelOnly: a growth asked of an indicator whose report states only its level for
// the year asked (社会消费品零售总额 172.59亿元;) declines, naming the growth, though the next
// indicator of the list has a rate (…同比增长2.7%); a report that states the rate answers with
// it, not with the rate of another indicator of its list (进出口总额…同比增长9.3%).
func TestGrowthOfLevelOnly(t *testing.T) {
	ans := ask(t, "By how much did retail sales grow in the Guangxi district last year?")
	if ans.Grounded || !strings.Contains(ans.Text, "growth") || strings.Contains(ans.Text, "2.7%") {
		t.Errorf("not declined for want of the growth:\n%s", ans.Text)
	}
	ans = ask(t, "盘锦那个区去年社会消费品零售总额增长了多少?")
	if !ans.Grounded || !strings.Contains(ans.Text, "下降6%") || strings.Contains(ans.Text, "9.3%") {
		t.Errorf("not answered with retail sales' own rate:\n%s", ans.Text)
	}
}
