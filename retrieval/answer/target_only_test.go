package answer

import (
	"strings"
	"testing"
)

// TestTargetOnlyDeclines: last year's figure asked where the report's only statement of it is in
// its list of targets declines, quoting the target as one; a review sentence with plan words
// (谋划…对上争取资金21.9亿元) still answers, with a note.
func TestTargetOnlyDeclines(t *testing.T) {
	ans := ask(t, "What was Lili's labour productivity growth last year?")
	if ans.Grounded || !strings.Contains(ans.Text, "states this as a target, not as last year's result") {
		t.Errorf("not declined as a target:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "盘锦这个区去年对上争取到多少资金?")
	if !ans.Grounded || !strings.Contains(ans.Text, "21.9亿元") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}
