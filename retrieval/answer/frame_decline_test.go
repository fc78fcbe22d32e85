package answer

import (
	"strings"
	"testing"
)

// TestOffFrameCountDeclines: a how-many question about this year whose only count stands in a
// section its heading marks as the year's review (沙埕镇: 新增8个村村庄规划 under 2023年政府工作回顾)
// declines, saying no number is given for this year. A count in a section whose heading says
// no time frame (the Panjin district's ten livelihood projects) still answers.
func TestOffFrameCountDeclines(t *testing.T) {
	ans := ask(t, "How many villages will Shacheng draw up village plans for this year?")
	if ans.Grounded || !strings.Contains(ans.Text, "for this year") {
		t.Errorf("not declined for this year:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "Panjin district: how many poor households with disabled members will get barrier-free home renovation this year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "120") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}
