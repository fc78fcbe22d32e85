package retrieval

import "testing"

// TestCoreRuns: a run of a long topic word speaks of it only when it holds the topic's rarest
// word: 反馈问题 of 巡视反馈问题 is any inspection's findings (环保督察反馈问题), 巡视反馈 the
// inspection tour's.
func TestCoreRuns(t *testing.T) {
	ix := bundledIndex(t)
	if got := ix.coreWord("巡视反馈问题"); got != "巡视" {
		t.Errorf("coreWord(巡视反馈问题) = %q, want 巡视", got)
	}
	sc := ix.newScorer(Analyze("哪些报告提到巡视反馈问题的整改?", ix))
	for _, s := range []string{
		"抓好环保督察反馈问题整改,持续整治农业面源污染。",
		"积极配合省第一安全生产巡查组工作,各级督导反馈问题基本整改到位。",
	} {
		if sc.topical(normalize(s)) {
			t.Errorf("another inspection's findings taken for the inspection tour's: %s", s)
		}
	}
	if !sc.topical(normalize("纵深推进省委巡视反馈意见整改落实。")) {
		t.Error("the inspection tour's findings rectified not taken for the topic")
	}
	// A word of the lexicon alone, or one whose words are all as common, has no core.
	if got := ix.coreWord("自建房"); got != "" {
		t.Errorf("coreWord(自建房) = %q, want none", got)
	}
}

// TestActionHeadTopic: 自建房安全整治 is spoken of as the self-built houses made safe in any
// words (隐患排查, 火灾风险综合治理), and 消防安全整治 of other buildings does not speak of it.
func TestActionHeadTopic(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("哪些报告提到了自建房安全整治?", ix))
	if sc.topical(normalize("全方位开展企业群租房和个体出租房消防安全整治专项行动。")) {
		t.Error("fire safety of rented rooms taken for self-built houses")
	}
	if !sc.topical(normalize("加强自建房隐患排查力度,落实房屋安全管理长效机制。")) {
		t.Error("self-built houses checked for hazards not taken for the topic")
	}
}
