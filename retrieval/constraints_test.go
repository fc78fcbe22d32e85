package retrieval_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

func search(t *testing.T, q string) (retrieval.Plan, retrieval.Result) {
	t.Helper()
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze(q, ix)
	res, err := ix.Search(context.Background(), p, 10)
	if err != nil {
		t.Fatal(err)
	}
	return p, res
}

// TestProfileFrameYears: report 1 reviews 2023 (预计2023年…) and sets targets for 明年; the
// others head both parts with 2023.
func TestProfileFrameYears(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, r := range ix.Reports {
		want := [2]int{2023, 2023}
		if r.Report == 1 {
			want = [2]int{2023, 2024}
		}
		if got := [2]int{r.ReviewYear, r.PlanYear}; got != want || r.Year != 2023 {
			t.Errorf("report %d (%s): review/plan years %v, year %d; want %v, 2023", r.Report, r.Entity, got, r.Year, want)
		}
	}
}

func TestTimeFrameInSentenceChoice(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How did the Panjin district's industrial value added change last year?", "规模以上工业增加值完成14.2亿元,同比下降26%"},
		{"What is the Panjin district's GDP growth target for 2024?", "地区生产总值增长7%以上"},
	}
	for _, tt := range tests {
		_, res := search(t, tt.q)
		if res.Best == nil || !strings.Contains(res.Best.Sentence, tt.want) {
			t.Errorf("%q: best sentence %v, want one with %q", tt.q, res.Best, tt.want)
		}
	}
	// A filter question about this year's projects quotes this year's plan.
	_, res := search(t, "黎里镇今年有哪些重点项目?")
	var quotes []string
	for _, e := range append(res.Topic, *res.Best) {
		quotes = append(quotes, e.Sentence)
	}
	if !strings.Contains(strings.Join(quotes, "\n"), "27个区级以上重点项目") {
		t.Errorf("黎里镇今年有哪些重点项目?: evidence %q, want this year's 27个区级以上重点项目", quotes)
	}
}

func TestTimeFrameFits(t *testing.T) {
	ix := retrievaltest.Index(t)
	c := corpus.Chunk{Source: ix.Reports[4].Source, Report: 5, Section: []string{"二、2023年工作安排"}}
	target := retrieval.Plan{Intent: retrieval.IntentTarget}
	actual := retrieval.Plan{Intent: retrieval.IntentActual}
	if !ix.TimeFrameFits(target, c, "工业投资47亿元,增长10%。") || ix.TimeFrameFits(actual, c, "确保一般公共预算收入增长8%。") {
		t.Error("a plan section's sentences should fit a target question and not an actual one")
	}
	if !ix.TimeFrameFits(actual, c, "工业投资43亿元,同比增长17.94%。") {
		t.Error("a sentence with 同比 states an actual wherever it stands")
	}
	if !ix.TimeFrameFits(retrieval.Plan{}, c, "确保一般公共预算收入增长8%。") {
		t.Error("a plan without a time frame fits any sentence")
	}
}

func unmet(res retrieval.Result, kind string) []string {
	var out []string
	for _, c := range res.Unmet() {
		if c.Kind == kind {
			out = append(out, c.Value)
		}
	}
	return out
}

func TestConstraints(t *testing.T) {
	tests := []struct{ q, kind, value string }{
		{"What was Tongli town's general public budget revenue?", retrieval.ConstraintPlace, "Tongli town"},
		{"同里镇的一般公共预算收入是多少?", retrieval.ConstraintPlace, "同里镇"},
		{"What is the population of Mars?", retrieval.ConstraintPlace, "Mars"},
		{"What is Shengze's general public budget revenue growth target for 2026?", retrieval.ConstraintYear, "2026"},
		{"What is Shengze's unemployment rate target?", retrieval.ConstraintIndicator, "城镇调查失业率"},
		{"北京那个区的平均房价是多少?", retrieval.ConstraintSubject, "房价"},
	}
	for _, tt := range tests {
		_, res := search(t, tt.q)
		if got := unmet(res, tt.kind); !strings.Contains(strings.Join(got, "|"), tt.value) {
			t.Errorf("%q: unmet %s constraints %q, want %q (all: %+v)", tt.q, tt.kind, got, tt.value, res.Constraints)
		}
	}
}

// TestVagueWordsAndLocativesAreNoSubjects: vague pointers (某种, 某项, 写到) and a level's
// locative (区里各镇) are the asker's words, not subjects the reports lack; a true missing
// subject still is one.
func TestVagueWordsAndLocativesAreNoSubjects(t *testing.T) {
	for _, q := range []string{
		"哪些报告提到了“15分钟”的某种服务圈或生活圈?",
		"哪些报告明确写到某项工作“全市第一”或“全市首位”?",
		"黎里镇去年建成的某种生态美丽河湖有多少条?",
		"盛泽镇政务公开在区里各镇排第一,已经连续几年了?",
		"哪些报告提到镇里建了这类口袋公园?",
	} {
		if _, res := search(t, q); len(unmet(res, retrieval.ConstraintSubject)) > 0 {
			t.Errorf("%q: unmet subjects %q", q, unmet(res, retrieval.ConstraintSubject))
		}
	}
	if _, res := search(t, "哪份报告提到了给游客歇脚的地方?"); len(unmet(res, retrieval.ConstraintSubject)) == 0 {
		t.Error("给游客歇脚的地方: the reports never speak of it")
	}
}

