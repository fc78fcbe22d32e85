package retrieval

import "testing"

// TestFigureNamed: a count answers "how many tourists" only when a word of the question stands
// by it; a verb after the noun ("visited") is no noun.
func TestFigureNamed(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many tourists visited shacheng town last year?", Terms: []Term{
		{From: "tourist", Variants: []string{"旅游", "游客"}, Weight: 1},
		{From: "visited", Variants: []string{"走访", "人次"}, Weight: 0.19},
	}}
	tests := []struct {
		text  string
		named bool
	}{
		{"敏灶、官城、小白鹭3个村启动创建宁德金牌旅游村。", false},
		{"开展9次封港清查行动。", false},
		{"全年接待游客12万人次。", true},
		{"接待60岁以上游客3000名。", true},
		// 人次 is the lexicon's guess at "visited": it names nothing the question asks.
		{"社会养老保险、医疗保险补助共61人次。", false},
	}
	for _, tt := range tests {
		noun, checked, named := FigureNamed(p, tt.text)
		if noun != "tourists" || !checked || named != tt.named {
			t.Errorf("FigureNamed(%q) = %q, %v, %v; want tourists, true, %v", tt.text, noun, checked, named, tt.named)
		}
	}
	if _, checked, named := FigureNamed(Plan{Lang: "zh", Norm: "有多少游客?"}, "x"); checked || !named {
		t.Errorf("a Chinese question is not checked")
	}
}

// TestFigureNamedScaledMeasure: a scaled count in a measure word num does not know (20万份)
// counts the noun beside it; a scaled number with none (突破4000万) counts nothing.
func TestFigureNamedScaledMeasure(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many free vegetable packages were given out?", Terms: []Term{
		{From: "vegetables", Variants: []string{"蔬菜"}, Weight: 1},
		{From: "free", Variants: []string{"免费"}, Weight: 0.49},
	}}
	if _, _, named := FigureNamed(p, "为居家群众免费提供蔬菜包20万份。"); !named {
		t.Errorf("20万份 beside 蔬菜 is not named")
	}
	if _, _, named := FigureNamed(p, "蔬菜直播观看人次突破4000万。"); named {
		t.Errorf("突破4000万 is named")
	}
}

// TestLatinUnit: units written in Latin letters after a number.
func TestLatinUnit(t *testing.T) {
	for rest, want := range map[string]string{"m³。": "cubic metres", "m2的": "square metres", "㎡": "square metres", "万元": "", "": ""} {
		if _, got := LatinUnit(rest); got != want {
			t.Errorf("LatinUnit(%q) = %q, want %q", rest, got, want)
		}
	}
}

// TestAbbreviation: the short form of a three-character wording is its first and last
// characters (博会 of 博览会, as in 纺博会); other wordings have none.
func TestAbbreviation(t *testing.T) {
	for v, want := range map[string]string{"博览会": "博会", "交易会": "交会", "博览": "", "高新技术企业": "", "GDP": ""} {
		if got := abbreviation(v); got != want {
			t.Errorf("abbreviation(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestFigureNamedChinese: a Chinese 多少 question is answered by a figure of a sentence holding
// a piece of its run-together noun (除治面积达681亩 in the sentence of 互花米草), not by one of
// another sentence; a question about an indicator is left to the indicator constraint.
func TestFigureNamedChinese(t *testing.T) {
	p := Plan{Lang: "zh", Norm: "沙埕镇清理互花米草多少亩?", Terms: []Term{{From: "清理互花米草多少亩", Variants: []string{"清理互花米草多少亩"}, Weight: 1}}}
	if noun, checked, named := FigureNamed(p, "圆满完成互花米草除治攻坚任务,除治面积达681亩,占全市最多。"); !checked || !named || noun != "清理互花米草" {
		t.Errorf("681亩: %q, %v, %v", noun, checked, named)
	}
	if _, _, named := FigureNamed(p, "互花米草得到治理。新建高标准农田680亩。"); named {
		t.Errorf("680亩 of another sentence is named")
	}
	pop := Plan{Lang: "zh", Norm: "北京那个区的人口有多少?", Terms: []Term{{From: "人口有多少", Variants: []string{"人口有多少"}, Weight: 1}}}
	if _, checked, named := FigureNamed(pop, "人口大区抗击疫情的经验。新增就业岗位8.8万个。"); !checked || named {
		t.Errorf("人口: checked %v named %v, want true false", checked, named)
	}
	ind := Plan{Lang: "zh", Norm: "盛泽镇的一般公共预算收入是多少?", Indicators: []string{"一般公共预算收入"},
		Terms: []Term{{From: "一般公共预算收入", Variants: []string{"一般公共预算收入"}, Weight: 1}}}
	if _, checked, _ := FigureNamed(ind, "x"); checked {
		t.Errorf("an indicator question is checked")
	}
}

// TestFigureNamedWhatPopulation: "What is the population of …" asks a figure of its noun.
func TestFigureNamedWhatPopulation(t *testing.T) {
	p := Plan{Lang: "en", Norm: "what is the population of daixi town?", Terms: []Term{{From: "population", Variants: []string{"人口"}, Weight: 1}}}
	if noun, checked, named := FigureNamed(p, "针对社区人口集聚的特点,新建党群服务中心3处。"); !checked || named || noun != "population" {
		t.Errorf("got %q, %v, %v; want population, true, false", noun, checked, named)
	}
	if _, _, named := FigureNamed(p, "全镇户籍人口3.2万人。"); !named {
		t.Errorf("人口3.2万人 is not named")
	}
}
