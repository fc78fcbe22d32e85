package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestFigureNamedOwnClause: a figure counts the noun of its own clause. 13个 followed by a noun of
// its own (达标区) does not count the sewage outlets of the clause before; a long noun before
// the figure in its clause names it however far it starts (白色泡沫浮球…1839个); a figure that ends
// its clause may still take its noun from beside it.
func TestFigureNamedOwnClause(t *testing.T) {
	outlets := Plan{Lang: "en", Norm: "how many sewage outlets does lili plan to rectify this year?", Terms: []Term{
		{From: "sewage outlets", Variants: []string{"排污口"}, Weight: 1},
		{From: "rectify", Variants: []string{"整改", "整治"}, Weight: 1},
	}}
	floats := Plan{Lang: "en", Norm: "how many foam buoys did shacheng town clear from the sea?", Terms: []Term{
		{From: "foam", Variants: []string{"泡沫"}, Weight: 0.6, Lexical: []float64{0.6}},
	}}
	tests := []struct {
		p     Plan
		text  string
		named bool
	}{
		{outlets, "系统推进排污口整治工作,完成13个污水处理提质增效达标区建设。", false},
		{outlets, "完成87个排污口整治。", true},
		{floats, "清理老旧木质渔排66口,白色泡沫浮球及套袋包裹浮球1839个,老旧管理房18座。", true},
		{floats, "清理泡沫,老旧管理房18座及其他设施建设。", false},
	}
	for _, tt := range tests {
		if _, checked, named := FigureNamed(tt.p, tt.text); !checked || named != tt.named {
			t.Errorf("FigureNamed(%q, %q) = %v, %v; want true, %v", tt.p.Norm, tt.text, checked, named, tt.named)
		}
	}
}

// TestFigureNamedThirdWord: "how many gas safety hazards" counts the hazards, a third word the
// glossary renders; a third word only the lexicon guesses at ("events" → 项目) is left out.
func TestFigureNamedThirdWord(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many gas safety hazards did qidu eliminate?", Terms: []Term{
		{From: "gas safety", Variants: []string{"燃气安全", "城镇燃气"}, Weight: 1},
		{From: "hazards", Variants: []string{"隐患", "安全隐患"}, Weight: 1},
	}}
	noun, _, named := FigureNamed(p, "累计检查燃气使用重点领域企业、店铺231家,查消安全隐患127处,守护千家万户“烟火气”。")
	if noun != "gas safety hazards" || !named {
		t.Errorf("FigureNamed = %q, %v; want gas safety hazards, true", noun, named)
	}
	p = Plan{Lang: "en", Norm: "how many reading promotion events is the district planning?", Terms: []Term{
		{From: "reading", Variants: []string{"阅读"}, Weight: 0.37, Lexical: []float64{0.37}},
		{From: "events", Variants: []string{"项目"}, Weight: 0.21, Lexical: []float64{0.21}},
	}}
	if noun, _, named := FigureNamed(p, "计划实施中小学、幼儿园新建改建项目9个。"); noun != "reading promotion" || named {
		t.Errorf("FigureNamed = %q, %v; want reading promotion, false", noun, named)
	}
}

// TestFigureMentioned: a figure of any kind beside the asked thing (不少于100期, though 期 is no
// count's measure word) is mentioned; one beside something else is not.
func TestFigureMentioned(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many reading sessions does the district plan this year?", Terms: []Term{
		{From: "reading", Variants: []string{"阅读"}, Weight: 1},
	}}
	text := "举办全民阅读推广系列活动不少于100期,进一步满足群众的精神文化需求。"
	if _, _, named := FigureNamed(p, text); named {
		t.Errorf("100期 is named as a count")
	}
	if !FigureMentioned(p, text) {
		t.Errorf("100期 beside 阅读 is not mentioned")
	}
	if FigureMentioned(p, "计划实施中小学、幼儿园新建改建项目9个。") {
		t.Errorf("项目9个 is mentioned")
	}
}

// TestScaledDoses: a scaled number in 剂次 counts doses.
func TestScaledDoses(t *testing.T) {
	p := Plan{Lang: "en", Norm: "how many covid vaccine doses were given in shengze?", Terms: []Term{
		{From: "vaccine", Variants: []string{"疫苗"}, Weight: 1},
		{From: "dose", Variants: []string{"剂次", "剂"}, Weight: 1},
	}}
	if _, _, named := FigureNamed(p, "接种新冠疫苗83.7万剂次,率先完成老年人疫苗接种目标任务。"); !named {
		t.Errorf("83.7万剂次 is not named")
	}
}

