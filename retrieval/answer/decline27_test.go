package answer

import (
	"strings"
	"testing"
)

// TestHolderNotNamedDeclines: asked who holds an office no report names, the answer declines
// instead of quoting a sentence that shares the office's words (首家 for "head", 习近平总书记
// and 镇党委 for "Party secretary"); a who-question the reports answer with a company still
// answers.
func TestHolderNotNamedDeclines(t *testing.T) {
	for _, q := range []string{
		"Who is the head of the Beijing district government?",
		"What's the name of Shacheng's Party secretary?",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, "names no one in office") {
			t.Errorf("%s: not declined for the unnamed office holder:\n%s", q, ans.Text)
		}
	}
	ans := ask(t, "Who won the National Science and Technology Progress Award in Shengze?")
	if !ans.Grounded || !strings.Contains(ans.Text, "恒力集团") {
		t.Errorf("恒力集团 not answered:\n%s", ans.Text)
	}
}
