package answer

import (
	"strings"
	"testing"
)

// TestFrameWordGroundsNothing: a sentence that holds only a time-frame word of an English
// question ("forecast" → 预计) does not answer it when its decisive word is not in the reports;
// a question about a figure the reports forecast is still answered.
func TestFrameWordGroundsNothing(t *testing.T) {
	for _, q := range []string{"What is the weather forecast for Lili this weekend?", "What's the weather forecast for Suzhou next weekend?"} {
		ans := ask(t, q)
		checkCitations(t, ans)
		// A weather question is declined as a request no report answers (request.go) before
		// its frame word is looked for; either reason is a decline that says why.
		if ans.Grounded || !strings.Contains(ans.Text, "could not find 'weekend'") && !strings.Contains(ans.Text, "give no weather") {
			t.Errorf("%q: grounded %v; want no answer:\n%s", q, ans.Grounded, ans.Text)
		}
	}
	ans := ask(t, "What is Lili's forecast GDP for 2023?")
	if !ans.Grounded || !strings.Contains(ans.Text, "350亿元") {
		t.Errorf("want Lili's GDP (350亿元):\n%s", ans.Text)
	}
}
