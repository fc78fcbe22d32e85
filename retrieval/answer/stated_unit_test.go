package answer

import (
	"strings"
	"testing"
)

// TestUnitDeclines: a figure asked in tonnes of a report that states no tonnage for it declines,
// saying so and quoting the closest statement; a tonnage that is stated still answers.
func TestUnitDeclines(t *testing.T) {
	ans := ask(t, "How many tonnes of aquaculture output did Shacheng produce last year?")
	if ans.Grounded || !strings.Contains(ans.Text, "no figure in tonnes") {
		t.Errorf("not declined for the unit:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "How many tonnes of garbage did Daixi clear last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "4,500 tonnes") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}
