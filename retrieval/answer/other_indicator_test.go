package answer

import (
	"strings"
	"testing"
)

// TestOtherIndicatorDeclines: exports asked of a report that states only the import-and-export
// total (进出口总额, Beijing's district) decline, saying what is stated and quoting it; the total
// asked as such, and exports asked where they are stated (盛泽镇's 出口额), still answer.
func TestOtherIndicatorDeclines(t *testing.T) {
	ans := ask(t, "北京那个区去年出口额是多少?")
	if ans.Grounded || !strings.Contains(ans.Text, "给出的是进出口总额") || !strings.Contains(ans.Text, "1.65万亿元") {
		t.Errorf("not declined as another indicator:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	for q, want := range map[string]string{
		"北京那个区去年进出口总额是多少?": "1.65万亿元",
		"盛泽镇的出口额是多少?":      "5400万美元",
	} {
		if ans := ask(t, q); !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not answered with %s:\n%s", q, want, ans.Text)
		}
	}
}
