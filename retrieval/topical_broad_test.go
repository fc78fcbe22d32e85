package retrieval

import "testing"

// TestTopicalBroadAlternative: of "pollution or manure from livestock and poultry farming", a
// span on soil pollution holds only the broad alternative and not what qualifies it; one on
// livestock farming's pollution holds both, and manure (rare) speaks of the topic alone.
func TestTopicalBroadAlternative(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("Which reports talk about pollution or manure from livestock and poultry farming?", ix))
	tests := []struct {
		text string
		want bool
	}{
		{"加强土壤污染源头防控,保持土壤环境质量总体稳定。", false},
		{"持续整治农业面源污染、畜禽养殖污染,推进汪塘治理工作。", true},
		{"xx区畜禽粪污处理中心投入运行,彻底实现全区畜禽粪污资源化利用。", true},
	}
	for _, tt := range tests {
		if got := sc.topical(tt.text); got != tt.want {
			t.Errorf("topical(%s) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if !ix.broadTerm([]string{"污染"}) || ix.broadTerm([]string{"粪污"}) {
		t.Error("污染 should be broad in the bundled reports and 粪污 not")
	}
}

// TestShareStems: alternatives that share their first words (新材料产业或新材料项目) speak of the
// shared words wherever a report names them; alternatives that share one character do not.
func TestShareStems(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("哪些报告提到了新材料产业或新材料项目?", ix))
	if !sc.topical("丰之锦科技、常盛法兰、真好碳素新材料等10户企业升规。") {
		t.Error("a new-materials firm not taken for the new-materials topic")
	}
	if sc.topical("全力推进重点项目建设,力争完成投资86亿元。") {
		t.Error("projects alone taken for new-materials projects")
	}
	r := ix.newScorer(Analyze("哪些报告提到了农村公路或农村电网?", ix))
	if r.topical("农村集体经济收入增长10%。") || r.topical("持续改善农村人居环境。") {
		t.Error("a common modifier (农村) shared by the alternatives made a topic")
	}
	e := ix.newScorer(Analyze("哪些报告提到电动自行车或电瓶车?", ix))
	if e.topical("稳妥推进电力设施老化管道更新。") {
		t.Error("a shared character made a stem")
	}
}
