package answer

import (
	"strings"
	"testing"
)

// TestSubPlaceDeclines: a village the named report does not name declines, naming the report and
// the village; one it names (南马坊村) is answered.
func TestSubPlaceDeclines(t *testing.T) {
	ans := ask(t, "沙埕镇南镇村去年新增了几口深水网箱?")
	if ans.Grounded || !strings.Contains(ans.Text, "沙埕镇的报告没有提到南镇村") {
		t.Errorf("not declined for a village the report does not name:\n%s", ans.Text)
	}
	ans = ask(t, "齐都镇南马坊村党支部用了多少天攻克南马旧村拆迁难题?")
	if !ans.Grounded || !strings.Contains(ans.Text, "200天") {
		t.Errorf("a village the report names not answered:\n%s", ans.Text)
	}
}
