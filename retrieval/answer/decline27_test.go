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

// TestCountUnstatedDeclines: asked how many of a thing a report names only among others, with
// figures beside it that count other things (21个工程项目 beside 智慧停车场; 9个“15分钟品质
// 文化生活圈” beside 乡村博物馆), the answer declines naming the missing count; a count in the
// clause naming the thing (公园式村庄6个, 安装完成3个快乐健身点) still answers.
func TestCountUnstatedDeclines(t *testing.T) {
	for _, q := range []string{
		"How many smart parking lots did Daixi build last year?",
		"How many village museums did Daixi build last year?",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, "gives no number of") {
			t.Errorf("%s: not declined for the missing count:\n%s", q, ans.Text)
		}
	}
	for q, want := range map[string]string{
		"How many park-style villages does Qidu have?": "6",
		"浍沟镇去年装了几个快乐健身点?":                              "3个",
	} {
		ans := ask(t, q)
		if !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: %s not answered:\n%s", q, want, ans.Text)
		}
	}
}
