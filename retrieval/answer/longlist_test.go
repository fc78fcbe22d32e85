package answer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// longResult is a search result over n reports (report i of source "r.txt", its year 2014 +
// i%3, province 河南省 for even i and 湖北省 for odd): a topic list holding every report, and fact
// rows of GDP growth targets valued i% (report i).
func longResult(n int) retrieval.Result {
	res := retrieval.Result{Reports: map[corpus.ReportKey]corpus.Report{}, Passages: map[string]corpus.Chunk{}, Checked: n + 10}
	for i := 1; i <= n; i++ {
		key := corpus.ReportKey{Source: "r.txt", Report: i}
		town := "镇" + strconv.Itoa(i)
		prov := "河南省"
		if i%2 == 1 {
			prov = "湖北省"
		}
		res.Reports[key] = corpus.Report{Source: "r.txt", Report: i, Entity: town, Level: "镇", Year: 2014 + i%3, Province: prov}
		sentence := fmt.Sprintf("全面推进乡村振兴,地区生产总值增长%d%%。", i)
		c := corpus.Chunk{ID: fmt.Sprintf("c%03d", i), Source: "r.txt", Report: i, Entity: town, Text: fmt.Sprintf("一、%d年工作安排。", 2014+i%3) + sentence}
		res.Passages[c.ID] = c
		res.Topic = append(res.Topic, retrieval.Evidence{Hit: retrieval.Hit{Chunk: c, Score: 1}, Sentence: sentence, Quote: sentence, Coverage: 1 - float64(i)/1000})
		res.Facts = append(res.Facts, corpus.Fact{Source: "r.txt", Report: i, Entity: town, Level: "镇", Indicator: "地区生产总值",
			Wording: "地区生产总值", Kind: corpus.KindTarget, Measure: "growth", Value: float64(i), Unit: "%", ValueText: strconv.Itoa(i) + "%",
			Comparator: "=", Sentence: sentence, ChunkID: c.ID})
	}
	return res
}

// checkCut checks a list answer cut to ListLimit of n reports: every report is in Listed, the
// shown ones cite a passage that the text cites, the others cite none, and the text says how
// many matched and how to narrow the question.
func checkCut(t *testing.T, ans *Answer, n int) {
	t.Helper()
	// The summary's counts (by year and province, from the reports' profiles) are the
	// answer's own, like "(21 of 40 reports)": the rest of the answer is held to Verify.
	tail := strings.LastIndex(ans.Text, "\n(")
	if tail < 0 {
		t.Fatalf("a cut list has no summary line:\n%s", ans.Text)
	}
	body := *ans
	body.Text = ans.Text[:tail]
	checkCitations(t, &body)
	if len(ans.Listed) != n {
		t.Fatalf("Listed has %d reports, want all %d", len(ans.Listed), n)
	}
	if ans.List == nil || !ans.List.Cut || ans.List.Shown != ListLimit || ans.List.Matched+ans.List.Near != n || ans.List.Checked != n+10 {
		t.Fatalf("List = %+v, want %d shown of %d, %d checked", ans.List, ListLimit, n, n+10)
	}
	shown := 0
	for _, l := range ans.Listed {
		if l.Cite == 0 {
			continue
		}
		shown++
		if l.Cite > len(ans.Citations) || ans.Citations[l.Cite-1].Report != l.Report {
			t.Errorf("report %d cites [%d], not its passage", l.Report, l.Cite)
		}
		if !strings.Contains(ans.Text, "["+strconv.Itoa(l.Cite)+"]") {
			t.Errorf("report %d's citation [%d] is not in the text", l.Report, l.Cite)
		}
	}
	if shown != ListLimit || len(ans.Citations) != ListLimit {
		t.Errorf("%d reports shown, %d citations; want %d each", shown, len(ans.Citations), ListLimit)
	}
	if strings.Count(ans.Text, "\n• ") != ListLimit {
		t.Errorf("the text lists %d lines, want %d:\n%s", strings.Count(ans.Text, "\n• "), ListLimit, ans.Text)
	}
}

