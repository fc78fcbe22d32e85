package retrieval

import (
	"maps"
	"slices"
	"testing"
)

// TestExampleModifiers: a word that stands right before another term inside a question's
// examples (senior canteens, new charging points) only qualifies that example; words before
// the examples, and examples of one word, are none.
func TestExampleModifiers(t *testing.T) {
	p := Plan{Lang: "en", Norm: "which reports deal with electric bike charging, whether new charging points or unsafe charging?",
		Terms: []Term{{From: "electric bike"}, {From: "charging"}, {From: "new"}, {From: "points"}}}
	if got := slices.Sorted(maps.Keys(exampleModifiers(p))); !slices.Equal(got, []string{"charging", "new"}) {
		t.Errorf("exampleModifiers = %v, want [charging new]", got)
	}
	p = Plan{Lang: "en", Norm: "which reports mention meal services for older people, such as senior canteens or dining points?",
		Terms: []Term{{From: "meal"}, {From: "seniors"}, {From: "canteen"}, {From: "dining"}, {From: "points"}}}
	if got := slices.Sorted(maps.Keys(exampleModifiers(p))); !slices.Equal(got, []string{"dining", "seniors"}) {
		t.Errorf("exampleModifiers = %v, want [dining seniors]", got)
	}
	p.Norm = "which reports mention senior canteens or dining points?"
	if got := exampleModifiers(p); got != nil {
		t.Errorf("a question without examples has modifiers %v", got)
	}
}

// TestExampleModifierNoAlternative: with examples, a word that only qualifies one of them (new
// charging points) makes no report topical by itself; the topic (electric bike charging) whole
// or an example does.
func TestExampleModifierNoAlternative(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze("Which reports deal with electric bike charging, whether new charging points or unsafe charging?", ix)))
	if sc.topical(normalize("镇智能制造和仓储物流产业集聚区批复成立,新建星月仓储重卡电动化充换电站及附属项目等项目12个。")) {
		t.Error("a new truck charging station taken for electric bike charging")
	}
	if !sc.topical(normalize("新建电动自行车充电接口7.2万个,占全市20%。")) {
		t.Error("new electric bike charging ports not taken for electric bike charging")
	}
	sc = ix.newScorer(ix.listPlan(Analyze("Which reports mention meal services for older people, such as senior canteens or dining points?", ix)))
	if sc.topical(normalize("完成区域核酸检测98轮,接种新冠疫苗83.7万剂次,率先完成老年人疫苗接种目标任务。")) {
		t.Error("vaccinating older people taken for meal services for them")
	}
	if !sc.topical(normalize("完成水岙村等一批长者食堂建设。")) {
		t.Error("an elderly canteen not taken for meal services for the elderly")
	}
}
