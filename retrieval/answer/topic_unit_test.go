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

// TestStatesTermFigureAfterNaming: a figure in a comma part before the one that names the asked
// thing counts another thing (便民服务网点67个 before 背街小巷…三年行动全面收官); a figure in the
// naming part or after it is the thing's.
func TestStatesTermFigureAfterNaming(t *testing.T) {
	p := retrieval.Plan{Terms: []retrieval.Term{{From: "back streets", Variants: []string{"背街小巷"}, Weight: 1}}}
	if statesTermFigure(p, "注重以提促疏、以提促治,建设提升基本便民服务网点67个,背街小巷环境精细化整治提升三年行动全面收官。") {
		t.Error("便民服务网点67个 taken for a number of back alleys")
	}
	if !statesTermFigure(p, "投资5470万元实施老旧小区改造项目9个,惠及居民2104户;投资2300万元改造背街小巷14条;") {
		t.Error("改造背街小巷14条 not taken for a number of back alleys")
	}
	if !statesTermFigure(p, "开展背街小巷专项整治,累计整治120条。") {
		t.Error("a figure after the naming part not taken")
	}
}
