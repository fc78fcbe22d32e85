package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestStatesTermFigureInUnit: a question that names its figure's unit (复垦的亩数) wants a
// figure in that unit in the asked term's own comma clause, not another thing's area in the
// same sentence.
func TestStatesTermFigureInUnit(t *testing.T) {
	a := retrieval.Analyze("哪些报告给出了复垦的亩数?", nil)
	if statesTermFigure(a, "全面完成涉粮巡查撂荒地复耕复垦任务,完成年度高标准农田建设项目680亩。") {
		t.Error("farmland's 680亩 taken for the area reclaimed")
	}
	if !statesTermFigure(a, "“三优三保”拆旧616.4亩、复垦477.7亩,完成农村违建整治48.5万m²。") {
		t.Error("复垦477.7亩 not taken for the area reclaimed")
	}
}
