package answer

import (
	"strings"
	"testing"
)

// TestTopicListOfBest: a list question whose only passage on the topic is the best one (no
// report's own evidence was taken for it) is still answered as a list — saying how many reports
// were checked — not as one report's lookup.
func TestTopicListOfBest(t *testing.T) {
	ans := ask(t, "Which reports mention government lawyers?")
	if !ans.Grounded || !strings.Contains(ans.Text, "of nine reports") || !strings.Contains(ans.Text, "公职律师") {
		t.Errorf("not a list of the reports checked:\n%s", ans.Text)
	}
}

// TestTopicListOfBestUngrounded: the list of one holds the best passage to what a lookup would:
// a question whose subject is not in the reports (hydrogen) still declines.
func TestTopicListOfBestUngrounded(t *testing.T) {
	if ans := ask(t, "Which reports mention hydrogen energy?"); ans.Grounded {
		t.Errorf("answered a subject the reports never mention:\n%s", ans.Text)
	}
}
