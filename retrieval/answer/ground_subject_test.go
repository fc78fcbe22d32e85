package answer

import (
	"strings"
	"testing"
)

// TestWeakSubjectAbsent: a question whose subject only a weak lexicon translation reaches
// ("hotpot" → 海陆, met only inside 海陆空) is not answered from a sentence that holds only its
// vague words ("place" → 到位) in a report that never writes the subject. A sentence that holds
// a word saying what it is about (草 of "invasive grass", 绿色工厂, an unsure but focused 赌 for
// "gambling") still answers.
func TestWeakSubjectAbsent(t *testing.T) {
	if ans := ask(t, "Can you recommend a good hotpot place in Panjin?"); ans.Grounded {
		t.Errorf("hotpot: answered although no report speaks of it:\n%s", ans.Text)
	}
	for _, c := range []struct{ q, figure string }{
		{"How many green factories does Lili town have now?", "7"},
		{"How much invasive grass did Shacheng get rid of?", "681"},
		{"Is the Guangxi district cracking down on gambling?", "赌"},
	} {
		if ans := ask(t, c.q); !ans.Grounded || !strings.Contains(ans.Text, c.figure) {
			t.Errorf("%s: not answered with %s:\n%s", c.q, c.figure, ans.Text)
		}
	}
}
