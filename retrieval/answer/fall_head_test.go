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

// A list of falls deeper than a percentage (降幅超过10%) lists a quote whose fall is that deep,
// keeps one whose fall is shallower or has no figure (下降幅度较大) as a near miss, and leaves
// out a quote that states no fall.
func TestPassageFallDepth(t *testing.T) {
	p := retrieval.Analyze("哪些报告去年一般公共预算收入的降幅超过10%?", nil)
	for quote, want := range map[string][2]bool{
		"一般公共预算收入8亿元,同比下降11%。":             {true, false},
		"一般公共预算收入完成503亿元,下降7.4%。":          {true, true},
		"财政收支矛盾较为突出,一般公共预算收入下降幅度较大;":       {true, true},
		"完成一般公共预算收入33.7亿元,增长4.4%;能耗下降15%。": {false, false},
	} {
		listed, near := passageVerdict(p, retrieval.Evidence{Quote: quote})
		if got := [2]bool{listed, near}; got != want {
			t.Errorf("passageVerdict(%q) = listed %v near %v, want %v", quote, listed, near, want)
		}
	}
}
