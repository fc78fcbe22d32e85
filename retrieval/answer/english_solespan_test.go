package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestSoleSpanAnswersHowLong: quoted for a "how long" question, a sentence's only span of time
// is stated though no term of the question stands beside it (the glossary's 防汛 for "flood",
// the quote's 洪峰); with two spans nothing says which, and none is stated.
func TestSoleSpanAnswersHowLong(t *testing.T) {
	q := "The Panjin district flood last July - how long since they'd seen one like it?"
	terms := []retrieval.Term{{From: "flood", Variants: []string{"洪涝", "防汛", "抗洪"}, Weight: 1}}
	quote := "今年7月份,我区西部辽河、东部大辽河遭遇了70年未遇的洪峰威胁。"
	if got, want := enFiguresLine("X", "", quoteFigures(enPlan(q, terms...), quote), quote), "X: 70 years (70年)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	two := "时隔18年重新启动,遭遇了70年未遇的洪峰。"
	if figs := quoteFigures(enPlan(q, terms...), two); len(figs) != 0 {
		t.Errorf("two spans: stated %+v", figs)
	}
}
