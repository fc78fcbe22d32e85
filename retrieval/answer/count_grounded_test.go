package answer

import (
	"strings"
	"testing"
)

// TestCountGroundedAnswers: an English how-many question whose best sentence counts the asked
// thing (a count followed in its clause by the head noun, or by two of the question's words)
// answers, though the sentence holds too few of the question's other words to be grounded; an
// unanswerable one whose nearest figure is a duration (15分钟养老服务圈) still declines.
func TestCountGroundedAnswers(t *testing.T) {
	ans := ask(t, "How many model roads with fine-grained management did Lili complete last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "10条") {
		t.Errorf("not answered with 10条:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "How many elderly care facilities did Shengze add last year?")
	if ans.Grounded {
		t.Errorf("answered from a duration:\n%s", ans.Text)
	}
}

// TestStrivenIsNoResult: asked how many firms settled last year, a plan's "力争完成落户60家"
// (strive to complete) is no result: the answer declines rather than quote the target.
func TestStrivenIsNoResult(t *testing.T) {
	ans := ask(t, "去年盛泽镇科技企业孵化基地有多少家企业落户?")
	if ans.Grounded {
		t.Errorf("answered from a target:\n%s", ans.Text)
	}
}
