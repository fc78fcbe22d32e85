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

// TestQualifierContradicted: asked for one part of a split indicator (rural income, 全口径
// output, the urban sewage rate), a quote whose figure is stated for the other part only
// (城镇居民…30532元, 规上工业总产值700亿元, 农村污水…) declines; a quote of the asked part (农民 =
// 农村居民) answers.
func TestQualifierContradicted(t *testing.T) {
	for q, want := range map[string]string{
		"What was rural residents' per capita disposable income in the Panjin district last year?": "not the rural one",
		"黎里镇去年全口径工业总产值是多少?":                                                                        "规上工业总产值700亿元",
		"What was the Liuzhou district's urban sewage treatment rate last year?":                   "not the urban one",
	} {
		ans := ask(t, q)
		if ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not declined for the other part (want %q):\n%s", q, want, ans.Text)
		}
	}
	for q, want := range map[string]string{
		"柳州那个区去年农民人均可支配收入是多少?":                                     "30962元",
		"盘锦那个区去年城镇居民人均可支配收入是多少?":                                   "30532元",
		"What was Lili's above-scale industrial output last year?": "700亿元",
	} {
		ans := ask(t, q)
		if !ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%s: not answered with %s:\n%s", q, want, ans.Text)
		}
	}
}
