package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// TestEnFiguresLineAsked pins which figure of a quote with several answers an English question,
// and how it is stated: jobs counted in people, the amount of a "how much" beside the count of
// a "how many", nouns in -ing (charging ports), adverbs that end the noun, a count of a word of
// the noun phrase, units num does not read, what-was and how-long questions, "where did … place".
func TestEnFiguresLineAsked(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string // the figures after "Label: "
	}{
		{"jobs counted in people", "How many jobs did entrepreneurship support generate?",
			"扶持4000余人创业,带动就业2万余人,零就业家庭动态为零。",
			[]retrieval.Term{term("jobs", "就业"), term("entrepreneurship", "创业")}, "more than 20,000 people (2万余人)"},
		{"an amount beside a count", "How much did the town invest in its rural makeover projects, and how many projects were there?",
			"投入250万元实施8个乡村蝶变项目,改造一批基础设施工程。",
			[]retrieval.Term{term("invest", "投入"), term("projects", "项目")}, "investment 2.5 million yuan (250万元), 8 projects (8个)"},
		{"a noun in -ing", "How many e-bike charging ports were added?", "新建电动自行车充电接口7.2万个,占全市20%。",
			[]retrieval.Term{term("e-bike", "电动自行车"), term("charging ports", "充电接口")}, "72,000 e-bike charging ports (7.2万个)"},
		{"an adverb ends the noun", "How many enterprises newly registered copyrights?", "挖掘培育5家规上文化企业,新增版权登记企业34家。",
			[]retrieval.Term{term("enterprises", "企业"), term("copyrights", "版权")}, "34 enterprises (34家)"},
		{"a count of a word of the noun phrase", "How many villages' land consolidation projects will be finished?",
			"加快完成水生、岙口等5个村土地整理项目。",
			[]retrieval.Term{term("villages", "村"), term("land", "土地"), term("projects", "项目")}, "5 villages (5个村)"},
		{"cubic metres in Latin letters", "How much rubbish was cleared?", "排查整改问题1900条次,清理垃圾1.2万m³。",
			[]retrieval.Term{term("rubbish", "垃圾")}, "rubbish 12,000 cubic metres (1.2万m³)"},
		{"what were … sales", "What were the town's industrial invoiced sales last year?", "工业开票销售1250亿元,增长5.4%;",
			[]retrieval.Term{term("industrial", "工业"), term("invoiced sales", "开票销售")},
			"invoiced sales 125 billion yuan (1250亿元), up 5.4% (增长5.4%)"},
		{"what scale, a bare 亿", "What scale has the equipment manufacturing sector reached?", "主导产业雁阵发展,装备制造业突破300亿能级。",
			[]retrieval.Term{term("equipment manufacturing", "装备制造")}, "equipment manufacturing more than 30 billion scale (突破300亿能级)"},
		{"how long", "How long is the culture street block?", "全新打造全长0.8公里的特色齐文化街区“西寺中街”。",
			[]retrieval.Term{term("street block", "街区")}, "street block 0.8 km (0.8公里)"},
		{"respectively, the second item", "By how much did deaths from work-safety accidents fall?", "生产安全事故起数、死亡人数分别下降23.5%、30.4%。",
			[]retrieval.Term{term("deaths", "死亡"), term("work-safety accidents", "生产安全事故")}, "deaths down 30.4% (30.4%)"},
		{"respectively, the first item", "By how much did the number of work-safety accidents fall?", "生产安全事故起数、死亡人数分别下降23.5%、30.4%。",
			[]retrieval.Term{term("work-safety accidents", "生产安全事故"), term("number", "起数")}, "work-safety accidents down 23.5% (下降23.5%)"},
		{"the noun phrase after a generic count", "How many rural sewage treatment facilities are run by third parties?",
			"加快推进228个农村生活污水处理设施第三方运营,继续做好农村“厕所革命”。",
			[]retrieval.Term{term("rural sewage", "农村生活污水"), {From: "facilities", Variants: []string{"设施", "设备"}, Weight: 0.62}, term("third parties", "第三方")},
			"228 rural sewage treatment facilities (228个)"},
		{"where did it place", "Where did the pepper cooperative place among the top 500 cooperatives?",
			"皇马甜椒专业合作社荣获2023年中国农民合作社500强第16名。",
			[]retrieval.Term{term("cooperative", "合作社")}, "16th place (第16名)"},
		{"a label names the figure, not the time frame", "How big is the planned floor area of the hospital branch?",
			"推进总规划面积8340m2的中医医院分院建设进度。",
			[]retrieval.Term{{From: "planned", Variants: []string{"规划"}, Weight: 1}, term("hospital", "医院")}, "hospital 8,340 square metres (8340m2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			got := enFiguresLine("Label", "", quoteFigures(a, tt.quote), tt.quote)
			if want := "Label: " + tt.want; got != want {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

// TestFiguresFrameTargetCueInPlan: a sentence of a plan section with a target cue states a
// target, although 同比 alone reads as a result.
func TestFiguresFrameTargetCueInPlan(t *testing.T) {
	r := corpus.Report{Year: 2023, ReviewYear: 2022, PlanYear: 2023}
	quote := "以“产品、口碑、市场”为目标,实现纺博会采购商人数和意向交易额同比增长10%。"
	a := enPlan("By how much should the expo's transaction value grow?", term("transaction", "交易"))
	figs := quoteFigures(a, quote)
	if len(figs) == 0 {
		t.Fatal("no figure")
	}
	k, y := figuresFrame(figs, quote, []string{"二、2023年工作安排"}, r)
	if got := enFrame(k, y); got != "2023 target" {
		t.Errorf("frame %q, want 2023 target", got)
	}
	review := "实现交易额同比增长10%。"
	if k, y := figuresFrame(quoteFigures(a, review), review, []string{"一、2022年工作回顾"}, r); enFrame(k, y) != "2022 result" {
		t.Errorf("review frame %q, want 2022 result", enFrame(k, y))
	}
}

// TestEnglishFigureAnswersOnCorpus: English lookups on the bundled corpus state the figure in
// English on their first line: a sum spent on projects is not the fixed-asset investment
// indicator, "want" asks a target, "Jan-Sep" is no place, a short form (纺博会) grounds its
// wording, an untranslated word between two translated ones is held by the characters between
// their renderings (土地整理项目).
func TestEnglishFigureAnswersOnCorpus(t *testing.T) {
	lex := corpusLexicon(t)
	for _, tt := range []struct{ q, first string }{
		{"How much investment does Lili plan to complete on its 27 district-level-and-above key projects this year?", "8.6 billion yuan (86亿元)"},
		{"How many high-tech enterprises does Lili town want to have by the end of this year?", "about 250 enterprises (250家左右)"},
		{"What fixed-asset investment figure did Huigou town report for Jan-Sep?", "17.65 million yuan (1765万元)"},
		{"By how much does Shengze want the textile expo's intended transaction value to grow this year?", "2023 target: transaction up 10%"},
		{"How many villages' land consolidation projects is Shacheng supposed to finish?", "5 villages (5个村)"},
		{"What was average PM2.5 in the Beijing district (the Winter Olympics host district) last year?", "31 μg/m³"},
		{"Roughly how many jobs did entrepreneurship support generate in the Panjin district last year?", "more than 20,000"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans := askWith(t, tt.q, lex)
			if !ans.Grounded {
				t.Fatalf("not grounded: %s", ans.Text)
			}
			first, _, _ := strings.Cut(ans.Text, "\n")
			if outside := reQuotedText.ReplaceAllString(first, ""); !strings.Contains(outside, tt.first) {
				t.Errorf("first line %q lacks %q", first, tt.first)
			}
			if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
				t.Errorf("the answer fails its own verification: %v\n%s", probs, ans.Text)
			}
		})
	}
}

// TestNoFigureDeclines: a question for a figure of a thing no passage states a figure of is
// declined, saying what is missing, in the question's language. A count next to a lexicon's
// guess at a word of the question ("visited" → 人次 beside 61人次 of insurance subsidies) does
// not count the asked noun.
func TestNoFigureDeclines(t *testing.T) {
	lex := corpusLexicon(t)
	for q, want := range map[string]string{
		"How many tourists visited Daixi in 2023?": "gives no number of tourists",
		"What is the population of Daixi town?":    "gives no figure for the population",
		"北京那个区的人口有多少?":                             "没有给出人口的数字",
	} {
		ans := askWith(t, q, lex)
		if ans.Grounded || !strings.Contains(ans.Text, want) {
			t.Errorf("%q: grounded %v, %q lacks %q", q, ans.Grounded, ans.Text, want)
		}
	}
}

// TestZhFiguresLineSharedVerb: the verb a list of items shares (慰问…、…、…军人175人) ties the
// figure of the last item to the question.
func TestZhFiguresLineSharedVerb(t *testing.T) {
	a := retrieval.Plan{Question: "沙埕镇慰问了多少名退役军人?", Lang: "zh", Terms: []retrieval.Term{term("慰问", "慰问"), term("退役军人", "退役军人")}}
	a.Norm = a.Question
	quote := "进一步做好优抚安置和双拥工作,全年慰问革命伤残军人、老复员军人、参战退伍军人175人。"
	if got := zhFiguresLine("", quoteFigures(a, quote), quote); !strings.Contains(got, "175人") {
		t.Errorf("got %q, want the 175人", got)
	}
}

// TestFigureOfNounModifier: of two counts each beside one lexicon word of the question, the one
// beside a word of the asked noun phrase (水域 for the water of "risky water spots") is chosen
// over one beside a word outside it (主体 for the part of "as part of").
func TestFigureOfNounModifier(t *testing.T) {
	a := retrieval.Plan{Lang: "en", Question: "How many risky water spots did Huigou check as part of drowning prevention?",
		Norm: "how many risky water spots did huigou check as part of drowning prevention?", Terms: []retrieval.Term{
			{From: "drowning", Variants: []string{"防溺水", "溺水"}, Weight: 1},
			{From: "water", Variants: []string{"水域", "水"}, Weight: 0.21, Lexical: []float64{0.1, 0.1}},
			{From: "part", Variants: []string{"部分", "主体"}, Weight: 0.22, Lexical: []float64{0.1, 0.1}},
		}}
	quote := "对146家食品生产经营主体进行分级包保;深化防溺水宣传教育,实施网格化包保,排查危险水域254处,建立应急联动机制。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || quote[figs[0].v.Start:figs[0].v.End] != "254处" {
		var got []string
		for _, f := range figs {
			got = append(got, quote[f.v.Start:f.v.End])
		}
		t.Errorf("figures %v, want 254处", got)
	}
	if nounWord("risky water spots", "part") || !nounWord("risky water spots", "water") || nounWord("spots", "spots") {
		t.Errorf("nounWord: want water only")
	}
}
