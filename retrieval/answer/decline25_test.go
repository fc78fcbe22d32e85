package answer

import (
	"strings"
	"testing"
)

// TestCountMentionedWithoutNumber: a how-many question whose quote mentions the asked thing
// without a count (增加救护车组和ICU床位, whose figures are shares) declines, naming the missing
// count; when another passage counts the asked thing beside the question's other words
// (27个区级以上重点项目) the answer is not declined for want of a count.
func TestCountMentionedWithoutNumber(t *testing.T) {
	ans := ask(t, "How many ambulance crews did the Beijing district add during the epidemic?")
	if ans.Grounded || !strings.Contains(ans.Text, "no number of ambulance crews") {
		t.Errorf("not declined for the missing count:\n%s", ans.Text)
	}
	ans = ask(t, "How many key projects at district level or above is Lili pushing this year?")
	if strings.Contains(ans.Text, "gives no number") {
		t.Errorf("declined though a passage counts the key projects:\n%s", ans.Text)
	}
	ans = ask(t, "How many volunteers did the Beijing district mobilise during the Winter Olympics?")
	if !ans.Grounded || !strings.Contains(ans.Text, "5万余人次") {
		t.Errorf("not answered with 5万余人次:\n%s", ans.Text)
	}
}
