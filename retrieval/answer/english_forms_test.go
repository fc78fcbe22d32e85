package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// TestQuestionFigureForms: the question forms an analyst types that ask for a figure without
// "how much/how many" or a unit word: a telegraphic question, a goal, "did … hit its goal",
// money named by what it is for (subsidy, relief, assistance), an area in any unit, and a
// "how much" that asks an amount, not a count.
func TestQuestionFigureForms(t *testing.T) {
	tests := []struct {
		q            string
		asks         bool
		dim          string
		area, amount bool
	}{
		{"Shengze jobs last yr?", true, "", false, false},
		{"daixi relief funds paid out last yr?", true, num.DimCNY, false, false},
		{"Rural revitalization in Lili?", false, "", false, false}, // a topic
		{"What's the district's goal for affordable kindergarten coverage?", true, num.DimPct, false, false},
		{"Did the district hit its urban jobs goal last year?", true, "", false, false},
		{"How much subsidy did the town's first batch of projects receive?", true, num.DimCNY, false, true},
		{"How much medical assistance did the town give out?", true, num.DimCNY, false, true},
		{"How much illegal building floor area was torn down?", true, "", true, true},
		{"How big an area of netting was removed?", true, "", true, false},
		{"How much rubbish did the town clear?", true, "", false, true},
		{"By how much did fires drop?", true, num.DimPct, false, false},
		{"What does Lili say about tourism?", false, "", false, false},
		{"huigou start-up loans", true, num.DimCNY, false, false},
		{"Qidu trees planted", true, "", false, false},
		{"Liuzhou district school places planned this year", true, "", false, false},
		{"What did Shengze spend on relief?", true, num.DimCNY, false, false},
		{"Did Shengze's wholesale grow?", true, num.DimPct, false, false},
		{"give me the district's fire numbers", true, "", false, false},
		{"What did the town do for rural revitalization?", false, "", false, false},
		{"What fraction of the district's budget went on livelihoods?", true, num.DimPct, false, false},
		{"What's the plan for new high-standard farmland this year?", true, "", false, false},
		{"what's the town putting into the health centre building?", true, num.DimCNY, false, false},
		{"did the district finish any grain storage buildings in 2023?", true, "", false, false},
		{"Did the district mention any tourism plans?", false, "", false, false},
		{"What's the coverage of affordable kindergartens the district is aiming for?", true, num.DimPct, false, false},
		{"Can you tell me daixi relief funds paid out last yr?", true, num.DimCNY, false, false},
		{"quick one - what's the plan for the town's major project investment this year?", true, num.DimCNY, false, false},
		{"Can you tell me about tourism in Lili?", false, "", false, false},
		{"regional HQs of multinationals in the district now?", true, "", false, false},
		{"Qidu parks built so far?", true, "", false, false},
	}
	for _, tt := range tests {
		w := questionFigure(enPlan(tt.q))
		if w.asks != tt.asks || w.dim != tt.dim || w.area != tt.area || w.amount != tt.amount {
			t.Errorf("questionFigure(%q) = %+v, want asks %v dim %q area %v amount %v", tt.q, w, tt.asks, tt.dim, tt.area, tt.amount)
		}
	}
}

