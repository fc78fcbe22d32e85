package retrieval

import (
	"strings"
	"testing"
)

// TestZhSomeIsNoTopic: 某项 ("some") leaves open which thing; it is no part of the topic searched
// for (某项三年行动 is written by no report; 三年行动 is).
func TestZhSomeIsNoTopic(t *testing.T) {
	p := Analyze("哪些报告说去年已经完成了某项三年行动?", nil)
	found := false
	for _, tm := range p.Terms {
		for _, v := range tm.Variants {
			if strings.Contains(v, "某") {
				t.Errorf("term %q keeps 某: %v", tm.From, tm.Variants)
			}
			found = found || v == "三年行动"
		}
	}
	if !found {
		t.Errorf("no term 三年行动 in %+v", p.Terms)
	}
}
