package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestOnlyStarted: for a question that asks a completion, a count that owns only a word of a
// stage before completion (开工, 在建, 启动, 列入) does not state it; one that owns a word of
// completion does, and so does a count that owns neither. Each figure owns the words between
// the figures beside it: 开工50部、完工150部 states 150 completed lifts.
func TestOnlyStarted(t *testing.T) {
	lifts := figureWant{asks: true, dim: num.DimCount, done: true, nouns: []string{"电梯"}}
	projects := figureWant{asks: true, dim: num.DimCount, done: true}
	mu := figureWant{asks: true, dim: num.DimMu, done: true}
	for _, c := range []struct {
		w    figureWant
		text string
		want bool
	}{
		{lifts, "竣工各类保障性住房1.6万套,老楼加装电梯开工416部,解决4万套房屋产权证办理难题。", true},
		{lifts, "老旧小区综合整治项目开工15个、完工15个,老楼加装电梯开工50部、完工150部。", false},
		{projects, "2023年xx区在建重大项目73个,总投资453.60亿元。", true},
		{projects, "其中列入市级层面统筹推进重大项目15项,完成投资66亿元。", true},
		{projects, "粮食仓储标准厂房等85个项目竣工投产。", false},
		{projects, "全年力争新开工项目80项、竣工项目70项以上。", false},
		{projects, "集聚区已入驻优质企业117家。", false},
		{mu, "启动黄家溪、幸福等村3000亩农田建设;", true},
		{mu, "实施完成高标准农田改造2.43万亩。", false},
		{figureWant{asks: true, dim: num.DimCount, nouns: []string{"电梯"}}, "老楼加装电梯开工416部。", false},
		// A Chinese question's measure word picks the counts of the asked thing (多少部: lifts).
		{figureWant{asks: true, dim: num.DimCount, done: true, unit: "部"}, "竣工各类保障性住房1.6万套,老楼加装电梯开工416部。", true},
		{figureWant{asks: true, dim: num.DimCount, done: true}, "竣工各类保障性住房1.6万套,老楼加装电梯开工416部。", false},
		// A Chinese question's subject (thing) picks the counts of the asked thing: 10公里 of
		// old-town roads upgraded does not count new-town roads, and 完工150部 counts on the lifts
		// of 老楼加装电梯开工50部.
		{figureWant{asks: true, dim: num.DimKm, done: true, thing: []string{"新城区道路"}}, "实施舜新路等10公里老城区道路改造、新兴路等5公里新城区道路开工,完成绿杨新村等3个老旧小区改造。", true},
		{figureWant{asks: true, dim: num.DimCount, done: true, unit: "部", thing: []string{"老楼加装电梯"}}, "老旧小区综合整治项目开工15个、完工15个,老楼加装电梯开工50部、完工150部。", false},
		{figureWant{asks: true, dim: num.DimCount, done: true, unit: "个", thing: []string{"安置房项目"}}, "实现南磨房石门南区等3个安置房项目开工。", true},
	} {
		if got := c.w.onlyStarted(c.text); got != c.want {
			t.Errorf("onlyStarted(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAsksDone: a verb of completion asks a completion, but not of money or a share, where
// "completed" is an indicator reached (完成投资).
func TestAsksDone(t *testing.T) {
	for _, c := range []struct {
		lang, q, dim string
		want         bool
	}{
		{"en", "how many lifts did the beijing district finish installing last year?", num.DimCount, true},
		{"en", "how many roads were completed last year?", num.DimCount, true},
		{"en", "how many roads did the beijing district start building last year?", num.DimCount, false},
		{"en", "how much investment did the district complete last year?", num.DimCNY, false},
		{"zh", "去年竣工了多少个项目?", num.DimCount, true},
		{"zh", "去年完成固定资产投资多少?", num.DimCNY, false},
		{"zh", "去年新开工多少个项目?", num.DimCount, false},
	} {
		p := Plan{Lang: c.lang, Question: c.q, Norm: c.q}
		if got := asksDone(p, c.dim); got != c.want {
			t.Errorf("asksDone(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