// TestQuoteFiguresAmount: the figure an amount question asks for among the counts and other
// amounts of its sentence.
func TestQuoteFiguresAmount(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string
	}{
		{"how much: money, not the people helped", "How much medical assistance did the town give?", "共计医疗救助52人8.6万元,门诊服务900人次。",
			[]retrieval.Term{term("medical assistance", "医疗救助")}, "medical assistance 86,000 yuan (8.6万元)"},
		{"how much subsidy: money, not households", "How much subsidy did the first batch receive?", "第一批项目涉及120户受益,补助资金30.5万元。",
			[]retrieval.Term{term("subsidy", "补助")}, "subsidy 305,000 yuan (30.5万元)"},
		{"how much put into: money, not the projects", "How much did the district put into park infrastructure?", "补齐园区基础设施短板,全年投入1.5亿元,建设供热等4项工程。",
			[]retrieval.Term{term("park", "园区"), term("infrastructure", "基础设施")}, "150 million yuan (1.5亿元)"},
		{"floor area: the area, not the households", "How much illegal building floor area was torn down?", "拆除违法建设300户,拆除面积约9万平方米。",
			[]retrieval.Term{term("illegal building", "违法建设")}, "about 90,000 square metres (约9万平方米)"},
		{"a generic word weighs little: relief money", "How much relief money was paid out?", "发放各类救助金5000万元、支出慈善资金600万元。",
			[]retrieval.Term{term("relief", "救助"), term("money", "资金")}, "relief 50 million yuan (5000万元)"},
		{"money in dollars", "How much foreign capital was used?", "实际利用外资达到5.2亿美元,增长10%;",
			[]retrieval.Term{term("foreign capital", "利用外资")}, "foreign capital US$520 million (5.2亿美元), up 10% (增长10%)"},
		{"a goal for a rate", "What's the district's goal for kindergarten coverage?", "新建2所中小学,普惠性幼儿园覆盖率达到85%以上。",
			[]retrieval.Term{term("kindergarten", "幼儿园"), term("coverage", "覆盖率")}, "coverage more than 85% (85%以上)"},
		{"a verb label as its noun", "How much will the town invest in major projects this year?", "力争年度投资超80亿元。",
			[]retrieval.Term{term("invest", "投资")}, "strive for investment more than 8 billion yuan (超80亿元)"},
		{"a rate in its own clause, labelled by the clause before", "Did the town's wholesale grow?", "限额以上批发额4880亿元,增长4.56%;",
			[]retrieval.Term{term("wholesale", "批发")}, "wholesale up 4.56% (增长4.56%)"},
		{"a verb on the things counted is no change", "How many villages will get tree planting?", "提升15个村庄绿化。",
			[]retrieval.Term{term("tree planting", "绿化")}, "15 villages (15个村)"},
		{"a count of another noun never answers how much", "How much grain did the district produce?", "粮食仓储标准厂房等85个项目竣工投产。",
			[]retrieval.Term{term("grain", "粮食")}, ""},
		{"a noun of no known class leaves a count of a class asked after it", "How many old compounds will be renovated and how many households benefit?",
			"改造提升老旧小区108个,惠及居民7178户。", []retrieval.Term{term("renovate", "改造"), term("households", "户")}, "108 old compounds (108个), 7,178 households (7178户)"},
		{"a count whose unit is the asked head states the unit", "How many disabled households get barrier-free retrofits?", "完成贫困残疾人家庭无障碍改造150户;",
			[]retrieval.Term{term("disabled", "残疾人"), term("households", "家庭")}, "150 households (150户)"},
		{"a place name is no part of the noun counted", "How many Shengze households had their gas cylinders taken away?", "收回燃气瓶1350户。",
			[]retrieval.Term{term("gas", "燃气")}, "1,350 households (1350户)"},
		{"a change from one figure to another", "How much did the industrial share of GDP rise?", "工业增加值占地区生产总值比重由20.5%提升至30.1%,结构优化。",
			[]retrieval.Term{term("gdp", "地区生产总值")}, "GDP up from 20.5% to 30.1% (由20.5%提升至30.1%)"},
		{"a change down to a figure, the end asked", "What share did the rate fall to?", "亏损面从12%下降到8%。",
			[]retrieval.Term{term("rate", "亏损面")}, "rate down from 12% to 8% (从12%下降到8%)"},
		{"a rate per day", "How much sludge a day can the centre handle?", "75吨/日污泥减量化处置中心建成运行。",
			[]retrieval.Term{term("sludge", "污泥")}, "sludge 75 tonnes a day (75吨/日)"},
		{"a label as the question writes it", "How much did the town's cross-border e-commerce platform export?", "跨境电商综合服务平台申报出口总金额超4.3亿美元。",
			[]retrieval.Term{term("cross border e commerce", "跨境电商")}, "cross-border e-commerce more than US$430 million (超4.3亿美元)"},
		{"a singular glossary term names the plural head", "How many museums will the district add?", "新增10家博物馆、2家城市书房。",
			[]retrieval.Term{term("museum", "博物馆")}, "10 museums (10家)"},
		{"one of a plural noun", "How many new listed companies did the town add?", "新增上市公司1家、北交所过会企业1家。",
			[]retrieval.Term{term("listed companies", "上市公司")}, "1 new listed company (1家)"},
		{"a count naming another noun answers no noun of no known class", "How many years in a row has the harvest grown?", "粮食仓储等85个项目竣工投产。",
			[]retrieval.Term{term("harvest", "粮食")}, ""},
		{"a bare count of the label's noun, written in the plural", "lili talent projects 2023 target", "力争全年落户人才项目100个以上。",
			[]retrieval.Term{term("talent", "人才"), term("project", "项目")}, "strive for more than 100 projects (100个以上)"},
		{"how long: a duration", "How long had the rebuild been stalled before it restarted?", "时隔18年重新启动旧城区改建项目,签约率30天达到100%。",
			[]retrieval.Term{term("rebuild", "改建")}, "rebuild 18 years (18年)"},
		{"how long: months", "How long will the renovation take?", "改造工程计划用3个月完成,涉及120户。",
			[]retrieval.Term{term("renovation", "改造")}, "renovation 3 months (3个月)"},
		{"how long: a length, not a count", "How long is the new road?", "新建道路6公里,整治点位1949处。",
			[]retrieval.Term{term("road", "道路")}, "road 6 km (6公里)"},
		{"per thousand people: the figure written per something", "How many childcare places per thousand people does the district have?",
			"增加普惠托育托位,现有托位数948个,达到每千人3.95个托位。", []retrieval.Term{term("childcare", "托育")}, "3.95 childcare places per 1,000 people (每千人3.95个)"},
		{"a telegraphic question", "town relief funds paid out last yr?", "按时发放各类救助资金2100万元。",
			[]retrieval.Term{term("relief", "救助"), term("funds", "资金")}, "relief 21 million yuan (2100万元)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := quoteFigures(enPlan(tt.q, tt.terms...), tt.quote)
			got := enFiguresLine("Shengze town (盛泽镇)", "", figs, tt.quote)
			if want := "Shengze town (盛泽镇): " + tt.want; got != want {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

// TestHeadNounPluralVerb: a plural noun followed by a word that is no plural ends the phrase.
func TestHeadNounPluralVerb(t *testing.T) {
	for words, want := range map[string]string{"households benefit": "households", "sewage outlets": "sewage outlets",
		"sports venues": "sports venues", "business incubators": "business incubators",
		"new listed companies did the town add": "new listed companies", "enterprises newly registered": "enterprises",
		"poor disabled families' homes will the district make barrier-free": "poor disabled families' homes"} { // a participle before a possessive
		if _, got := headNoun(words); got != want {
			t.Errorf("headNoun(%q) = %q, want %q", words, got, want)
		}
	}
}

// TestQuoteFiguresCountsOnly: "how much" over a sentence of counts alone still states the count.
func TestQuoteFiguresCountsOnly(t *testing.T) {
	a := enPlan("How much housing did the district complete?", term("housing", "住房"))
	if figs := quoteFigures(a, "竣工各类保障性住房1.6万套。"); len(figs) != 1 || figs[0].v.Amount() != 16000 {
		t.Errorf("figures %+v, want 1.6万套", figs)
	}
}

// TestWordingBefore: a label names what a figure counts only when its wording stands right
// before it (人才项目100个), not a few words away (公园式村庄6个).
func TestWordingBefore(t *testing.T) {
	a := enPlan("q", term("projects", "项目"), term("parks", "公园"))
	for text, want := range map[string]bool{"力争全年落户人才项目": true, "托位数达到": false, "公园式村庄": false, "现有项目数": true} {
		label := "projects"
		if text == "公园式村庄" {
			label = "parks"
		}
		if got := wordingBefore(a, label, text); got != want {
			t.Errorf("wordingBefore(%q, %q) = %v, want %v", label, text, got, want)
		}
	}
}

// TestHeadNounPluralModifier: a modifier that looks plural ("grassroots") does not end the
// noun phrase when a plural head follows it before the verb.
func TestHeadNounPluralModifier(t *testing.T) {
	for words, want := range map[string]string{
		"model grassroots cultural service centres did Qidu upgrade": "model grassroots cultural service centres",
		"households benefit from the subsidy":                        "households",
		"sports venues were built":                                   "sports venues",
	} {
		if _, got := headNoun(words); got != want {
			t.Errorf("headNoun(%q) = %q, want %q", words, got, want)
		}
	}
}

// TestHeadNounLyAdjective: an adjective in -ly is no adverb: the noun phrase runs past it
// ("comprehensive elderly care centres" had ended at "comprehensive", and the English line
// said "3 comprehensive"), while an adverb still ends it ("enterprises newly registered").
func TestHeadNounLyAdjective(t *testing.T) {
	for words, want := range map[string]string{
		"comprehensive elderly care centres does qidu plan": "comprehensive elderly care centres",
		"daily necessities stores were opened":              "daily necessities stores",
		"enterprises newly registered":                      "enterprises",
	} {
		if _, got := headNoun(words); got != want {
			t.Errorf("headNoun(%q) = %q, want %q", words, got, want)
		}
	}
}
