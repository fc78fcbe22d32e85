package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// A list of falls finds the fall after the head of a compound the quote splits over a list
// whose items share its modifier; a quote whose fall follows something else states none.
func TestStatesFallAfterHead(t *testing.T) {
	p := retrieval.Plan{Lang: "zh", Decline: true, Terms: []retrieval.Term{{From: "事故死亡人数", Variants: []string{"事故死亡人数"}, Weight: 1}}}
	for quote, want := range map[string]bool{
		"生产安全事故起数、死亡人数分别下降23.5%、30.4%。":   true,
		"交通亡人事故起数、死亡人数分别下降23.33%和16.13%。": true,
		"死亡人数有所增加。能耗下降5%。":                false,
	} {
		if got := statesFall(p, quote); got != want {
			t.Errorf("statesFall(%q) = %v, want %v", quote, got, want)
		}
	}
}
