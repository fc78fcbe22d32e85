package facts

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
)

// corpusFile is the bundled corpus: nine reports, each after a line ending in 篇N.
const corpusFile = "../../data/2023-gov-work-reports.txt"

var (
	reportStart  = regexp.MustCompile(`篇(\d+)$`)
	childHeading = regexp.MustCompile(`^[(（][一二三四五六七八九十]+[)）]`)
)

// corpusFacts runs Extract over every paragraph of the bundled corpus, tracking a simple
// heading path: short lines without a full stop are headings (一、… at the top, (一)… below).
func corpusFacts(tb testing.TB) map[int][]corpus.Fact {
	tb.Helper()
	data, err := os.ReadFile(corpusFile)
	if err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	byReport := map[int][]corpus.Fact{}
	report := 0
	var section []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if m := reportStart.FindStringSubmatch(line); m != nil {
			report++
			section = nil
			continue
		}
		if report == 0 || line == "" {
			continue
		}
		if utf8.RuneCountInString(line) <= 40 && !strings.ContainsAny(line, "。;!?") {
			if childHeading.MatchString(line) && len(section) > 0 {
				section = append(section[:1:1], line)
			} else {
				section = []string{line}
			}
			continue
		}
		for _, f := range Extract(line, Context{Section: section, Year: 2023}) {
			f.Report = report
			byReport[report] = append(byReport[report], f)
		}
	}
	return byReport
}

func TestExtractCorpus(t *testing.T) {
	byReport := corpusFacts(t)
	kinds := map[string]int{}
	for r := 1; r <= 9; r++ {
		for _, f := range byReport[r] {
			kinds[f.Kind]++
			if testing.Verbose() {
				t.Logf("%d %-6s %-7s %s(%s) %v%s [%s] %s | %s", r, f.Kind, f.Measure, f.Indicator, f.Wording, f.Value, f.Unit, f.Qualifier, f.Comparator, f.Sentence)
			}
		}
	}
	t.Logf("facts by kind: target %d, actual %d", kinds[corpus.KindTarget], kinds[corpus.KindActual])

	want := []struct {
		report                          int
		indicator, kind, measure, quals string
		value                           float64
	}{
		{5, "一般公共预算收入", corpus.KindTarget, MeasureGrowth, "确保", 8},
		{5, "一般公共预算收入", corpus.KindTarget, MeasureGrowth, "力争", 10},
		{7, "一般公共预算收入", corpus.KindTarget, MeasureGrowth, "左右", 10},
		{2, "地区生产总值", corpus.KindTarget, MeasureGrowth, "左右", 5},
		{4, "一般公共预算收入", corpus.KindActual, MeasureAmount, "", 503},
		{3, "社会消费品零售总额", corpus.KindTarget, MeasureGrowth, "左右", 20},
		{1, "引进国内实际到位资金", corpus.KindTarget, MeasureGrowth, "以上", 10},
		{1, "地区生产总值", corpus.KindActual, MeasureGrowth, "", -2.3},
		{9, "一般公共预算收入", corpus.KindTarget, MeasureGrowth, "", 0},
		{6, "一般公共预算收入", corpus.KindTarget, MeasureGrowth, "力争,以上", 8},
		{5, "民生支出", corpus.KindActual, MeasureShare, "", 84.28},
	}
	for _, w := range want {
		found := false
		for _, f := range byReport[w.report] {
			if f.Indicator == w.indicator && f.Kind == w.kind && f.Measure == w.measure && f.Qualifier == w.quals && f.Value == w.value {
				found = true
			}
		}
		if !found {
			t.Errorf("report %d: no %s %s %s %v [%s]", w.report, w.kind, w.indicator, w.measure, w.value, w.quals)
		}
	}
	// Figures of a part of the place (a zone's exports, a cluster's taxes) are not the report's.
	unwanted := []struct {
		report    int
		indicator string
	}{{5, "出口总额"}, {9, "税收收入"}, {6, "固定资产投资"}}
	for _, u := range unwanted {
		for _, f := range byReport[u.report] {
			if f.Indicator == u.indicator {
				t.Errorf("report %d: unwanted %s", u.report, row(f))
			}
		}
	}
	for _, facts := range byReport {
		for _, f := range facts {
			if f.Sentence == "" || f.ValueText == "" || !strings.Contains(f.Sentence, f.ValueText) {
				t.Errorf("value text %q not in sentence %q", f.ValueText, f.Sentence)
			}
		}
	}
	if kinds[corpus.KindTarget] < 30 || kinds[corpus.KindActual] < 60 {
		t.Errorf("too few facts: %v", kinds)
	}
}
