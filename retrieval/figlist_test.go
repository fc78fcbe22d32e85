package retrieval_test

import (
	"github.com/reportbot/reportbot/internal/corpus"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestFallQuestionTakesTheFallStatement: for "which reports say revenue fell", a report whose
// only statement of the fall has no figure (齐都镇: "一般公共预算收入下降幅度较大", among its
// problems) is read from that sentence, not from the sentence of its revenue's amount.
func TestFallQuestionTakesTheFallStatement(t *testing.T) {
	_, res := search(t, "Which reports say general public budget revenue fell last year?")
	for _, e := range res.Topic {
		if e.Hit.Chunk.Report == 7 {
			if !strings.Contains(e.Quote, "下降幅度较大") {
				t.Errorf("Qidu's evidence %q does not state the fall", e.Quote)
			}
			return
		}
	}
	t.Errorf("no evidence of Qidu (report 7)")
}

// TestRankingNameIsNoThreshold: 500 in 世界500强 names a ranking; it is a term to look for, not
// a number the answer must meet.
func TestRankingNameIsNoThreshold(t *testing.T) {
	for _, q := range []string{"恒力和盛虹在世界500强榜单上分别排第几?", "哪些报告提到了500强企业?"} {
		p, _ := search(t, q)
		if len(p.Numbers) > 0 {
			t.Errorf("%s: numbers %v, want none", q, p.Numbers)
		}
		if !slices.ContainsFunc(p.Terms, func(x retrieval.Term) bool { return slices.Contains(x.Variants, "500强") }) {
			t.Errorf("%s: no term 500强 in %+v", q, p.Terms)
		}
		if slices.ContainsFunc(p.Terms, func(x retrieval.Term) bool { return strings.HasPrefix(x.From, "强") }) {
			t.Errorf("%s: a term starts inside the ranking's name: %+v", q, p.Terms)
		}
	}
	// A number that is a value stays one.
	if p, _ := search(t, "哪些镇今年一般公共预算收入增长目标不低于8%?"); len(p.Numbers) != 1 {
		t.Errorf("numbers %v, want 8%%", p.Numbers)
	}
}

// TestInPlaceOf: a question about industrial output is answered by output above designated size
// where a report states only that; not the other way round.
func TestInPlaceOf(t *testing.T) {
	if got := retrieval.InPlaceOf([]string{"工业总产值"}); !slices.Equal(got, []string{"规模以上工业总产值"}) {
		t.Errorf("InPlaceOf(工业总产值) = %v", got)
	}
	if got := retrieval.InPlaceOf([]string{"规模以上工业总产值"}); len(got) != 0 {
		t.Errorf("InPlaceOf(规模以上工业总产值) = %v, want none", got)
	}
	if got := retrieval.InPlaceOf([]string{"工业总产值", "规模以上工业总产值"}); len(got) != 0 {
		t.Errorf("an indicator the question names is not in place of another: %v", got)
	}
}

// TestFigureAfterLeadCoversByItsOwnSentence: a matching sentence followed by the figure's is
// credited with the better of the two sentences' coverage: 岱西镇's 村集体 lead covers the
// question's long term less than the figure's own sentence (…力争经营性收入增幅15%以上) does.
func TestFigureAfterLeadCoversByItsOwnSentence(t *testing.T) {
	_, res := search(t, "岱西镇今年村集体经营性收入增幅目标是多少?")
	b := res.Best
	if b == nil || !strings.Contains(b.Quote, "经营性收入增幅15%以上") {
		t.Fatalf("best %+v", b)
	}
	if b.Coverage < 0.5 {
		t.Errorf("coverage %.2f of %q", b.Coverage, b.Sentence)
	}
}

// TestSpentInEverydayWords: "花了多少钱" asks what the reports write as 支出, and "方面"/"上"
// go with it: the answer is the 民生支出 sentence.
func TestSpentInEverydayWords(t *testing.T) {
	for q, want := range map[string]string{
		"盛泽镇去年民生方面花了多少钱?":   "民生支出39.66亿元",
		"柳州那个区去年在民生上花了多少钱?": "民生支出10.09亿元",
	} {
		p, res := search(t, q)
		if !slices.ContainsFunc(p.Terms, func(x retrieval.Term) bool { return x.From == "民生支出" }) {
			t.Errorf("%s: terms %+v", q, p.Terms)
		}
		if res.Best == nil || !strings.Contains(res.Best.Quote, want) {
			t.Errorf("%s: best %+v, want %s", q, res.Best, want)
		}
	}
}

// TestReviewPartWithoutCues: report 1's review part is headed "一、知重负重、唯实唯勤…", no word of
// which says it reviews; its targets are listed under "二、…". A sentence of the first part is an
// achievement: a question for this year's target of an indicator the report states only there
// finds it unstated as a target (stated as an actual), while last year's is answered.
func TestReviewPartWithoutCues(t *testing.T) {
	_, res := search(t, "盘锦那个区今年空气优良天数比例的目标是多少?")
	i := slices.IndexFunc(res.Constraints, func(c retrieval.Constraint) bool { return c.Kind == retrieval.ConstraintIndicator })
	if i < 0 || res.Constraints[i].Met || res.Constraints[i].OtherFrame != corpus.KindActual {
		t.Errorf("constraints %+v, want the indicator unmet, stated as an actual", res.Constraints)
	}
	_, res = search(t, "盘锦那个区去年空气优良天数比例是多少?")
	for _, c := range res.Constraints {
		if !c.Met {
			t.Errorf("last year's: constraint %+v unmet", c)
		}
	}
}

// TestRespectiveOf: paired lists give the figure in the place of the number a question names
// (超1、3、5亿元…71家、10家、17家: 10家 for 3亿元, in Chinese or in English); a quote without paired
// lists, or a question naming no number of them, gives none.
func TestRespectiveOf(t *testing.T) {
	quote := "新增销售超1、3、5亿元规上工业企业71家、10家、17家。"
	for q, want := range map[string]string{
		"盛泽镇去年新增销售超3亿元的规上工业企业有多少家?":                                                               "10家",
		"盛泽镇去年新增销售超5亿元的规上工业企业有多少家?":                                                               "17家",
		"How many enterprises with sales above 300 million yuan were added in Shengze last year?": "10家",
	} {
		p, _ := search(t, q)
		v, ok := retrieval.RespectiveOf(p, quote)
		if !ok || quote[v.Start:v.End] != want {
			t.Errorf("%s: %v %q, want %s", q, ok, quote[v.Start:v.End], want)
		}
	}
	p, _ := search(t, "盛泽镇去年新增销售超3亿元的规上工业企业有多少家?")
	if _, ok := retrieval.RespectiveOf(p, "新增销售超3亿元规上工业企业71家。"); ok {
		t.Errorf("paired lists found in a quote with none")
	}
	p, _ = search(t, "盛泽镇去年新增了多少家规上工业企业?")
	if _, ok := retrieval.RespectiveOf(p, quote); ok {
		t.Errorf("paired figure found for a question naming no number")
	}
}

// TestTargetQuestionAvoidsReviewPart: asked for this year's target, report 1's answer comes from
// its plan part (新增就业5300人以上), not from its cue-less review part (带动就业2万余人).
func TestTargetQuestionAvoidsReviewPart(t *testing.T) {
	_, res := search(t, "盘锦那个区今年新增就业的目标是多少人?去年带动了多少就业?")
	if res.Best == nil || !strings.Contains(res.Best.Quote, "新增就业5300人以上") {
		t.Errorf("best %+v", res.Best)
	}
}
