package retrieval

import "testing"

// TestVagueCount: a how-many question whose text speaks of the asked thing only with a vague
// quantity (一批, 若干, 多家) gets those words back; a count of the thing, a vague word before
// something else, or a question that asks no count gets "".
func TestVagueCount(t *testing.T) {
	p := Plan{Lang: "zh", Norm: "柳州那个区去年新开了几家新能源汽车销售店?", Terms: []Term{
		{From: "新能源汽车销售店", Variants: []string{"新能源汽车销售店"}, Weight: 1},
	}}
	for text, want := range map[string]string{
		"比亚迪王朝店等一批新能源汽车销售企业顺利开业。":  "一批新能源汽车销售企业顺利开业",
		"引进若干新能源汽车经销商,带动消费。":       "若干新能源汽车经销商",
		"比亚迪王朝店等5家新能源汽车销售企业顺利开业。":  "",
		"化解了一批风险隐患,新能源汽车销售企业顺利开业。": "",
		"新能源汽车销售企业顺利开业。":           "",
	} {
		if got := VagueCount(p, text); got != want {
			t.Errorf("VagueCount(%q) = %q, want %q", text, got, want)
		}
	}
	en := Plan{Lang: "en", Norm: "how many green and low-carbon demonstration projects will the beijing district build this year?", Terms: []Term{
		{From: "low-carbon", Variants: []string{"低碳"}, Weight: 1},
		{From: "demonstration projects", Variants: []string{"示范项目"}, Weight: 1},
	}}
	if got := VagueCount(en, "打造一批绿色低碳示范项目。"); got != "一批绿色低碳示范项目" {
		t.Errorf("English question: VagueCount = %q, want 一批绿色低碳示范项目", got)
	}
	what := Plan{Lang: "zh", Norm: "柳州那个区开了哪些新能源汽车销售店?", Terms: p.Terms}
	if got := VagueCount(what, "比亚迪王朝店等一批新能源汽车销售企业顺利开业。"); got != "" {
		t.Errorf("a question that asks no count: VagueCount = %q", got)
	}
}