// knownFalseDeclines are answerable eval questions still declined for a missing subject or place, with
// why: each is a gap to close, listed so that no other question joins them unnoticed.
var knownFalseDeclines = map[string]string{
	"l35-08": "市级的不算 (city-level ones do not count): the negated Chinese aside is read as a subject 不算 the reports never write; left for a later Chinese negated-part rule (lists35)",
	"zw-07":  "大树 (big trees) for the report's 乔木 (trees): 大树 pivots to 乔木 through 树 (sizedNoun), but no search hit holds the 乔木 passage, the question having no other word",
	"l29-06": "上门代办 (errands at the door) for the report's 代跑、代办服务: no report writes 上门, and the decline does not see that 代办 alone names the service",
	"l30-06": "aid to Tibet: Tibet is read as a place the reports do not cover, though here it is the topic (援藏), not the scope",
	"l30-10": "不止一个 (more than one) is no comparator yet: 不止 is left as a subject no report writes",
	"l31-05": "给他们补贴: the pronoun 他们 is left as a subject no report writes; dropping it alone lists every report that pays any 补贴 (the beneficiary, 就业困难的人, qualifies the alternatives only when marked with 给 before them), a wrong list, so the decline stays until the pronoun resolves to its antecedent",
	"zw2-07": "半天内办完 (done within half a day) for the report's 0.5个工作日办结: a duration in words against one in figures, and 办完 against 办结; no pivot reaches it",
	"d27-12": "主打 (flagship) before 海蜇品牌: no report writes 主打, and it is left as a subject constraint instead of a word of praise for the brand (“两头洞”海蜇)",
}

// falseDeclines returns the unmet constraints that decline an answerable question: a place, year,
// indicator or subject the reports miss (a frame, level or comparator only narrows the answer).
func falseDeclines(res retrieval.Result) []retrieval.Constraint {
	var out []retrieval.Constraint
	for _, c := range res.Unmet() {
		if c.Kind != retrieval.ConstraintFrame && c.Kind != retrieval.ConstraintLevel && c.Kind != retrieval.ConstraintComparator {
			out = append(out, c)
		}
	}
	return out
}

// TestAnswerableQuestionsMeetConstraints: no answerable question of the eval sets has a place,
// year, indicator or subject constraint the reports miss (false declines), but the known ones.
func TestAnswerableQuestionsMeetConstraints(t *testing.T) {
	for _, set := range []string{"dev", "team", "holdout"} {
		f, err := os.Open("../data/eval/" + set + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct{ ID, Type, Q string }
			if err := json.Unmarshal(sc.Bytes(), &q); err != nil || q.Type == "none" || q.Q == "" {
				continue
			}
			_, res := search(t, q.Q)
			if _, known := knownFalseDeclines[q.ID]; known {
				if len(falseDeclines(res)) == 0 {
					t.Errorf("%s %q: no longer declined; drop it from knownFalseDeclines", q.ID, q.Q)
				}
				continue
			}
			for _, c := range falseDeclines(res) {
				t.Errorf("%s %q: unmet %s constraint %q", q.ID, q.Q, c.Kind, c.Value)
			}
		}
		f.Close()
	}
}

