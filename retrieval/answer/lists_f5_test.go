package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// TestFallListsAStatementWithoutFigure: 齐都镇 states its revenue's fall without a figure, among
// its problems ("一般公共预算收入下降幅度较大"); it is listed with that quote beside the three
// reports whose fact rows state a fall.
func TestFallListsAStatementWithoutFigure(t *testing.T) {
	ans := ask(t, "Which reports say general public budget revenue fell last year?")
	checkCitations(t, ans)
	if got := listedReports(ans); !slices.Equal(got, []int{1, 4, 7, 9}) {
		t.Errorf("listed %v, want [1 4 7 9]\n%s", got, ans.Text)
	}
	if !strings.Contains(ans.Text, "下降幅度较大") {
		t.Errorf("Qidu's statement is not quoted:\n%s", ans.Text)
	}
}

// TestIndustrialOutputAboveSizeInPlace: towns that state only the output above designated size
// (岱西镇 规上工业产值 +66.17%, 齐都镇 规模以上工业产值 +64.63%) answer a question about
// industrial output; 盛泽镇, which states its whole industrial output (+2.19%), is judged by that.
func TestIndustrialOutputAboveSizeInPlace(t *testing.T) {
	ans := ask(t, "Which towns grew industrial output by more than 50% last year?")
	checkCitations(t, ans)
	if got := listedReports(ans); !slices.Equal(got, []int{6, 7}) {
		t.Errorf("listed %v, want [6 7]\n%s", got, ans.Text)
	}
	if strings.Contains(ans.Text, "flat") || strings.Contains(ans.Text, "持平") {
		t.Errorf("Shengze's output above designated size is shown beside its whole output:\n%s", ans.Text)
	}
}

// TestDropInPlace: a report's rows of an indicator stated in place of the named one are dropped
// when the report states the named one in the same time frame and measure, kept otherwise.
func TestDropInPlace(t *testing.T) {
	a := retrieval.Plan{Indicators: []string{"工业总产值"}}
	f := func(report int, ind, kind, measure string) corpus.Fact {
		return corpus.Fact{Source: "s", Report: report, Indicator: ind, Kind: kind, Measure: measure}
	}
	fs := []corpus.Fact{
		f(5, "工业总产值", "actual", "growth"),
		f(5, "规模以上工业总产值", "actual", "growth"), // dropped: 5 states the whole output's growth
		f(5, "规模以上工业总产值", "target", "growth"), // kept: no whole-output target
		f(6, "工业总产值", "actual", "amount"),
		f(6, "规模以上工业总产值", "actual", "growth"), // kept: 6 states no whole-output growth
	}
	got := dropInPlace(a, fs)
	want := []corpus.Fact{fs[0], fs[2], fs[3], fs[4]}
	if !slices.Equal(got, want) {
		t.Errorf("dropInPlace = %+v\nwant %+v", got, want)
	}
}

// TestRankingNameListsTheReports: "500强" names rankings: the reports that speak of one are
// listed, not a sentence of 增强企业… that holds the characters after the number.
func TestRankingNameListsTheReports(t *testing.T) {
	ans := ask(t, "哪些报告提到了500强企业?")
	got := listedReports(ans)
	for _, r := range []int{5, 9} {
		if !slices.Contains(got, r) {
			t.Errorf("report %d not listed: %v\n%s", r, got, ans.Text)
		}
	}
	for _, c := range ans.Citations {
		if c.Quote != "" && !strings.Contains(c.Quote, "500强") {
			t.Errorf("quote %q does not name a 500强", c.Quote)
		}
	}
}

// TestAlternativesQualifiedListTheAlternatives: "canteens or meal points for the elderly" asks
// for the canteens; a report that speaks of the elderly alone is not listed.
func TestAlternativesQualifiedListTheAlternatives(t *testing.T) {
	ans := ask(t, "Which reports mention canteens or meal points for the elderly?")
	checkCitations(t, ans)
	if got := listedReports(ans); !slices.Equal(got, []int{3, 4, 7, 8}) {
		t.Errorf("listed %v, want [3 4 7 8]\n%s", got, ans.Text)
	}
}

