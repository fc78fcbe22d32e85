package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// TestMeasureAsked: a "what …" question's measure with its own words ("operating income")
// outweighs the words that only say whose it is (village, collectives), in the figure chosen
// and in the fact rows accepted as the answer; a measure right after "what" asks a figure.
func TestMeasureAsked(t *testing.T) {
	a := enPlan("What was the operating income of the town's village collectives last year?",
		term("operating income", "经营性收入"), term("village", "村"), term("collectives", "集体"))
	quote := "全镇8个村实现村级集体经济收入1529万元,其中经营性收入683万元,实现经营性收入增幅19%。"
	figs := quoteFigures(a, quote)
	if len(figs) == 0 || figs[0].original(quote) != "683万元" {
		t.Errorf("figures %+v: want 683万元 first", figs)
	}
	row := corpus.Fact{Indicator: "村级集体经济收入", Wording: "村级集体经济收入", Kind: corpus.KindActual}
	if factAsked(a, row) {
		t.Errorf("a row of 村级集体经济收入 answers a question about operating income (经营性收入)")
	}
	if !questionFigure(enPlan("What annual investment is the district aiming to complete on its projects?")).asks {
		t.Errorf("\"what annual investment is …\" asks no figure")
	}
	if questionFigure(enPlan("What investment projects did the district start?")).asks {
		t.Errorf("\"what investment projects did …\" asks a figure")
	}
	if questionFigure(enPlan("What area of work will Lili town focus on this year?")).asks {
		t.Errorf("\"what area of work …\" asks a figure")
	}
	if !questionFigure(enPlan("What area of farmland did Daixi bring back into use?")).asks {
		t.Errorf("\"what area of farmland …\" asks no figure")
	}
}

// TestRestatedCountSkipped: a count the question states itself ("its 10 … projects") is not
// the answer to "how much is … putting into" them.
func TestRestatedCountSkipped(t *testing.T) {
	a := enPlan("How much is the town putting into its 10 rural tourism projects?",
		term("rural tourism", "乡村旅游"), term("project", "项目"))
	a.Numbers = []retrieval.Number{{Text: "10", Value: 10}}
	quote := "积极谋划推进投资4000万元的10个休闲农业与乡村旅游项目。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].original(quote) != "4000万元" {
		var got []string
		for _, f := range figs {
			got = append(got, f.original(quote))
		}
		t.Errorf("figures %s: want 4000万元 only", strings.Join(got, ", "))
	}
}

// TestUnitAskedOwnUnit: for "how many hectares of land", the figure in hectares next to the
// land is the answer, not the one after it whose only tie is the unit of the figure before.
func TestUnitAskedOwnUnit(t *testing.T) {
	a := enPlan("How many hectares of land did the district vacate through demolition?",
		term("land", "土地"), term("demolition", "拆除"), term("hectares", "公顷"))
	quote := "开展拆违攻坚行动,拆除并实现“场清地净”141万平方米、腾退土地129公顷,留白增绿74公顷。"
	figs := quoteFigures(a, quote)
	if len(figs) == 0 || figs[0].original(quote) != "129公顷" {
		var got []string
		for _, f := range figs {
			got = append(got, f.original(quote))
		}
		t.Errorf("figures %s: want 129公顷", strings.Join(got, ", "))
	}
}

// TestPersonTimesNotPeople: a bare number after 人次 answers "how many people" as person-times,
// not as people.
func TestPersonTimesNotPeople(t *testing.T) {
	a := enPlan("How many people watched the fashion week livestream?", term("livestream", "直播"), term("fashion", "时尚"))
	quote := "时尚周全球同步直播观看人次突破4000万,盛泽成为中国时尚指数永久发布地。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].original(quote) != "突破4000万" || figs[0].noun != "person-times" {
		t.Fatalf("figures %+v: want 突破4000万 as person-times", figs)
	}
}