// TestNamesAgainstTheReports: a capitalised word is an unknown name only when the reports do
// not name it in Chinese (Liaohe: 辽河; Shengtang village: 圣塘村).
func TestNamesAgainstTheReports(t *testing.T) {
	ix := retrievaltest.Index(t)
	tests := []struct {
		q    string
		want string
	}{
		{"What is the Panjin district's plan for the Liaohe River?", ""},
		{"What did Shengze do in Shengtang village?", ""},
		{"When did the Beijing district restart the Jiuxianqiao rebuild?", ""}, // 酒仙桥: three characters
		{"What did the Beijing district do in Wudaokou?", "Wudaokou"},
		{"What was Tongli town's general public budget revenue?", "Tongli town"},
		{"What is the population of Mars?", "Mars"},
		{"同里镇的一般公共预算收入是多少?", "同里镇"},
		{"盛泽镇圣塘村农贸市场建得怎么样?", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(retrieval.Analyze(tt.q, ix).Names, "|"); got != tt.want {
			t.Errorf("Analyze(%q).Names = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestSectionFrame: a section names its time frame by a review's or a plan's heading words; a
// heading with neither says none.
func TestSectionFrame(t *testing.T) {
	for _, tt := range []struct {
		section []string
		want    string
	}{
		{[]string{"一、2023年政府工作回顾", "(三)这一年,我们抓统筹、促改造"}, corpus.KindActual},
		{[]string{"二、2023年工作安排"}, corpus.KindTarget},
		{[]string{"二、扎实做好2024年工作"}, corpus.KindTarget},
		{[]string{"一、知重负重、唯实唯勤,经济社会稳中向好"}, ""},
	} {
		if got := retrieval.SectionFrame(corpus.Chunk{Section: tt.section}); got != tt.want {
			t.Errorf("SectionFrame(%v) = %q, want %q", tt.section, got, tt.want)
		}
	}
}

// TestParaphrasedSubjectsPivot: a question word no report writes (堵住, 货轮, 抽查) is the
// asker's wording when the chosen evidence holds a word of the same sense (封堵, 散货船, 检查);
// a subject no report mentions in any wording stays missing.
func TestParaphrasedSubjectsPivot(t *testing.T) {
	for _, q := range []string{
		"盘锦那个区去年堵住了多少个入河入海的排污口?",
		"岱西镇的和泰船舶交付了一艘多少吨的江海直达货轮?",
		"柳州那个区去年抽查了多少家次药品经营和使用单位?",
		// A numeral word asks for a figure (百分之几); an abbreviation is the reports' wording
		// of a four-character word (轨交 of 轨道交通).
		"齐都镇去年规上工业产值比上年多了百分之几?",
		"哪些报告提到了城际铁路或轨道交通?",
	} {
		if _, res := search(t, q); len(unmet(res, retrieval.ConstraintSubject)) > 0 {
			t.Errorf("%q: unmet subjects %q", q, unmet(res, retrieval.ConstraintSubject))
		}
	}
	// 消费券 is a word of its own that no report writes, though every pair of its characters
	// occurs in them (消费, 证券).
	for _, q := range []string{"岱西镇去年接待了多少邮轮游客?", "沙埕镇去年建成了多少座海水淡化厂?", "盛泽镇去年发放了多少消费券?", "岱西镇现在的镇长叫什么名字?"} {
		if _, res := search(t, q); len(unmet(res, retrieval.ConstraintSubject)) == 0 {
			t.Errorf("%q: no unmet subject", q)
		}
	}
}

// TestSpanConstraints: a span of the year asked in English that the quoted passage does not
// state is an unmet subject (the year's figure is no answer for the first half); a span stated
// at the start of the quoted sentence, in the passage before it, is met.
func TestSpanConstraints(t *testing.T) {
	if _, res := search(t, "How many circulars did Daixi town issue in the first half of 2023?"); !slices.Contains(unmet(res, retrieval.ConstraintSubject), "first half (上半年)") {
		t.Errorf("first half: unmet subjects %q, want first half (上半年)", unmet(res, retrieval.ConstraintSubject))
	}
	for _, q := range []string{"What fixed-asset investment figure did Huigou town report for Jan-Sep?", "浍沟镇前三季度固定资产投资多少?"} {
		if _, res := search(t, q); len(unmet(res, retrieval.ConstraintSubject)) > 0 {
			t.Errorf("%q: unmet subjects %q; the sentence opens with 1至9月份 in the passage before", q, unmet(res, retrieval.ConstraintSubject))
		}
	}
}

// TestWholeYearOfMonths: the whole year asked of a figure the report gives for months only
// (1至9月份,全镇财政收入333万元) is unmet, naming the months; a span stated in the sentence for
// another clause (…固定资产投资达到1130亿元左右;1-11月,实际利用外资…) is not stated for the
// asked thing, and one that governs it is.
func TestWholeYearOfMonths(t *testing.T) {
	for q, want := range map[string]string{
		"浍沟镇全年财政收入多少?":                                                              "全年(只给出1至9月份)",
		"What was Huigou's fiscal revenue for the whole of 2023?":                   "the full year (全年; it gives 1至9月份 only)",
		"How much foreign capital did the Beijing district use over the full year?": "the full year (全年; it gives 1-11月 only)",
		"北京那个区1-11月固定资产投资多少?":                                                       "1-11月",
	} {
		if _, res := search(t, q); !slices.Contains(unmet(res, retrieval.ConstraintSubject), want) {
			t.Errorf("%q: unmet subjects %q, want %q", q, unmet(res, retrieval.ConstraintSubject), want)
		}
	}
	for _, q := range []string{"岱西镇全年新增企业多少家?", "What was the Beijing district's fixed-asset investment for the whole year?", "北京那个区1-11月实际利用外资多少?", "浍沟镇前三季度固定资产投资多少?"} {
		if _, res := search(t, q); len(unmet(res, retrieval.ConstraintSubject)) > 0 {
			t.Errorf("%q: unmet subjects %q, want none", q, unmet(res, retrieval.ConstraintSubject))
		}
	}
}