// TestSynonymWordingListed: 岱西镇 writes electric bikes as 电瓶车 (电瓶车违规充电), a wording
// that shares nothing with 电动自行车; it is listed beside the two reports that write the latter.
func TestSynonymWordingListed(t *testing.T) {
	ans := ask(t, "Which reports mention charging for electric bikes?")
	checkCitations(t, ans)
	if got := listedReports(ans); !slices.Equal(got, []int{1, 4, 6}) {
		t.Errorf("listed %v, want [1 4 6]\n%s", got, ans.Text)
	}
}

// TestMeasureModifierIsNotTheNoun: a figure next to 平均 ("PM2.5平均浓度为31微克") does not answer
// "What is the average monthly salary…": the report gives no figure for the salary; the PM2.5
// question it does answer still is.
func TestMeasureModifierIsNotTheNoun(t *testing.T) {
	ans := ask(t, "What is the average monthly salary in the Beijing district?")
	if ans.Grounded || !strings.Contains(ans.Text, "no figure for the salary") {
		t.Errorf("answered:\n%s", ans.Text)
	}
	ans = ask(t, "What is the average PM2.5 concentration in the Beijing district?")
	if !ans.Grounded || !strings.Contains(ans.Text, "31") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}

// TestCountBesideOtherWordsIsNotTheNoun: Qidu's report never names beds (床位); a count next
// to 新增 ("计划新增双拥广场1处") does not answer "How many hospital beds…". A text that names the
// thing in other words (桥涵 for "bridges") still answers.
func TestCountBesideOtherWordsIsNotTheNoun(t *testing.T) {
	ans := ask(t, "How many hospital beds does Qidu town plan to add?")
	if ans.Grounded {
		t.Errorf("answered:\n%s", ans.Text)
	}
	ans = ask(t, "How many bridges and culverts were newly built or repaired in Huigou?")
	if !ans.Grounded || !strings.Contains(ans.Text, "627") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}

// TestGrowthRateIsTheIndicators: 盛泽镇 states its revenue's amount (31.81亿元) in a sentence
// whose rate is of industrial output (增长2.19%): it is not listed for revenue that grew.
func TestGrowthRateIsTheIndicators(t *testing.T) {
	ans := ask(t, "Which towns' general public budget revenue grew last year?")
	if got := listedReports(ans); slices.Contains(got, 5) || !slices.Contains(got, 2) {
		t.Errorf("listed %v, want Lili (2) and not Shengze (5)\n%s", got, ans.Text)
	}
}

// TestComparatorWordsAreNoTerm: 6%及以上 asks for at least 6%; 及以上 is no term a target's
// statement must hold (it listed statements of other indicators that hold 以上).
func TestComparatorWordsAreNoTerm(t *testing.T) {
	ans := ask(t, "哪些报告今年一般公共预算收入增长目标在6%及以上?")
	if got := listedReports(ans); !slices.Equal(got, []int{1, 4, 5, 6, 7}) {
		t.Errorf("listed %v, want [1 4 5 6 7]\n%s", got, ans.Text)
	}
}

// TestPairedListsFigure: "新增销售超1、3、5亿元规上工业企业71家、10家、17家" pairs its lists item by
// item: the enterprises above 3亿元 are 10, in the Chinese and the English answer.
func TestPairedListsFigure(t *testing.T) {
	ans := ask(t, "盛泽镇去年新增销售超3亿元的规上工业企业有多少家?")
	if head, _, _ := strings.Cut(ans.Text, "原文"); !strings.Contains(head, "10家") || strings.Contains(head, "71家") {
		t.Errorf("zh: %s", ans.Text)
	}
	ans = ask(t, "What's the number of enterprises with sales above 300 million yuan added in Shengze last year?")
	if head, _, _ := strings.Cut(ans.Text, "Evidence"); !strings.Contains(head, "10 enterprises") {
		t.Errorf("en: %s", ans.Text)
	}
}
