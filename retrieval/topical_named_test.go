package retrieval

import (
	"slices"
	"testing"
)

// TestQuotedNames: a question's quoted Chinese names, and no quoted English or mixed text.
func TestQuotedNames(t *testing.T) {
	got := quotedNames(normalize(`哪些报告提到了“15分钟养老服务圈”或"四好农村路"?`))
	if !slices.Contains(got, "15分钟养老服务圈") || !slices.Contains(got, "四好农村路") {
		t.Errorf("quotedNames = %v, want 15分钟养老服务圈 and 四好农村路", got)
	}
	if got := quotedNames(normalize("which reports mention the “toilet revolution”?")); len(got) != 0 {
		t.Errorf("English quote taken for a Chinese name: %v", got)
	}
}

// TestQuotedNameWrittenWhole: a list on a quoted Chinese name (a named programme) lists a
// report only where its span writes that name, not another name sharing its generic words.
func TestQuotedNameWrittenWhole(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze("哪些报告提到了“15分钟养老服务圈”?", ix)))
	if !sc.topical(normalize("区域性养老服务中心建成运营,“一站多点”社区养老片区创新启动,“15分钟养老服务圈”基本形成。")) {
		t.Error("the quoted name itself not taken")
	}
	for _, s := range []string{
		"把群众对优质医疗的期盼当作目标,深入推进与上海十院等知名医院对接,争创“15分钟医保服务圈”省级示范点。",
		"医疗卫生水平持续提升。合理规划基层医疗卫生机构布局,强化卫生应急体系建设,形成15分钟基本医疗卫生服务圈。",
	} {
		if sc.topical(normalize(s)) {
			t.Errorf("another named circle taken for the quoted one: %s", s)
		}
	}
}
