package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// term is a plan term for the table tests: the question's words and their Chinese wording.
func term(from, zh string) retrieval.Term {
	return retrieval.Term{From: from, Variants: []string{zh}, Weight: 1}
}

func enPlan(q string, terms ...retrieval.Term) retrieval.Plan {
	return retrieval.Plan{Question: q, Norm: strings.ToLower(q), Lang: "en", Terms: terms}
}

// TestEnFiguresLine pins the English statement of the figures of a quote that answer a question,
// for the units reports write: 万/亿 scaling, yuan, US$, mu, units, counts, people, km, m²,
// tonnes, households, enterprises, projects, ranks, percentages and percentage points, with
// changes (下降 → down), qualifiers (左右, 以上, 余) and aims (力争).
func TestEnFiguresLine(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string // the figures after "Label, frame: "
	}{
		{"yuan with its growth", "How much fixed-asset investment did the district complete?", "固定资产投资完成55亿元,同比增长5.2%。",
			[]retrieval.Term{term("fixed-asset investment", "固定资产投资")},
			"fixed-asset investment 5.5 billion yuan (55亿元), up 5.2% (同比增长5.2%)"},
		{"万元", "How much tax revenue did the zone generate?", "集聚区实现税收收入2400万元。",
			[]retrieval.Term{term("tax revenue", "税收收入")}, "tax revenue 24 million yuan (2400万元)"},
		{"US dollars", "How much foreign investment in dollars was used?", "实际利用外资1.2亿美元,增长8%。",
			[]retrieval.Term{term("foreign investment", "利用外资")}, "foreign investment US$120 million (1.2亿美元), up 8% (增长8%)"},
		{"mu", "How many mu of farmland were built?", "新建高标准农田2万亩、提标4.5万亩。",
			[]retrieval.Term{term("farmland", "高标准农田")}, "farmland 20,000 mu (2万亩)"},
		{"units of housing", "How many units of affordable housing were completed?", "竣工各类保障性住房1.6万套。",
			[]retrieval.Term{term("affordable housing", "保障性住房")}, "affordable housing 16,000 units (1.6万套)"},
		{"a generic count named by the question", "How many sewage outlets were cleaned up?", "排查整治入河入海排污口213个。",
			[]retrieval.Term{term("sewage outlets", "排污口")}, "213 sewage outlets (213个)"},
		{"people, more than", "How many cadres were organised?", "组织沿河镇街2000余名干部群众昼夜坚守。",
			[]retrieval.Term{term("cadres", "干部")}, "more than 2,000 cadres (2000余名)"},
		{"km", "How many kilometres of rural roads were repaired?", "维修改造农村公路157公里。",
			[]retrieval.Term{term("rural roads", "农村公路")}, "rural roads 157 km (157公里)"},
		{"square metres", "How much floor area in square metres was renovated?", "实现老旧小区综合整治156万平方米。",
			[]retrieval.Term{term("old residential compounds", "老旧小区")}, "old residential compounds 1.56 million square metres (156万平方米)"},
		{"tonnes", "How many tonnes of grain were produced?", "粮食总产量6.8万吨。",
			[]retrieval.Term{term("grain", "粮食")}, "grain 68,000 tonnes (6.8万吨)"},
		{"households", "How many households benefited?", "改造老旧小区108个,惠及居民7178户。",
			[]retrieval.Term{term("households", "户")}, "7,178 households (7178户)"},
		{"enterprises", "How many enterprises were brought in?", "年内新引进企业10家。",
			[]retrieval.Term{term("enterprises", "企业")}, "10 enterprises (10家)"},
		{"projects of a target, strive for", "How many projects will start construction?", "全年力争新开工项目80项、竣工项目70项以上。",
			[]retrieval.Term{term("projects", "项目"), term("start construction", "新开工")}, "strive for 80 projects (80项)"},
		{"rank with its scope", "Where did the district rank in the province?", "综合评分全市第一、全省第十。",
			[]retrieval.Term{term("province", "全省")}, "first (全市第一), tenth (全省第十)"},
		{"first place", "What place did the town rank?", "在全市考核中获评第一名。",
			[]retrieval.Term{term("assessment", "考核")}, "first place (第一名)"},
		{"a decline", "By how much did traffic accidents fall?", "交通事故起数下降25%。",
			[]retrieval.Term{term("traffic accidents", "交通事故")}, "traffic accidents down 25% (下降25%)"},
		{"about", "What is the GDP growth rate?", "地区生产总值增长5%左右。",
			[]retrieval.Term{term("GDP", "地区生产总值")}, "GDP up about 5% (增长5%左右)"},
		{"percentage points", "By how many percentage points did the rate rise?", "满意率提升3.6个百分点。",
			[]retrieval.Term{term("satisfaction rate", "满意率")}, "satisfaction rate up 3.6 percentage points (提升3.6个百分点)"},
		{"aim with a growth rate", "What growth in operating income is the town aiming for?", "力争经营性收入增幅15%以上。",
			[]retrieval.Term{term("operating income", "经营性收入")}, "strive for operating income growth of more than 15% (增幅15%以上)"},
		{"near qualifier", "How many market entities does the district aim to have?", "力争市场主体规模突破3.1万户。",
			[]retrieval.Term{term("market entities", "市场主体")}, "strive for more than 31,000 market entities (突破3.1万户)"},
		{"a bare count and its measure word", "How many rounds of nucleic acid testing were done?", "完成区域核酸检测98轮。",
			[]retrieval.Term{term("nucleic acid testing", "核酸检测"), {From: "rounds", Variants: []string{"一轮"}, Weight: 0.02}},
			"nucleic acid testing 98 rounds (98轮)"},
		{"metres, about", "How many meters of parking lines were painted?", "施划停车线约7万米。",
			[]retrieval.Term{term("parking lines", "停车线")}, "parking lines about 70,000 metres (约7万米)"},
		{"a cut, by how much", "By how much were the three public expenses cut?", "“三公”经费缩减1.8%。",
			[]retrieval.Term{term("three public expenses", "三公")}, "three public expenses down 1.8% (缩减1.8%)"},
		{"times", "How many times was the flood emergency response activated?", "启动洪涝灾害Ⅳ级应急响应5次。",
			[]retrieval.Term{term("emergency response", "应急响应")}, "emergency response 5 times (5次)"},
		{"a possessive noun", "How many martyrs' tombs were repaired?", "修缮烈士墓9座。",
			[]retrieval.Term{term("martyrs", "烈士")}, "9 martyrs' tombs (9座)"},
		{"how much of a thing in its own unit", "How much sorghum did the town plant?", "高粱种植1000亩。",
			[]retrieval.Term{term("sorghum", "高粱")}, "sorghum 1,000 mu (1000亩)"},
		{"the clause beside names it", "What percentage of residents joined the medical insurance scheme?", "城乡居民养老保险参保人数21865人,完成90%以上,城乡居民医保参保47369人,参保率94.5%;",
			[]retrieval.Term{term("residents", "居民"), term("medical insurance", "医保")}, "94.5%"},
		{"two asks", "How many compounds will be renovated, and how many households will benefit?", "改造提升老旧小区108个,惠及居民7178户。",
			[]retrieval.Term{term("compounds", "小区"), term("households", "居民")}, "108 compounds (108个), 7,178 households (7178户)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			figs := quoteFigures(a, tt.quote)
			got := enFiguresLine("Shengze town (盛泽镇)", "", figs, tt.quote)
			if want := "Shengze town (盛泽镇): " + tt.want; got != want {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

// TestQuoteFiguresNone: a question that asks for no figure, or a quote with none of the asked
// kind (a count of something else than the noun asked about), states none.
func TestQuoteFiguresNone(t *testing.T) {
	for _, tt := range []struct {
		q, quote string
		terms    []retrieval.Term
	}{
		{"What does the town say about rural revitalization?", "乡村振兴成效显著,新建道路12公里。", []retrieval.Term{term("rural revitalization", "乡村振兴")}},
		{"How many elderly residents got health check-ups?", "新建综合养老服务中心3处。", []retrieval.Term{term("elderly residents", "老年人"), term("health check-ups", "体检")}},
		{"How much revenue did the town collect?", "新建综合养老服务中心3处。", []retrieval.Term{term("revenue", "收入")}},
		{"How much did the district spend on people's livelihoods?", "进出口总额再创历史新高,达到1.65万亿元,占全市50%。", []retrieval.Term{term("people's livelihood", "民生"), term("spending", "支出")}},
		{"How many tourists visited the town?", "敏灶、官城、小白鹭3个村启动创建宁德金牌旅游村。", []retrieval.Term{term("tourists", "游客")}},
		{"How many fashion designers does the town want?", "直播观看人次突破4000万。", []retrieval.Term{term("fashion", "时尚")}},
		{"What kinds of corn does the town grow?", "玉米种植面积增长9%。", []retrieval.Term{term("corn", "玉米")}},
	} {
		if figs := quoteFigures(enPlan(tt.q, tt.terms...), tt.quote); len(figs) > 0 {
			t.Errorf("%s / %s: figures %v, want none", tt.q, tt.quote, figs)
		}
	}
}

func TestFrames(t *testing.T) {
	r := corpus.Report{Year: 2023, ReviewYear: 2022, PlanYear: 2023}
	for _, tt := range []struct {
		sentence string
		section  []string
		en, zh   string
	}{
		{"固定资产投资完成55亿元。", []string{"一、2022年工作回顾"}, "2022 result", "2022年实绩"},
		{"力争工业投资47亿元。", []string{"二、2023年工作安排"}, "2023 target", "2023年目标"},
		{"工业投资47亿元。", nil, "", ""},
	} {
		k, y := figureFrame(tt.sentence, tt.section, r)
		if got := enFrame(k, y); got != tt.en {
			t.Errorf("enFrame(%s, %v) = %q, want %q", tt.sentence, tt.section, got, tt.en)
		}
		if got := zhFrame(k, y); got != tt.zh {
			t.Errorf("zhFrame(%s, %v) = %q, want %q", tt.sentence, tt.section, got, tt.zh)
		}
	}
}

func TestZhFiguresLine(t *testing.T) {
	a := retrieval.Plan{Question: "柳州这个区去年投入多少钱实施了几个老旧小区改造项目?", Lang: "zh",
		Terms: []retrieval.Term{term("老旧小区改造项目", "老旧小区改造项目")}}
	a.Norm = a.Question
	quote := "投资5470万元实施老旧小区改造项目9个,惠及居民2104户;"
	got := zhFiguresLine("2022年实绩", quoteFigures(a, quote), quote)
	if want := "投资5470万元,实施老旧小区改造项目9个(2022年实绩)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestSharesWord(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"village", "165 village grid workers", true},
		{"elderly care", "3 comprehensive elderly-care service centres", true},
		{"nucleic acid testing", "98 rounds", false},
		{"project", "107 projects", true},
	} {
		if got := sharesWord(tt.a, tt.b); got != tt.want {
			t.Errorf("sharesWord(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}
