package retrieval

import "testing"

// TestAttestedTopic: a long topic word some report writes as one is held only whole or as a
// report shortens it, not by a run of part of it that names another thing.
func TestAttestedTopic(t *testing.T) {
	ix := bundledIndex(t)
	for _, tt := range []struct {
		q, text string
		want    bool
	}{
		{"哪些报告提到了小微企业园?", "盘锦智新小微企业园获评国家小微企业创业创新示范基地。", true},
		{"哪些报告提到了小微企业园?", "为中小微企业减免房租10.3亿元。", false},
		{"哪些报告提到养老服务中心?", "区域性养老服务中心建成运营。", true},
		{"哪些报告提到养老服务中心?", "搭建汾湖劳动维权一站式服务中心。", false},
		// A verb the lexicon glosses as one, glued to a topic few reports hold, may stand elsewhere.
		{"哪些报告提到化解信访积案?", "突破瓶颈力争信访积案实体化解。", true},
		// Alternatives that share a stem of four characters ask of the stem.
		{"哪些报告提到了污水处理设施或污水处理厂?", "完成13个污水处理提质增效达标区建设。", true},
	} {
		if got := ix.newScorer(Analyze(tt.q, ix)).topical(normalize(tt.text)); got != tt.want {
			t.Errorf("%s: topical(%q) = %v, want %v", tt.q, tt.text, got, tt.want)
		}
	}
}

// TestHeldAttested: an attested word is held with one inner character left out (a word of two
// written as one) or, when long, without its last two; not without its first or last character.
func TestHeldAttested(t *testing.T) {
	for _, tt := range []struct {
		word, text string
		want       bool
	}{
		{"各类救助资金", "发放各类救助金6381.6万元", true},
		{"非物质文化遗产", "完善国家级非物质文化铁枝传承基地建设", true},
		{"小微企业园", "为小微企业提供帮助", false},
		{"便民服务中心", "全年办理各种便民服务事项1887件", false},
		{"便民服务中心", "完善社会福利服务中心的功能", false},
	} {
		w := newTopicWord(tt.word)
		w.attested = true
		if got := w.heldIn(tt.text); got != tt.want {
			t.Errorf("%s held in %q = %v, want %v", tt.word, tt.text, got, tt.want)
		}
	}
}