// TestFigureNamedZhVerbOnly: a Chinese question's verb term (新增) names nothing a figure counts:
// 新增中小学和幼儿园学位约7200个 does not count the asked 养老服务设施; 新增养老服务设施8个 does.
func TestFigureNamedZhVerbOnly(t *testing.T) {
	p := Plan{Lang: "zh", Norm: "柳州这个区今年计划新增多少个养老服务设施?", Terms: []Term{
		{From: "计划", Variants: []string{"计划"}, Weight: 0.3},
		{From: "新增", Variants: []string{"新增"}, Weight: 1},
		{From: "养老服务设施", Variants: []string{"养老服务设施"}, Weight: 1},
	}}
	if noun, _, named := FigureNamed(p, "计划实施中小学、幼儿园新建改建项目9个,新增中小学和幼儿园学位约7200个。"); noun != "养老服务设施" || named {
		t.Errorf("FigureNamed = %q, %v; want 养老服务设施, false", noun, named)
	}
	if _, _, named := FigureNamed(p, "新增养老服务设施8个,养老服务体系更加完善。"); !named {
		t.Errorf("新增养老服务设施8个 is not named")
	}
}

// TestMeasureCounts: a count in a generic measure word counts a class only in the measure
// words the class is counted in: 918条 (hazards) and 1278间 (rooms) count no enterprises though
// 企业 stands by them, 20个 no times; 36个 counts projects, 9次 times.
func TestMeasureCounts(t *testing.T) {
	tests := []struct {
		text, class string
		want        bool
	}{
		{"全年企业自查隐患918条。", "enterprises", false},
		{"完成企业群租房消防安全专项整治,整改群租房1278间。", "enterprises", false},
		{"签约注册企业36个。", "enterprises", true},
		{"设置码头防疫执勤点20个。", "times", false},
		{"开展9次封港清查行动。", "times", true},
		{"签约注册xx国珏科技数字西湖文体园等36个项目。", "projects", true},
	}
	for _, tt := range tests {
		vs := figures(tt.text)
		if len(vs) == 0 {
			t.Fatalf("no figure in %q", tt.text)
		}
		w := figureWant{asks: true, dim: num.DimCount, class: tt.class}
		if got := w.fits(tt.text, vs[0]); got != tt.want {
			t.Errorf("fits(%q, %s) = %v, want %v", tt.text, tt.class, got, tt.want)
		}
	}
}

// TestNearInClauseSentence: a figure that ends its clause counts the subject its sentence
// names before it (海上养殖 for 1839个), never a word of another sentence, nor its sentence's
// subject when its clause names a thing of a class it counts (入驻项目…36个 counts projects).
func TestNearInClauseSentence(t *testing.T) {
	tests := []struct {
		text  string
		words []string
		want  bool
	}{
		{"持续推进海上养殖综合整治,全面完成“消白除旧”任务,清理老旧木质渔排66口,白色泡沫浮球及套袋包裹浮球1839个。", []string{"养殖"}, true},
		{"深入推进中南高科新材料产业园建设,力争入驻项目不少于36个。", []string{"产业园"}, false},
		{"加快产业园建设。力争入驻不少于36个。", []string{"产业园"}, false},
	}
	for _, tt := range tests {
		vs := figures(tt.text)
		v := vs[len(vs)-1]
		if got := nearInClause(tt.text, v, tt.words, classReach); got != tt.want {
			t.Errorf("nearInClause(%q, %q) = %v, want %v", tt.text, figText(tt.text, v), got, tt.want)
		}
	}
}

func figText(s string, v num.Value) string { return s[v.Start:v.End] }

