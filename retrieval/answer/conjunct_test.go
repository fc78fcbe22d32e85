package answer

import (
	"strings"
	"testing"
)

// TestConjunctiveLists: "both X and Y", 同时, 既…又 and 也 list only the reports where every
// part holds, quoting the passage for each part, and name the reports where only one holds as
// near misses; the frame words never become subjects the reports lack.
func TestConjunctiveLists(t *testing.T) {
	checkListed(t, []listCase{
		{"Which reports talk about both the straw-burning ban and high-standard farmland?", []int{1, 3}},
		{"哪些报告同时提到了河长制和林长制？", []int{3, 9}},
		{"哪几篇既讲了新时代“枫桥经验”，又讲了扫黑除恶？", []int{6, 9}},
		{"Which reports talk about both anti-drug work and telecom fraud?", []int{3, 7}},
	})
	ans := ask(t, "哪几篇既讲了新时代“枫桥经验”，又讲了扫黑除恶？")
	checkCitations(t, ans)
	if !ans.Grounded || strings.Contains(ans.Text, "既讲") || !strings.Contains(ans.Text, "只谈到扫黑除恶") {
		t.Errorf("want a grounded list naming the 扫黑除恶-only reports as near misses:\n%s", ans.Text)
	}
	for _, c := range ans.Citations {
		if c.Report != 6 && c.Report != 9 {
			t.Errorf("cites report %d, which holds only one part", c.Report)
		}
	}
}

// TestWhichOfTheNine: "which of the nine reports" and "九篇报告里,哪几篇" are plain lists, not a
// lookup in one report.
func TestWhichOfTheNine(t *testing.T) {
	checkListed(t, []listCase{
		{"Which of the nine reports mention 5G?", []int{9}},
		{"Which of the nine reports mention unicorn companies?", []int{1, 2, 9}},
	})
}
