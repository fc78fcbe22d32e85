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

// TestFigureNamedUnit: "how many percentage points", "how many mu" ask for a unit, not a thing
// counted: no noun is checked.
func TestFigureNamedUnit(t *testing.T) {
	for _, q := range []string{"by how many percentage points did the share rise?", "how many mu of farmland were added?"} {
		p := Plan{Lang: "en", Norm: q, Terms: []Term{{From: "share", Variants: []string{"比重"}, Weight: 1}}}
		if _, checked, named := FigureNamed(p, "占全市比重达15.3%,较上年提升2.2个百分点。"); checked || !named {
			t.Errorf("%s: checked %v named %v, want a unit unchecked", q, checked, named)
		}
	}
}

// TestFigureNamedHeadNoun: a modifier's glossary wording (住宅 of "housing compounds") left out
// beside the count does not make the count one of something else when the glossary does not
// word the head noun; when it does ("elderly residents": 居民), every asked word's wording is
// looked for (老人). A count in a measure word of a lexicon's guess names the noun only for
// FigureNamed, not for figureNamed without measures (商 of 招商 in 温馨772商业综合体).
func TestFigureNamedHeadNoun(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many housing compounds have property management?", Terms: []Term{
		{From: "housing", Variants: []string{"住房", "住宅"}, Weight: 1},
		{From: "property management", Variants: []string{"物业管理", "物业"}, Weight: 1},
		{From: "compounds", Variants: []string{"大院"}, Weight: 0.58, Lexical: []float64{0.1}},
	}}
	if _, _, named := FigureNamed(p, "加强基层社会治理和服务,269个小区实现物业管理全覆盖。"); !named {
		t.Errorf("269个小区 beside 物业管理 is not named")
	}
	p = Plan{Lang: "en", Norm: "how many elderly residents got free check-ups?", Terms: []Term{
		{From: "elderly", Variants: []string{"老人", "老年人"}, Weight: 1},
		{From: "residents", Variants: []string{"居民"}, Weight: 1},
		{From: "free", Variants: []string{"免费"}, Weight: 1},
	}}
	if _, _, named := FigureNamed(p, "为镇域1万余名60岁以上老人提供免费查体服务。"); !named {
		t.Errorf("1万余名 老人 is not named")
	}
	if _, _, named := FigureNamed(p, "完成免费培训19次。"); named {
		t.Errorf("培训19次 is named for a text without 老人 or 居民")
	}
	p = Plan{Lang: "en", Norm: "how many promotions are planned?", Terms: []Term{
		{From: "promotion", Variants: []string{"推介", "招商"}, Weight: 0.26, Lexical: []float64{0.05}},
	}}
	text := "重点推动温馨772商业综合体等项目进驻。"
	if _, _, named := FigureNamed(p, text); !named {
		t.Errorf("FigureNamed: 772商 is not counted in a measure word")
	}
	if _, _, named := figureNamed(p, text, false); named {
		t.Errorf("figureNamed without measures: 772商 is named")
	}
}

// TestFigureNamedPastNew: "how many new school places" counts the places; "new" only says they
// are added, so a count beside 新增 in a text that never names 学位 does not answer.
func TestFigureNamedPastNew(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many new school places is the district adding this year?", Terms: []Term{
		{From: "new", Variants: []string{"新增", "新建"}, Weight: 1},
		{From: "school places", Variants: []string{"学位"}, Weight: 1},
		{From: "add", Variants: []string{"新增", "增加"}, Weight: 1},
	}}
	noun, _, named := FigureNamed(p, "组建5家实质性“产学研联盟”,新增科技型企业25家。")
	if noun != "school places" || named {
		t.Errorf("FigureNamed = %q, %v; want school places, false", noun, named)
	}
	if _, _, named := FigureNamed(p, "新增学位2940个。"); !named {
		t.Errorf("新增学位2940个 is not named")
	}
}

// TestFigureNamedThesaurus: a Chinese question's everyday word (违建, 深耕) names the figure the
// report states beside its own word for it (违章搭建, 深翻: thesaurus.go); a figure of another
// thing in the same words' absence is still not named.
func TestFigureNamedThesaurus(t *testing.T) {
	for _, tt := range []struct {
		q, term, text string
		named         bool
	}{
		{"沙埕镇去年拆了多少宗违建?", "违建", "拆除违章搭建13宗,处置面积863㎡。", true},
		{"沙埕镇去年拆了多少宗违建?", "违建", "拆除危旧房13宗。", false},
		{"浍沟镇去年深耕了多少亩地?", "深耕", "购置飞机4台飞防6.8万亩,土地深翻7000亩。", true},
		{"浍沟镇去年深耕了多少亩地?", "深耕", "完成高标准农田建设7000亩。", false},
	} {
		p := Plan{Lang: "zh", Norm: tt.q, Terms: []Term{{From: tt.term, Variants: []string{tt.term}, Weight: 1}}}
		if _, checked, named := FigureNamed(p, tt.text); !checked || named != tt.named {
			t.Errorf("FigureNamed(%q, %q) = %v, %v; want true, %v", tt.q, tt.text, checked, named, tt.named)
		}
	}
}