// TestFigureActed: a count whose clause holds a question word before it (拆除, "tear down")
// tells of what the question asks; one whose clause holds none (开展培训19次 for beds), or only a
// verb of adding or a plan word (计划新增双拥广场1处), does not.
func TestFigureActed(t *testing.T) {
	structures := Plan{Lang: "en", Norm: "how many illegal structures did shacheng tear down last year?", Terms: []Term{
		{From: "last year", Variants: []string{"一年来", "去年"}, Weight: 0.3},
		{From: "illegal", Variants: []string{"违法", "非法"}, Weight: 0.54, Lexical: []float64{0.14}},
		{From: "tear", Variants: []string{"拆除"}, Weight: 0.096, Lexical: []float64{0.02}},
	}}
	beds := Plan{Lang: "en", Norm: "how many hospital beds does qidu town plan to add?", Terms: []Term{
		{From: "hospital beds", Variants: []string{"床位"}, Weight: 1},
		{From: "plan", Variants: []string{"计划", "规划"}, Weight: 0.3},
		{From: "add", Variants: []string{"新增", "增加"}, Weight: 1},
	}}
	tests := []struct {
		p    Plan
		text string
		want bool
	}{
		{structures, "严格落实国土空间规划,坚持遏制乱占耕地违法行为。拆除违章搭建13宗,处置面积863㎡。", true},
		{beds, "进一步营造拥军优属浓厚氛围,计划新增双拥广场1处、双拥示范点2家。", false},
		{beds, "推进卫生院建设,开展培训19次。", false},
	}
	for _, tt := range tests {
		if got := FigureActed(tt.p, tt.text); got != tt.want {
			t.Errorf("FigureActed(%q, %q) = %v, want %v", tt.p.Norm, tt.text, got, tt.want)
		}
	}
}

// TestHowManyMatch: the participles and adverbs leading a how-many noun are not its head
// ("illegally parked cars" counts cars, which all three words name); a verb after the noun is
// not part of it.
func TestHowManyMatch(t *testing.T) {
	tests := map[string]string{
		"how many illegally parked cars did the guangxi district tow?": "cars",
		"how many abandoned mines got restored?":                       "mines",
		"how many tourists visited lili?":                              "tourists",
		"how many new school places will open?":                        "school",
		"how many seed companies are there?":                           "seed",
	}
	for q, want := range tests {
		if m := howManyMatch(q); m == nil || m[1] != want {
			t.Errorf("howManyMatch(%q) = %q, want the noun from %q", q, m, want)
		}
	}
	p := Plan{Lang: "en", Norm: "how many illegally parked cars did the guangxi district tow?", Terms: []Term{
		{From: "cars", Variants: []string{"汽车", "车辆"}, Weight: 1},
	}}
	if noun, _, named := FigureNamed(p, "整治拖移人行道违停车辆4000余辆。"); noun != "illegally parked cars" || !named {
		t.Errorf("FigureNamed = %q, %v; want illegally parked cars, true", noun, named)
	}
}

// TestHowManyHeadClass: the class of a how-many count is its head noun's ("elderly care
// facilities" are no people, so 新增养老服务设施8个 fits); a modifier gives only a unit ("how many
// square metres").
func TestHowManyHeadClass(t *testing.T) {
	w := wantFigure(Plan{Lang: "en", Norm: "how many elderly care facilities did the liuzhou district add last year?"})
	if w.class != "" {
		t.Errorf("class = %q, want none", w.class)
	}
	text := "新增养老服务设施8个,养老服务体系更加完善。"
	if vs := figures(text); len(vs) == 0 || !w.fits(text, vs[0]) {
		t.Errorf("8个 does not fit %+v", w)
	}
	if w := wantFigure(Plan{Lang: "en", Norm: "how many elderly residents got checkups?"}); w.class != "people" {
		t.Errorf("residents: class = %q, want people", w.class)
	}
	if w := wantFigure(Plan{Lang: "en", Norm: "how many square metres were renovated?"}); w.dim != "" {
		t.Errorf("square metres: dim = %q, want any", w.dim)
	}
}

// TestEndsClause: a figure ends its clause when at most a bare number's measure word follows
// it (98轮, 1839个); after a figure with its unit a character is its noun (一条街).
func TestEndsClause(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"完成区域核酸检测98轮,接种。", true},
		{"包裹浮球1839个,老旧管理房。", true},
		{"谋划建设海鲜美食一条街。", false},
		{"完成13个污水处理提质增效达标区建设。", false},
	} {
		v := figures(tt.text)[0]
		_, hi := clauseBounds(tt.text, v)
		if got := endsClause(tt.text[v.End:hi], v.Unit != ""); got != tt.want {
			t.Errorf("endsClause after %q in %q = %v, want %v", figText(tt.text, v), tt.text, got, tt.want)
		}
	}
}
