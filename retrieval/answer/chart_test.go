package answer

import (
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// rowsOf returns the chart's rows as "label value" strings and the labels of near misses.
func rowsOf(c *chart.Comparison) (rows, near []string) {
	for _, r := range c.Rows {
		rows = append(rows, r.Label+" "+r.ValueText)
		if r.NearMiss {
			near = append(near, r.Label)
		}
	}
	return rows, near
}

func TestAnswerChartComparison(t *testing.T) {
	ans := ask(t, "Compare GDP growth targets across all reports")
	c := ans.Chart
	if c == nil {
		t.Fatalf("no chart for a comparison from the facts table:\n%s", ans.Text)
	}
	if c.Kind != corpus.KindTarget || c.Indicator != "地区生产总值" || c.Unit != "%" || c.Threshold != nil {
		t.Errorf("chart: kind %s indicator %s unit %s threshold %v", c.Kind, c.Indicator, c.Unit, c.Threshold)
	}
	if c.Title != "GDP growth targets" || c.Lang != "en" {
		t.Errorf("an English question's chart: title %q lang %q", c.Title, c.Lang)
	}
	rows, near := rowsOf(c)
	if len(rows) != 5 || len(near) != 0 {
		t.Errorf("rows %q, near misses %q; want the 5 reports the answer lists, all matches", rows, near)
	}
	for _, r := range c.Rows {
		if strings.ContainsFunc(r.ValueText, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("an English chart's value %q is not in English", r.ValueText)
		}
		if !strings.Contains(ans.Text, r.Label) && !strings.Contains(ans.Text, strings.Split(r.Label, "(")[0]) {
			t.Errorf("bar %q names a report the answer does not", r.Label)
		}
	}
	if _, err := chart.Text(*c, chart.TextOptions{}); err != nil {
		t.Errorf("the chart does not draw: %v", err)
	}
}

func TestAnswerChartFilter(t *testing.T) {
	ans := ask(t, "哪些镇一般公共预算收入增长目标是10%")
	c := ans.Chart
	if c == nil {
		t.Fatalf("no chart:\n%s", ans.Text)
	}
	if c.Threshold == nil || *c.Threshold != 10 || c.Title != "一般公共预算收入增长目标" || c.Lang != "zh" {
		t.Errorf("threshold %v, title %q, lang %q", c.Threshold, c.Title, c.Lang)
	}
	rows, near := rowsOf(c)
	if strings.Join(rows, "|") != "盛泽镇 力争10%|齐都镇 10%左右|岱西镇 力争8%以上|黎里镇 5.5%左右" {
		t.Errorf("rows %q", rows)
	}
	// Matches and near misses as the answer labels them.
	if strings.Join(near, "|") != "岱西镇|黎里镇" || !strings.Contains(ans.Text, "接近但数值不同:\n• 黎里镇") {
		t.Errorf("near misses %q; answer:\n%s", near, ans.Text)
	}
}

func TestNoChartForLookupsAndTopicLists(t *testing.T) {
	for _, q := range []string{"盛泽镇2023年工业投资目标是多少?", "哪些报告提到长者食堂", "What is Qidu town's GDP growth target?"} {
		if ans := ask(t, q); ans.Chart != nil {
			t.Errorf("%q: a chart for a %s answer", q, ans.Trace.Path)
		}
	}
}

// chartFact is a growth fact of report n of r.txt.
func chartFact(n int, entity, indicator, kind string, v float64) corpus.Fact {
	return corpus.Fact{Source: "r.txt", Report: n, Entity: entity, Indicator: indicator, Wording: indicator,
		Kind: kind, Measure: "growth", Value: v, Unit: "%", ValueText: strconv.FormatFloat(v, 'f', -1, 64) + "%"}
}

func TestAnswerChartRules(t *testing.T) {
	const gdp, rev = "地区生产总值", "一般公共预算收入"
	plan := retrieval.Plan{Lang: "zh", Aggregate: true, Growth: true}
	reports := map[corpus.ReportKey]corpus.Report{}
	for n, e := range map[int]string{1: "甲镇", 2: "乙镇", 3: "丙镇"} {
		reports[corpus.ReportKey{Source: "r.txt", Report: n}] = corpus.Report{Source: "r.txt", Report: n, Entity: e, Year: 2023}
	}
	res := func(fs ...corpus.Fact) retrieval.Result { return retrieval.Result{Facts: fs, Reports: reports} }

	// Fewer than two values: no chart.
	if c := answerChart(plan, res(chartFact(1, "甲镇", gdp, corpus.KindTarget, 6)), &Answer{}); c != nil {
		t.Errorf("a chart of one value: %+v", c.Rows)
	}
	// Several indicators: no chart.
	if c := answerChart(plan, res(chartFact(1, "甲镇", gdp, corpus.KindTarget, 6), chartFact(2, "乙镇", rev, corpus.KindTarget, 5)), &Answer{}); c != nil {
		t.Errorf("a chart of two indicators: %+v", c.Rows)
	}
	// Targets and actuals are never mixed: the kind more reports state is drawn.
	mixed := res(chartFact(1, "甲镇", gdp, corpus.KindTarget, 6), chartFact(1, "甲镇", gdp, corpus.KindActual, 4),
		chartFact(2, "乙镇", gdp, corpus.KindActual, 3), chartFact(3, "丙镇", gdp, corpus.KindActual, -1))
	c := answerChart(plan, mixed, &Answer{})
	if c == nil || c.Kind != corpus.KindActual || len(c.Rows) != 3 {
		t.Fatalf("mixed kinds: %+v", c)
	}
	// A question naming a number: that number is the threshold; a report the answer lists as a
	// near miss is drawn as one, and a report the answer leaves out is not drawn.
	plan.Numbers = []retrieval.Number{{Text: "4%", Value: 4, Unit: "%"}}
	plan.Intent = corpus.KindActual
	ans := &Answer{Listed: []Listed{{Source: "r.txt", Report: 1}, {Source: "r.txt", Report: 2, Near: true}, {Source: "r.txt", Report: 3, Near: true}}}
	c = answerChart(plan, mixed, ans)
	if c == nil || c.Threshold == nil || *c.Threshold != 4 {
		t.Fatalf("threshold: %+v", c)
	}
	rows, near := rowsOf(c)
	if strings.Join(near, "|") != "乙镇|丙镇" || len(rows) != 3 {
		t.Errorf("rows %q near %q", rows, near)
	}
	ans.Listed = ans.Listed[:2]
	if c = answerChart(plan, mixed, ans); c == nil || len(c.Rows) != 2 {
		t.Errorf("a report the answer leaves out is drawn: %+v", c)
	}
}