// TestBatchCounts: a number in digits before 期 or 批 counts issues or batches and answers a
// how-many question; a phase (二期, 3期工程) or 第一批 is no count.
func TestBatchCounts(t *testing.T) {
	a := enPlan("How many bulletins did the town publish?", term("bulletins", "通报"))
	quote := "以通报亮晒等形式,激励干部担当作为,全年共发布各类通报26期。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].english(quote) != "bulletins 26 issues (26期)" {
		t.Errorf("figures %+v: want bulletins 26 issues (26期)", figs)
	}
	for _, tt := range []struct {
		quote string
		want  bool
	}{{"发布各类通报26期。", true}, {"分3批实施。", true}, {"推进3期工程建设。", false}, {"实验学校二期竣工。", false}, {"第1批名单。", false}} {
		vs := quoteValues(tt.quote)
		if got := len(vs) == 1 && batchCount(tt.quote, vs[0]); got != tt.want {
			t.Errorf("batchCount(%s) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

// TestCountAndWhatMoney: "how many and what total investment?" asks the count and the money;
// the English line states both.
func TestCountAndWhatMoney(t *testing.T) {
	a := enPlan("The town's key projects last year: how many and what total investment?", term("key projects", "重点项目"))
	quote := "总投资376.29亿元的39个区级以上重点项目基本完成年度投资计划。"
	var got []string
	for _, f := range quoteFigures(a, quote) {
		got = append(got, f.original(quote))
	}
	if strings.Join(got, " ") != "376.29亿元 39个" {
		t.Errorf("figures %v: want 376.29亿元 and 39个", got)
	}
	if figs := quoteFigures(a, quote); len(figs) == 0 || !strings.HasPrefix(figs[0].english(quote), "total investment 37.629 billion yuan") {
		t.Errorf("figures %+v: want the money labelled total investment", figs)
	}
	if _, ok := amountAsk("how many projects, and what is their total cost?", wantFigure{asks: true, dim: "count"}); !ok {
		t.Errorf("no money asked after the count")
	}
	if _, ok := amountAsk("what investment projects started, and how many?", wantFigure{asks: true, dim: "count"}); ok {
		t.Errorf("money asked before the count")
	}
}

// TestModifierBeforeCount: a generic count right after the wording of a modifier of the asked
// noun (巡逻队伍49个 for "patrol teams") counts that noun, and the line names it; a count
// further from it does not.
func TestModifierBeforeCount(t *testing.T) {
	a := enPlan("How many patrol teams did the town form?", retrieval.Term{From: "patrol", Variants: []string{"巡逻队", "巡逻"}, Weight: 0.27},
		retrieval.Term{From: "teams", Variants: []string{"团队"}, Weight: 0.33})
	quote := "设立卡点46个,组建巡逻队伍49个,组织完成9次全员核酸采样。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].english(quote) != "49 patrol teams (49个)" {
		t.Errorf("figures %+v: want 49 patrol teams (49个)", figs)
	}
	vs := quoteValues(quote)
	if modifierBefore(a, quote, vs[0], "patrol teams") {
		t.Errorf("46个 read as patrol teams")
	}
	b := enPlan("How many nucleic acid sampling points were set up?", term("nucleic acid", "核酸"))
	q := "完成区域核酸检测98轮。"
	if modifierBefore(b, q, quoteValues(q)[0], "nucleic acid sampling points") {
		t.Errorf("98轮 read as sampling points")
	}
	// A modifier of several words, the words after it worded in characters no term rendered
	// (治理点); the 、-joined count before it and a count after 试点 are not the asked noun.
	c := enPlan("How many rural sewage treatment points did Shengze build?", term("rural sewage", "农村生活污水"),
		retrieval.Term{From: "build", Variants: []string{"建设", "新建", "建成"}, Weight: 0.5}, retrieval.Term{From: "treatment", Variants: []string{"待遇", "水处理"}, Weight: 0.2},
		retrieval.Term{From: "points", Variants: []string{"分点", "试点", "关键"}, Weight: 0.2})
	q = "建成生活污水处理提质增效达标区7个、农村生活污水治理点58个,改造完成老旧小区8个、无物业小区封闭化试点15个。"
	vs = quoteValues(q)
	if !modifierBefore(c, q, vs[1], "rural sewage treatment points") || modifierBefore(c, q, vs[0], "rural sewage treatment points") {
		t.Errorf("58个 not read as rural sewage treatment points, or 7个 read so")
	}
	if figs := quoteFigures(c, q); len(figs) != 1 || figs[0].v.Amount() != 58 {
		t.Errorf("figures %+v: want 58个", figs)
	}
	if wordsAfter("rural sewage treatment points", "rural sewage") != 1 || wordsAfter("patrol teams", "patrol") != 0 {
		t.Errorf("wordsAfter: want 1 and 0")
	}
}

// TestOtherNounCount: when the quote counts none of the asked noun of a known class, the count
// of the other thing the question names, at the asked stage, answers with its label; never for
// times or people.
func TestOtherNounCount(t *testing.T) {
	a := enPlan("How many old apartment buildings will finish installing elevators this year?", term("elevators", "电梯"), term("install", "加装"),
		term("apartment buildings", "公寓"))
	quote := "老旧小区综合整治项目开工15个、完工15个,老楼加装电梯开工50部、完工150部。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || figs[0].english(quote) != "elevators 150 (150部)" {
		t.Errorf("figures %+v: want elevators 150 (150部)", figs)
	}
	b := enPlan("How many villagers had elevators installed?", term("elevators", "电梯"), term("villagers", "村民"))
	if figs := quoteFigures(b, "加装电梯150部。"); len(figs) != 0 {
		t.Errorf("a count of elevators answers how many people: %+v", figs)
	}
}

// TestLatinUnitAsked: a figure in a Latin unit num leaves bare (2万m2) answers a count question
// asking that unit in words ("how many square metres"), not the counts of trees beside it.
func TestLatinUnitAsked(t *testing.T) {
	a := enPlan("How many square metres of ground-cover plants did Qidu plant?", term("square metre", "平方米"),
		term("ground cover plant", "地被植物"))
	quote := "绿化提升有序开展,栽植乔木2500余株,花灌木1.5万余株,地被植物2万m2,全域环境明显改善。"
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || !strings.HasPrefix(figs[0].english(quote), "20,000 square metres") {
		t.Errorf("figures %+v: want 20,000 square metres", figs)
	}
	if latinDim("square metres") != num.DimM2 || latinDim("cubic metres") != num.DimM3 || latinDim("") != "" {
		t.Errorf("latinDim: want m2, m3 and none")
	}
}
