package answer

import (
	"strings"
	"testing"
)

// TestVagueCountDeclines: asked how many of a thing the report names only as "a batch" (一批
// 新能源汽车销售企业, 一批绿色低碳示范项目), the answer declines and quotes the vague words, in
// Chinese and in English; a count written after 等 (等4家规上企业) still answers.
func TestVagueCountDeclines(t *testing.T) {
	for q, want := range map[string]string{
		"柳州那个区去年新开了几家新能源汽车销售店?":                                                                           "一批新能源汽车销售企业",
		"How many green and low-carbon demonstration projects will the Beijing district build this year?": "gives no number",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not declined for the vague count (want %q):\n%s", q, want, ans.Text)
		}
	}
	ans := ask(t, "How many new above-scale enterprises did Daixi add last year?")
	if !ans.Grounded || !strings.Contains(ans.Text, "4家") {
		t.Errorf("等4家规上企业 not answered:\n%s", ans.Text)
	}
}