func TestLongTopicListIsSummarised(t *testing.T) {
	const n = 40
	res := longResult(n)
	res.Facts = nil
	for _, lang := range []string{"zh", "en"} {
		p := retrieval.Plan{Lang: lang, Aggregate: true}
		ans, path := composePath(p, res, 5, false)
		if path != PathTopic {
			t.Fatalf("%s: path %s, want %s", lang, path, PathTopic)
		}
		checkCut(t, ans, n)
		// Relevance: the best covered reports (1, 2, …) are the ones shown, in that order.
		for i, l := range ans.Listed[:ListLimit] {
			if l.Report != i+1 {
				t.Errorf("%s: row %d is report %d, want %d", lang, i, l.Report, i+1)
			}
		}
		wantTail := map[string][]string{
			"zh": {"共40份符合,只列出25份(按相关程度)", "未列出的15份按年份:2014年5份、2015年5份、2016年5份", "按省份:河南省8份、湖北省7份", "加上年份或城市"},
			"en": {"Shown: 25 of 40 reports, most relevant first", "The other 15 by year: 2014 5, 2015 5, 2016 5", "by province: Henan (河南省) 8, Hubei (湖北省) 7", "Add a year or a city"},
		}[lang]
		for _, w := range wantTail {
			if !strings.Contains(ans.Text, w) {
				t.Errorf("%s: the summary lacks %q:\n%s", lang, w, ans.Text)
			}
		}
		all, _ := composePath(p, res, 5, true)
		if all.List != nil || len(all.Citations) != n || strings.Count(all.Text, "\n• ") != n {
			t.Errorf("%s: with every row asked for, %d citations and %d lines, want %d (List %+v)", lang, len(all.Citations), strings.Count(all.Text, "\n• "), n, all.List)
		}
		if len(all.Listed) != len(ans.Listed) {
			t.Errorf("%s: the cut list lists %d reports, the whole one %d", lang, len(ans.Listed), len(all.Listed))
		}
	}
}

func TestLongFactListShowsTheHighestValues(t *testing.T) {
	const n = 30
	res := longResult(n)
	res.Topic = nil
	p := retrieval.Plan{Lang: "en", Aggregate: true, Indicators: []string{"地区生产总值"}}
	ans, path := composePath(p, res, 5, false)
	if path != PathAggregate {
		t.Fatalf("path %s, want %s", path, PathAggregate)
	}
	checkCut(t, ans, n)
	for i, l := range ans.Listed[:ListLimit] {
		if want := n - i; l.Report != want {
			t.Errorf("row %d is report %d, want %d (highest value first)", i, l.Report, want)
		}
	}
	if ans.Chart != nil && len(ans.Chart.Rows) != ListLimit {
		t.Errorf("the chart of a cut list has %d bars, want the %d shown", len(ans.Chart.Rows), ListLimit)
	}

	// A threshold: 10% or more matches 21 reports (10–30); the 9 below are near misses. The
	// 20 highest matches are shown, then the 5 near misses closest to 10%.
	p.Numbers = []retrieval.Number{{Value: 10, Unit: "%"}}
	p.Comparator = ">="
	ans, _ = composePath(p, res, 5, false)
	checkCut(t, ans, n)
	if ans.List.Matched != 21 || ans.List.Near != 9 {
		t.Fatalf("List = %+v, want 21 matched, 9 near", ans.List)
	}
	var got []int
	for _, l := range ans.Listed[:ListLimit] {
		got = append(got, l.Report)
	}
	want := []int{30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 9, 8, 7, 6, 5}
	if !slices.Equal(got, want) {
		t.Errorf("shown %v, want %v", got, want)
	}
	for _, w := range []string{"Reports that match (twenty-one of forty reports)", "Shown: 20 of 21 reports, highest values first; 5 of 9 near misses, closest first", "The other 5"} {
		if !strings.Contains(ans.Text, w) {
			t.Errorf("the answer lacks %q:\n%s", w, ans.Text)
		}
	}

	// A threshold no report meets: the 25 near misses closest to it.
	p.Numbers = []retrieval.Number{{Value: 100, Unit: "%"}}
	ans, _ = composePath(p, res, 5, false)
	if ans.List == nil || ans.List.Matched != 0 || ans.List.Near != n || ans.Listed[0].Report != n || !ans.Listed[0].Near {
		t.Fatalf("List = %+v, first listed %+v; want every report a near miss, %d first", ans.List, ans.Listed[0], n)
	}
	if w := "(Shown: 25 of 30 near misses, closest first. The other 5"; !strings.Contains(ans.Text, w) {
		t.Errorf("the answer lacks %q:\n%s", w, ans.Text)
	}

	// A decline: no value here is one, so every report is a near miss, the lowest first.
	p.Numbers, p.Comparator, p.Decline = nil, "", true
	ans, _ = composePath(p, res, 5, false)
	if ans.List == nil || ans.List.Near != n || ans.Listed[0].Report != 1 || ans.Listed[1].Report != 2 {
		t.Errorf("List = %+v, first listed %+v, %+v; want every report a near miss, the lowest value first", ans.List, ans.Listed[0], ans.Listed[1])
	}
}

// TestShortListsAreWhole: a list of ListLimit reports is not cut.
func TestShortListsAreWhole(t *testing.T) {
	res := longResult(ListLimit)
	res.Facts = nil
	ans, _ := composePath(retrieval.Plan{Lang: "zh", Aggregate: true}, res, 5, false)
	if ans.List != nil || len(ans.Citations) != ListLimit || strings.Contains(ans.Text, "未列出") {
		t.Errorf("a list of %d was cut: List %+v, %d citations\n%s", ListLimit, ans.List, len(ans.Citations), ans.Text)
	}
}
