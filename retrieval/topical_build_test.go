package retrieval

import "testing"

// TestTopicalBuilt: a list question that asks for something built lists a span only when it
// says something is built; a charging hazard speaks of charging but builds nothing. As one of
// the alternatives ("the toilet revolution or building toilets") the verb asks nothing of the
// others.
func TestTopicalBuilt(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("Which reports mention building charging facilities for electric vehicles?", ix))
	if !sc.build {
		t.Fatal("building charging facilities does not ask for anything built")
	}
	if !sc.topical("新建电动自行车充电接口7.2万个,占全市20%。") {
		t.Error("new e-bike charging points are not charging facilities built")
	}
	if sc.topical("对私接乱拉电线、电瓶车违规充电等问题进行全面整改。") {
		t.Error("illegal charging, fixed, taken for charging facilities built")
	}
	alt := ix.newScorer(Analyze("Which reports talk about the rural 'toilet revolution' or building toilets?", ix))
	if alt.build {
		t.Error("building as one alternative asks the other for something built")
	}
	if noun := ix.newScorer(Analyze("Which reports mention construction safety?", ix)); noun.build {
		t.Error("construction safety (a noun) asks for something built")
	}
}

// TestBuildsThing: a Chinese term that is a verb of building and its object asks for the thing
// built; a verb alone, or a term that only begins like one, does not.
func TestBuildsThing(t *testing.T) {
	for from, want := range map[string]bool{"建设污水处理厂": true, "新建幼儿园": true, "建设": false, "建档立卡": false, "污水处理厂": false} {
		if got := buildsThing(from); got != want {
			t.Errorf("buildsThing(%s) = %v, want %v", from, got, want)
		}
	}
	p := Plan{Lang: "zh", Norm: "哪些报告提到建设污水处理厂?", Terms: []Term{{From: "建设污水处理厂"}}}
	if !asksBuilding(p, nil) {
		t.Error("建设污水处理厂 does not ask for a plant built")
	}
}

// TestBuildOrExpand: alternatives that are all verbs of building or enlarging ("building or
// expanding hospitals") still ask for something built: a hospital renamed builds nothing, a
// hospital block whose structure is finished is being built.
func TestBuildOrExpand(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("Which reports mention building or expanding hospitals?", ix))
	if !sc.build {
		t.Fatal("building or expanding hospitals does not ask for anything built")
	}
	if sc.topical(normalize("高品质医疗再添新翼,五院正式挂牌同济十院吴江医院。")) {
		t.Error("a hospital renamed taken for one built")
	}
	if !sc.topical(normalize("盛泽医院公共卫生综合楼工程主体结构基本完成。")) {
		t.Error("a hospital block whose structure is finished not taken for one built")
	}
}
