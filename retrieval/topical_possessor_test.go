package retrieval

import "testing"

// TestPossessorTerms: in 村或社区的便民服务中心 the service centres are the topic, whatever the
// weight of 社区; a sentence on communities alone does not speak of them. Characters read as a
// term across words (有新 of 有新的幼儿园) possess nothing.
func TestPossessorTerms(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("哪些报告提到了村或社区的便民服务中心?", ix)
	if got := possessorTerms(p, ix.Lexicon()); !got["社区"] || got["便民服务中心"] {
		t.Errorf("possessorTerms = %v, want 社区 only", got)
	}
	sc := ix.newScorer(p)
	if sc.topical(normalize("丰富社区服务功能,充实社区工作者队伍。")) {
		t.Error("a sentence on communities taken for their service centres")
	}
	if !sc.topical(normalize("42个村(社区)便民服务中心提档升级。")) {
		t.Error("village service centres upgraded not taken for service centres")
	}
	q := Plan{Lang: "zh", Norm: "或者有新的幼儿园投入使用", Terms: []Term{{From: "有新", Weight: 1}, {From: "幼儿园投入使用", Weight: 1}}}
	if got := possessorTerms(q, ix.Lexicon()); got["有新"] {
		t.Error("有新, no word, taken for a possessor")
	}
}
