package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestFrameCueNear: in a sentence that opens as a list of targets, a cue of results counts only
// in the clause that holds the question's term; elsewhere a cue anywhere still counts.
func TestFrameCueNear(t *testing.T) {
	p := Plan{Intent: corpus.KindActual, Terms: []Term{{From: "labour productivity", Variants: []string{"劳动生产率"}, Weight: 1}}}
	list := "全镇发展的主要预期目标是:地区生产总值增长5%左右,全员劳动生产率与GDP增长基本同步,主要污染物排放总量削减完成上级下达任务。"
	if frameCueNear(list, p) {
		t.Error("完成 of another clause taken as a result of labour productivity")
	}
	if !opensTargetList(list) {
		t.Error("a list of targets not told")
	}
	if !opensTargetList("主要预期目标是：地区生产总值增长5%左右，全员劳动生产率与GDP增长基本同步。") {
		t.Error("a list of targets after a full-width colon not told")
	}
	review := "完成全员劳动生产率提升,地区生产总值增长5%。"
	if !frameCueNear(review, p) {
		t.Error("a result sentence read as no result")
	}
}
