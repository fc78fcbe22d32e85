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

// TestActionAlternatives: in 大桥或桥涵的建设、改建或维修 the bridges are the topic and the
// alternatives after 的 only what is done to them; a report that repairs roads speaks of no
// bridge. A term after 的 that is what is done to a thing (建设) makes no possessor.
func TestActionAlternatives(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("哪些报告提到了大桥或桥涵的建设、改建或维修?", ix)
	if got := actionAlternatives(p, alternativeTerms(p)); !got["维修"] || !got["改建"] || got["大桥"] {
		t.Errorf("actionAlternatives = %v, want the actions after 的 only", got)
	}
	// The 的 that joins them, not the question's first (哪些报告的…).
	q := Analyze("哪些报告的工作涉及大桥或桥涵的建设、改建或维修?", ix)
	if got := actionAlternatives(q, alternativeTerms(q)); !got["维修"] || !got["改建"] || got["大桥"] {
		t.Errorf("actionAlternatives after an earlier 的 = %v, want the actions after 桥涵的 only", got)
	}
	if got := possessorTerms(p, ix.Lexicon()); got["桥涵"] {
		t.Error("桥涵 before 的建设 taken for a possessor")
	}
	sc := ix.newScorer(p)
	if sc.topical(normalize("维修改造农村公路157公里。")) {
		t.Error("roads repaired taken for bridges")
	}
	if !sc.topical(normalize("新建、维修桥涵627座。")) {
		t.Error("culverts and bridges repaired not taken for bridges")
	}
}
