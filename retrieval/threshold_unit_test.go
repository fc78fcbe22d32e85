package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestMeasuresAcrossScales: a threshold and a figure compare as amounts whatever scale each is
// written in (333万元 is under 2亿元; 1.65万亿元 is over the 10 亿 of "1 billion yuan"), and a
// count of one kind of thing is not measured by a count of another.
func TestMeasuresAcrossScales(t *testing.T) {
	for _, tt := range []struct {
		n         retrieval.Number
		text      string
		ok        bool
		want, got float64
	}{
		{retrieval.Number{Text: "2亿元", Value: 2, Unit: "亿元"}, "全镇财政收入333万元", true, 2e8, 333e4},
		{retrieval.Number{Text: "1 billion yuan", Value: 10, Unit: "亿"}, "达到1.65万亿元", true, 1e9, 1.65e12},
		{retrieval.Number{Text: "100亿元", Value: 100, Unit: "亿元"}, "外贸进出口总额26.5亿美元", false, 0, 0},
		{retrieval.Number{Text: "10万人", Value: 10, Unit: "万人"}, "带动就业2万余人", true, 1e5, 2e4},
		{retrieval.Number{Text: "10,000 people", Value: 10000}, "带动就业2万余人", true, 1e4, 2e4},
		{retrieval.Number{Text: "10件", Value: 10, Unit: "件"}, "新增企业8家", false, 0, 0},
		{retrieval.Number{Text: "10%", Value: 10, Unit: "%"}, "增长12%", true, 10, 12},
	} {
		vs := num.Find(tt.text)
		if len(vs) != 1 {
			t.Fatalf("num.Find(%s) = %v", tt.text, vs)
		}
		ok, want, got := tt.n.Measures(vs[0])
		if ok != tt.ok || ok && (want != tt.want || got != tt.got) {
			t.Errorf("%s measures %s: %v %v %v, want %v %v %v", tt.n.Text, tt.text, ok, want, got, tt.ok, tt.want, tt.got)
		}
	}
}

// TestFactMeetsAcrossScales: a fact row in 万元 answers a threshold in 亿元, and "1 billion
// yuan" (planned as 10 亿) is met by a row in 万亿元.
func TestFactMeetsAcrossScales(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, tt := range []struct {
		q    string
		f    corpus.Fact
		want bool
	}{
		{"哪些镇去年财政收入不足5亿元?", corpus.Fact{Value: 333, Unit: "万元", Comparator: "="}, true},
		{"哪些镇去年财政收入不足5亿元?", corpus.Fact{Value: 31.81, Unit: "亿元", Comparator: "="}, false},
		{"Which reports' imports and exports surpassed 2 billion yuan last year?", corpus.Fact{Value: 1.65, Unit: "万亿元", Comparator: "="}, true},
		{"Which reports' imports and exports surpassed 2 billion yuan last year?", corpus.Fact{Value: 4.7, Unit: "亿元", Comparator: "="}, false},
	} {
		p := retrieval.Analyze(tt.q, ix)
		if got := retrieval.FactMeets(p, tt.f); got != tt.want {
			t.Errorf("FactMeets(%q, %v%s) = %v, want %v (plan %+v %s)", tt.q, tt.f.Value, tt.f.Unit, got, tt.want, p.Numbers, p.Comparator)
		}
	}
}

// TestComparatorWordsBeforeNumbers: 不到, 不足, 突破 and "topped" compare a figure with the
// number; before no number 突破 and 不足 are words of the topic.
func TestComparatorWordsBeforeNumbers(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"哪些镇去年财政收入不到2亿元?":                                                  "<",
		"哪些镇去年规上工业产值不足100亿元?":                                              "<",
		"哪些报告的固定资产投资突破100亿元?":                                              ">",
		"Which reports say fixed-asset investment topped 10 billion yuan?": ">",
		"哪些报告提到了技术突破?":                                                     "",
	} {
		p := retrieval.Analyze(q, ix)
		if p.Comparator != want {
			t.Errorf("%s: comparator %q, want %q", q, p.Comparator, want)
		}
		for _, w := range []string{"不到", "不足", "突破"} {
			if want != "" && slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return t.From == w }) {
				t.Errorf("%s: %s is a term", q, w)
			}
		}
	}
}

// TestPositiveGrowthIsAThreshold: 正增长 ("positive growth") asks for growth above zero.
func TestPositiveGrowthIsAThreshold(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{"哪些报告去年一般公共预算收入实现了正增长?", "Which reports saw positive growth in fixed-asset investment last year?"} {
		p := retrieval.Analyze(q, ix)
		if !p.Threshold() || p.Comparator != ">" || len(p.Numbers) != 1 || p.Numbers[0].Value != 0 || p.Numbers[0].Unit != "%" {
			t.Errorf("%s: comparator %q numbers %v, want > 0%%", q, p.Comparator, p.Numbers)
		}
		if slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return t.From == "正增长" }) {
			t.Errorf("%s: 正增长 is a term", q)
		}
	}
}

// TestGrowthRatherThanFlatIsAThreshold: growth set against holding flat or falling ("grow this
// year rather than hold flat", 定为增长,而不是持平) asks for growth above zero, as 正增长 does:
// a target 与上一年持平 is no growth. Growth alone, or "rather than" another thing, is not.
func TestGrowthRatherThanFlatIsAThreshold(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{
		"Which districts plan for general public budget revenue to grow this year rather than hold flat?",
		"Which reports plan for total imports and exports to grow this year rather than just hold steady?",
		"Which towns expect industrial output to rise instead of falling?",
		"哪些报告把今年规上工业总产值的目标定为增长,而不是持平?",
		"哪些区今年的一般公共预算收入目标是增长而非持平?",
	} {
		p := retrieval.Analyze(q, ix)
		if !p.Threshold() || p.Comparator != ">" || len(p.Numbers) != 1 || p.Numbers[0].Value != 0 || p.Numbers[0].Unit != "%" {
			t.Errorf("%s: comparator %q numbers %v, want > 0%%", q, p.Comparator, p.Numbers)
		}
	}
	for _, q := range []string{
		"Which districts plan for general public budget revenue to grow this year?",
		"Which reports plan growth in revenue rather than in output?",
		"哪些报告计划今年一般公共预算收入增长?",
	} {
		if p := retrieval.Analyze(q, ix); p.Comparator != "" || len(p.Numbers) != 0 {
			t.Errorf("%s: comparator %q numbers %v, want none", q, p.Comparator, p.Numbers)
		}
	}
}
