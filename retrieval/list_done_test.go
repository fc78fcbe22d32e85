package retrieval

import "testing"

// TestAsksListDone: a list question that asks which reports completed a thing, in English or
// Chinese, asks a completion; one that also asks for plans or works under way does not.
func TestAsksListDone(t *testing.T) {
	for q, want := range map[string]bool{
		"Which places finished building or renovating toilets last year?":                           true,
		"哪些报告说去年已经完成了某项三年行动?":                                                                       true,
		"Which reports mention fitness spots near where people live, whether completed or planned?": false,
		"哪些报告提到了农贸市场,不管是已经改造好的还是准备建的?":                                                              false,
		"Which reports mention public toilets?":                                                     false,
	} {
		if got := AsksListDone(Analyze(q, nil)); got != want {
			t.Errorf("AsksListDone(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestStatesOnlyStage: a sentence that starts a thing (启动) or keeps it going (深入开展, 走深走实)
// with no word of completion states no completion; one with 完成, 新建 or 全面收官 does.
func TestStatesOnlyStage(t *testing.T) {
	p := Analyze("Which places finished the three-year action plans or pocket parks?", nil)
	for text, want := range map[string]bool{
		"启动城乡垃圾一体化、旅游公厕、村庄规划等一系列项目,进一步改善农村人居环境,不断完善基础设施建设。":  true,
		"深入开展国企改革三年行动,建立市场化的项目运作机制。":                         true,
		"安全生产专项整治三年行动走深走实,聚焦既有建筑、瓶装燃气、消防安全等领域。":              true,
		"深化厕所、污水、垃圾“三大革命”,新建茶前山金家岙厕所,完成后岸文化礼堂厕所改造。":          false,
		"注重以提促疏、以提促治,建设提升基本便民服务网点67个,背街小巷环境精细化整治提升三年行动全面收官。": false,
		// Only the clause that names the thing is read: the bridge is under way, the parks built.
		"加快推进浦港路大桥建设、黎里大桥改建等路桥工程,精心打造4个口袋公园,老旧小区改造取得预期成效。": false,
	} {
		if got := StatesOnlyStage(p, text); got != want {
			t.Errorf("StatesOnlyStage(%q) = %v, want %v", text, got, want)
		}
	}
}
