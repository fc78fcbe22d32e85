package answer

import (
	"slices"
	"strings"
	"testing"
)

// TestListsOfTopicsWordedOtherwise: list questions whose reports word the topic otherwise than
// the question list exactly the reports that speak of it (checked by grep across the nine
// reports): a broad topic given with a narrow instance (toilets, the toilet revolution: 旅游公厕
// counts), alternatives joined by a slash, a numeral's abbreviation held by its quoted head
// (“三公两费” for 三公经费), and an English question's Chinese wording with a Latin letter
// (劣V类, which a report writes 劣Ⅴ类), a topic with its examples in brackets.
func TestListsOfTopicsWordedOtherwise(t *testing.T) {
	tests := []listCase{
		{"Which reports talk about toilets, such as the rural 'toilet revolution'?", []int{1, 3, 6, 8}},
		{"Which reports mention the 'dual carbon' goals / carbon neutrality?", []int{1, 2, 4, 5}},
		{"哪些报告提到三公经费?", []int{1, 3, 4, 5, 8, 9}},
		{"Which reports clean up 劣V类 rivers?", []int{2, 5}},
		// A topic with its examples in brackets, the last ending in 等; 燃气管线占压隐患 holds
		// 燃气隐患 (占 there occupies, it names no share).
		{"哪些报告提到燃气安全(瓶装燃气、燃气隐患排查整治等)?", []int{2, 4, 5, 7, 8}},
	}
	checkListed(t, tests)
}

// TestListQuotesTheCountOfNewThings: a question for the count of new things (新增数量) quotes
// the sentence that counts them with another verb (新设市场主体2.7万家), not one under a heading
// on the topic that counts something else (新增减税降费).
func TestListQuotesTheCountOfNewThings(t *testing.T) {
	ans := ask(t, "哪些报告给出了去年市场主体的新增数量或增长率?")
	if got := listedReports(ans); !slices.Equal(got, []int{2, 4, 9}) {
		t.Fatalf("listed %v, want [2 4 9]\n%s", got, ans.Text)
	}
	if !strings.Contains(ans.Text, "新设市场主体2.7万家") {
		t.Errorf("北京市xx区 not quoted for 新设市场主体:\n%s", ans.Text)
	}
}
