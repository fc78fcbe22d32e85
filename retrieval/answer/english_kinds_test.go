package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// TestEnFiguresLineKinds pins the figure kinds and question forms of english_figkinds.go: an
// age is no figure, a count's class in the question's other words, quoted words in the noun
// phrase, measure words with an English unit of their own (after 万 too), the stage of
// construction asked for, and counts listed in one measure word.
func TestEnFiguresLineKinds(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string // the figures after "Label: "
	}{
		{"an age says whom the figure is for", "How many covid kits did the town hand out to older residents?",
			"为60周岁及以上老年人发放“防疫包”5736件,全方位筑牢疫情防控底线。",
			[]retrieval.Term{term("covid", "疫情"), term("residents", "居民")}, "5,736 covid kits (5736件)"},
		{"an age with 岁", "How many elderly people got free check-ups?", "为镇域1万余名60岁以上老人提供免费查体服务。",
			[]retrieval.Term{term("elderly", "老人"), term("check-ups", "查体")}, "more than 10,000 people (1万余名)"},
		{"a class in other words", "How many housing compounds have property management?", "加强基层社会治理和服务,269个小区实现物业管理全覆盖。",
			[]retrieval.Term{term("property management", "物业管理"), {From: "compounds", Variants: []string{"大院"}, Weight: 0.6}},
			"269 residential compounds (269个小区)"},
		{"quoted words of the noun", "How many village 'legal understanders' did the town train?", "为各村培养法律明白人95人,法治乡村建设水平明显提升。",
			[]retrieval.Term{term("village", "村"), term("legal understanders", "法律明白人")}, "95 village legal understanders (95人)"},
		{"a measure word after 万", "How many covid jabs were given?", "完成区域核酸检测98轮,接种新冠疫苗83.7万剂次。",
			[]retrieval.Term{term("covid", "新冠"), term("jab", "疫苗")}, "covid jabs 837,000 doses (83.7万剂次)"},
		{"a measure word the question names", "How many covid vaccine doses were given?", "完成区域核酸检测98轮,接种新冠疫苗83.7万剂次。",
			[]retrieval.Term{term("covid", "新冠"), term("vaccine", "疫苗")}, "837,000 covid vaccine doses (83.7万剂次)"},
		{"a classifier: the question's noun", "How many trees were planted?", "栽植各类苗木2500余株。",
			[]retrieval.Term{term("planted", "栽植")}, "more than 2,500 trees (2500余株)"},
		{"the stage asked: started", "How many roads did the district start building?", "王化路等21条主次干路、支路开工,通久路等10条道路竣工。",
			[]retrieval.Term{term("roads", "道路"), term("start building", "开工")}, "21 roads (21条)"},
		{"the stage asked: finished", "How many roads did the district finish?", "王化路等21条主次干路、支路开工,通久路等10条道路竣工。",
			[]retrieval.Term{term("roads", "道路")}, "10 roads (10条道路)"},
		{"the stage of a list item", "How many elevators will the district finish installing?", "老楼加装电梯开工50部、完工150部。",
			[]retrieval.Term{term("elevators", "电梯"), term("install", "加装")}, "150 elevators (150部)"},
		{"how often: a period after 每", "How often does the town bring business representatives together with township heads?",
			"完善“乡镇长”有约制度,每2个月组织一次企业代表和乡镇长、人大代表面对面交流,帮助企业解决实际问题134个。",
			[]retrieval.Term{term("business", "企业"), term("representatives", "代表")}, "every 2 months (每2个月)"},
		{"a measure word of things counts no companies", "How many underperforming companies did the town sort out?",
			"整改群租房1278间,企业改造投入70余万元。", []retrieval.Term{term("companies", "企业")}, ""},
		{"a round number without digits", "How many workers were stationed at traffic intersections?", "近万名工作者驻守在交通路口。",
			[]retrieval.Term{term("workers", "工作者")}, "nearly 10,000 workers (近万名)"},
		{"a round thousand without digits", "How many volunteers joined?", "组织超千名志愿者参与。",
			[]retrieval.Term{term("volunteers", "志愿者")}, "more than 1,000 volunteers (超千名)"},
		{"working days", "How long does it take to set up a business?", "企业开办实现0.5个工作日办结完成率92%。",
			[]retrieval.Term{term("set up a business", "企业开办")}, "set up a business 0.5 working days (0.5个工作日)"},
		{"a noun phrase ends at per", "How many childcare places per thousand people are there?", "现有托位数948个,达到每千人3.95个托位。",
			[]retrieval.Term{term("childcare places", "托位")}, "3.95 childcare places per 1,000 people (每千人3.95个)"},
		{"per capita", "What was urban per capita disposable income?", "城镇居民人均可支配收入完成30532元,增长3.9%。",
			[]retrieval.Term{term("disposable income", "可支配收入")}, "disposable income 30,532 yuan per capita (30532元), up 3.9% (增长3.9%)"},
		{"an attribute of the noun after it", "What daily capacity does the sludge centre in the southern industrial zone have?",
			"南部工业区75吨/日污泥减量化处置中心建成运行。", []retrieval.Term{term("sludge", "污泥"), term("industrial zone", "工业区")},
			"sludge 75 tonnes a day (75吨/日)"},
		{"a verb after the figure", "How much did the district invest in renovating old compounds?", "投资5470万元实施老旧小区改造项目。",
			[]retrieval.Term{term("invest", "投资"), term("renovating", "改造")}, "investment 54.7 million yuan (5470万元)"},
		{"modifiers of the noun after a generic count", "How many sewage treatment upgrade zones did the town finish?",
			"系统推进排污口整治工作,完成13个污水处理提质增效达标区建设。",
			[]retrieval.Term{term("sewage treatment", "污水处理"), term("upgrade", "提质增效"), {From: "zones", Variants: []string{"中区"}, Weight: 0.16}},
			"13 sewage treatment upgrade zones (13个)"},
		{"a scaled amount after a money word is yuan", "How much is the town investing in its kindergarten project?",
			"加快推进投资1000万的李宅民宿二期旅游提升项目、投资1200万幼儿园建设工程。", []retrieval.Term{term("kindergarten", "幼儿园"), term("investing", "投资")},
			"kindergarten 12 million yuan (1200万)"},
		{"a number naming a thing", "How big is the subway business belt?", "建设多点支撑、多业并举的地铁14号线商业带。",
			[]retrieval.Term{term("subway", "地铁"), term("business belt", "商业带")}, ""},
		{"a scale without digits", "What size of business district is the district building?", "加快构建千亿规模国际级商圈,建设地铁14号线商业带。",
			[]retrieval.Term{term("business district", "商圈")}, "business district 100 billion scale (千亿规模)"},
		{"a class without digits", "What size of wharf did the town build?", "实现全市万吨级码头零的突破。",
			[]retrieval.Term{term("wharf", "码头")}, "wharf 10,000 tonnes class (万吨级)"},
		{"a scale with digits", "What scale has equipment manufacturing reached?", "装备制造业突破300亿能级。",
			[]retrieval.Term{term("equipment manufacturing", "装备制造业")}, "equipment manufacturing more than 30 billion scale (突破300亿能级)"},
		{"times are no count in 个", "How many times did the town close its port for checks?", "设置码头防疫执勤点20个,成立岸线巡查队伍6支。",
			[]retrieval.Term{term("port", "码头"), term("checks", "巡查")}, ""},
		{"per 10,000 people", "How many invention patents per 10,000 people does the town have?", "为盛泽首家小巨人企业。万人发明专利拥有量达73.43件。",
			[]retrieval.Term{term("invention patents", "发明专利")}, "73.43 invention patents per 10,000 people (73.43件)"},
		{"a count of people is no per-unit", "How much did the event earn?", "10万人参与的活动实现收入500万元。",
			[]retrieval.Term{term("earn", "收入")}, "earnings 5 million yuan (500万元)"},
		{"one of the label's noun", "How many major projects does the town aim to bring in this year?", "力争引进重大项目1个以上。",
			[]retrieval.Term{term("major projects", "重大项目")}, "strive for more than 1 major project (1个以上)"},
		{"a capacity is no count of things", "What is the sewage capacity of the town's new plant?",
			"投资2900余万元,高质量推进水网改造、污水改造工程,34个村实现整建制供水。", []retrieval.Term{term("sewage", "污水")}, ""},
		{"a capacity in tonnes", "What is the capacity of the new sewage plant?",
			"南部工业区4万吨综合污水处理厂建成投用,总投资2.1亿元。", []retrieval.Term{term("sewage plant", "污水处理厂")}, "sewage plant 40,000 tonnes (4万吨)"},
		{"a partitive: of the whole, how many", "Of the road safety hazards the town found, how many were fixed?", "排查道路安全隐患31处,整改到位27处;",
			[]retrieval.Term{term("roads", "道路"), term("safety hazards", "安全隐患")}, "31 road safety hazards (31处), 27 (27处)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			figs := quoteFigures(a, tt.quote)
			got := enFiguresLine("Shengze town (盛泽镇)", "", figs, tt.quote)
			if want := "Shengze town (盛泽镇): " + tt.want; got != want && (tt.want != "" || len(figs) > 0) {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

func TestUnquoteWords(t *testing.T) {
	for in, want := range map[string]string{
		"how many village 'legal understanders' did huigou train?": "how many village legal understanders did huigou train?",
		"how many “smart workshops” are there":                     "how many smart workshops are there",
		"how many martyrs' tombs were repaired?":                   "how many martyrs' tombs were repaired?",
		"what is the town's income?":                               "what is the town's income?",
	} {
		if got := unquoteWords(in); got != want {
			t.Errorf("unquoteWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestShareFraction: a question about a share is answered by a fraction the quote writes, in
// words with the original; a date (1/6日) or a question asking no share is none.
func TestShareFraction(t *testing.T) {
	for _, tt := range []struct {
		q, quote string
		terms    []retrieval.Term
		want     string // "" for none
	}{
		{"What share of the city's park green space is in the district?", "4个全龄友好型公园完成改造,全区公园绿地面积占全市1/6,城园相融。",
			[]retrieval.Term{term("park green space", "公园绿地")}, "park green space one sixth (占全市1/6)"},
		{"What proportion of the land is farmland?", "耕地约占三分之二。", []retrieval.Term{term("farmland", "耕地")}, "farmland two thirds (占三分之二)"},
		{"What share of the work was done?", "工作于1/6日启动。", nil, ""},
		{"What does the district say about parks?", "全区公园绿地面积占全市1/6。", []retrieval.Term{term("parks", "公园")}, ""},
	} {
		got, _, ok := shareFraction(enPlan(tt.q, tt.terms...), tt.quote)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%s / %s: got %q, want %q", tt.q, tt.quote, got, tt.want)
		}
	}
}

// TestEnFactFigureNear: a fact row's value stated with the near qualifier its sentence writes
// (超95% → "more than 95% (超95%)"), the sentence's own words in brackets, not the row's normalised 95%以上.
func TestEnFactFigureNear(t *testing.T) {
	f := corpus.Fact{Indicator: "农村生活污水治理率", Wording: "农村污水收集治理率", ValueText: "95%", Qualifier: "以上",
		Sentence: "完成26套农村生活污水处理设施建设,农村污水收集治理率超95%,位居全市第一。"}
	if got, _ := enFactFigure(f); got != "more than 95% (超95%)" {
		t.Errorf("got %q", got)
	}
	f = corpus.Fact{Indicator: "地区生产总值", Wording: "地区生产总值", ValueText: "7%", Qualifier: "以上", Sentence: "地区生产总值增长7%以上。"}
	if got, _ := enFactFigure(f); got != "more than 7% (7%以上)" {
		t.Errorf("got %q", got)
	}
}

// TestGistFigures: a gist line (no figure asked) states the figures of the clauses holding the
// question's words, in English; not ranks, bare numbers, sayings in quotation marks, or figures
// of clauses about something else.
func TestGistFigures(t *testing.T) {
	for _, tt := range []struct {
		q, quote string
		terms    []retrieval.Term
		want     string
	}{
		{"Which stretch of dams did the district keep safe?", "有力保障了绕阳河第三道防线18.3公里责任区段的堤坝安全。",
			[]retrieval.Term{term("dams", "堤坝")}, "L, with 18.3 km (18.3公里)"},
		{"Where does the 110 kV power transmission project stand?", "加快推进岱西110千伏输变电工程前期政策处理工作。",
			[]retrieval.Term{term("power transmission", "输变电")}, "L, with 110 kV (110千伏)"},
		{"Will the elderly service centres have a supermarket?", "新建集美家超市等功能于一体的综合养老服务中心3处,不断打通养老服务“最后一公里”。",
			[]retrieval.Term{term("supermarket", "超市"), term("elderly", "养老")}, "L"},
		{"Which companies did the town help grow?", "助力3家企业做大做强,新建厂房2万平方米。",
			[]retrieval.Term{term("companies", "企业"), term("grow", "做大")}, "L, with 3 enterprises (3家)"},
		{"Where does the 24-hour self-service stand?", "跟进村(社区)24小时自助服务。",
			[]retrieval.Term{term("self-service", "自助")}, "L, with 24 hours (24小时)"},
		{"What does the town say about tourism?", "新建道路12公里,旅游持续升温。", []retrieval.Term{term("tourism", "旅游")}, "L"},
		{"What share of planned investment did the key projects reach?", "加快总投资2.75亿元的重点项目建设进度。",
			[]retrieval.Term{term("key projects", "重点项目"), term("investment", "投资")}, "L"},
	} {
		if got := withGistFigures(enPlan(tt.q, tt.terms...), "L", tt.quote); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.quote, got, tt.want)
		}
	}
}

// TestMultipleWords: a multiple written in words (翻一番) is stated in English with its term, when
// its clause holds a term of the question.
func TestMultipleWords(t *testing.T) {
	a := enPlan("What does the town hope to achieve for industrial output this year?", term("industrial output", "工业产值"))
	got, _, _, ok := multipleWords(a, "加快工业转型,力争实现全镇工业产值翻一番。")
	if want := "industrial output double (翻一番)"; !ok || got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, _, _, ok := multipleWords(a, "人才数量翻一番,工业产值稳步增长。"); ok {
		t.Error("a multiple in a clause about something else was stated")
	}
}

// TestTermLabelNumber: a term that is a number (five of 五保金) labels no figure.
func TestTermLabelNumber(t *testing.T) {
	a := enPlan("How much did the town pay out in dibao and five-guarantee allowances?",
		term("dibao", "低保"), retrieval.Term{From: "five", Variants: []string{"五"}, Weight: 0.44})
	quote := "累计发放低保、五保金共计1538.85万元;"
	if got := termLabel(a, quote, strings.Index(quote, "1538")); got != "dibao" {
		t.Errorf("label %q, want dibao", got)
	}
}

// TestGlossBefore: a Chinese term of the question labels a figure in the English the question
// gives it.
func TestGlossBefore(t *testing.T) {
	for _, tt := range []struct{ q, term, want string }{
		{"how many hectares of 'leave-blank-and-green' (留白增绿) are planned?", "留白增绿", "leave-blank-and-green"},
		{"How many new above-quota (限上) enterprises will the district add?", "限上", "above-quota"},
		{"盛泽纺博会去年的意向交易额是多少?", "意向交易额", "意向交易额"},
	} {
		if got := asWritten(tt.q, tt.term); got != tt.want {
			t.Errorf("asWritten(%q, %q) = %q, want %q", tt.q, tt.term, got, tt.want)
		}
	}
}

// TestNarrowerFigure: a question about a part of the indicator a fact row states (service-sector
// investment of 全社会固定资产投资…服务业投资58亿元) is answered by the part's figure, not the
// row's total; a question about the row's own indicator keeps the row.
func TestNarrowerFigure(t *testing.T) {
	quote := "完成全社会固定资产投资88亿元,增长10%,其中工业投资30亿元,增长8%,服务业投资58亿元,增长12%。"
	stated := []corpus.Fact{{Indicator: "固定资产投资", Wording: "全社会固定资产投资", ValueText: "88亿元", Kind: corpus.KindActual}}
	a := enPlan("How much investment went into the service sector in Lili?", term("investment", "投资"), term("service sector", "服务业"))
	a.Indicators = []string{"固定资产投资"}
	if !narrowerFigure(a, stated, quoteFigures(a, quote), quote) {
		t.Errorf("service-sector investment answered by the fixed-asset investment row")
	}
	a = enPlan("How much fixed-asset investment did Lili complete?", term("fixed-asset investment", "固定资产投资"))
	a.Indicators = []string{"固定资产投资"}
	if narrowerFigure(a, stated, quoteFigures(a, quote), quote) {
		t.Errorf("fixed-asset investment not answered by its row")
	}
}

// TestNumberTermPicksItsClause: an amount the question states of the counted thing ("projects
// worth over 100 million yuan") picks the count in the clause that states it (亿元以上项目超过10个),
// not the first count of projects.
func TestNumberTermPicksItsClause(t *testing.T) {
	a := enPlan("How many projects worth over 100 million yuan does the district aim to sign this year?",
		term("project", "项目"), retrieval.Term{From: "aim", Variants: []string{"目标", "力争"}, Weight: 0.3},
		retrieval.Term{From: "sign", Variants: []string{"签约", "签订"}, Weight: 1}, term("100 million yuan", "亿元"))
	a.Numbers = []retrieval.Number{{Text: "100 million yuan", Value: 1e8}}
	figs := quoteFigures(a, "全年签约项目力争超过35个,亿元以上项目超过10个。")
	if len(figs) != 1 || figs[0].v.Text != "10个" {
		t.Errorf("figures %+v; want 10个", figs)
	}
}

// TestNounPhraseAfterAttributes: attributes listed with 、 before one noun (60个突破性、示范性亮点)
// stay in the count's noun phrase; a 、 after a noun (5个样板区、3个示范点) ends it.
func TestNounPhraseAfterAttributes(t *testing.T) {
	for quote, want := range map[string]string{
		"累计形成60个突破性、示范性亮点,三里屯太古里入选。": "突破性、示范性亮点",
		"建成5个样板区、3个示范点。":             "样板区",
	} {
		if got := nounPhraseAfter(quote, quoteValues(quote)[0]); got != want {
			t.Errorf("nounPhraseAfter(%q) = %q, want %q", quote, got, want)
		}
	}
}
