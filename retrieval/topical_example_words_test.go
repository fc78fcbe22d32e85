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

// TestExampleWholes: an example of several terms runs from its first qualifying word to the
// term it ends on.
func TestExampleWholes(t *testing.T) {
	p := Plan{Lang: "en", Norm: "which reports mention renovating homes for older people, like elderly-friendly home retrofits?",
		Terms: []Term{{From: "renovate"}, {From: "elderly friendly"}, {From: "retrofit"}, {From: "homes"}}}
	if got := exampleWholes(p); len(got) != 1 || !slices.Equal(got[0], []string{"elderly friendly", "homes", "retrofit"}) {
		t.Errorf("exampleWholes = %v, want [[elderly friendly homes retrofit]]", got)
	}
}

// TestExamplesWithoutOr: an example is an alternative of its topic with no "or" (talent
// apartments for housing for talent), and whole (elderly care beds: 养老 with 床位, not 养老
// alone).
func TestExamplesWithoutOr(t *testing.T) {
	ix := bundledIndex(t)
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"Which reports mention housing for talent, such as talent apartments?", "“绸都有家”人才服务中心二期建成投用,购置人才公寓329套。", true},
		{"Which reports mention beds for older people, such as elderly care beds?", "加强基本养老服务体系建设,新增家庭养老照护床位不少于300张。", true},
		{"Which reports mention beds for older people, such as elderly care beds?", "新增养老服务设施8个,养老服务体系更加完善。", false},
		{"Which reports mention renovating homes for older people, like elderly-friendly home retrofits?", "完成400户困难家庭适老化改造。", true},
	} {
		sc := ix.newScorer(ix.listPlan(Analyze(c.q, ix)))
		if got := sc.topical(normalize(c.text)); got != c.want {
			t.Errorf("%q: topical(%q) = %v, want %v", c.q, c.text, got, c.want)
		}
	}
}

// TestHeadAgain: an example term every wording of which is a wording of the topic (retrofit:
// 改造, for renovating) says the topic again and is no example alternative; one with a wording
// of its own stays an example.
func TestHeadAgain(t *testing.T) {
	sc := &scorer{terms: []scoredTerm{
		{from: "renovate", head: true, wordings: []string{"改造", "提升"}},
		{from: "retrofit", example: true, wordings: []string{"改造"}},
		{from: "talent apartments", example: true, wordings: []string{"人才公寓"}},
	}}
	sc.headAgain()
	if sc.terms[1].example || !sc.terms[1].side {
		t.Error("retrofit (改造) kept as an example of renovating (改造)")
	}
	if !sc.terms[2].example || sc.terms[2].side {
		t.Error("talent apartments lost as an example")
	}
}
