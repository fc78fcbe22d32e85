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
