package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestCompareAnswers pins comparisons of named places on the bundled corpus: every place is
// named (in English with pinyin and Chinese), each figure is cited, the higher one is said when
// two figures compare, a place whose report states no figure is said to, the chart has a bar
// per place with a figure, and the answer passes its own verification.
func TestCompareAnswers(t *testing.T) {
	for _, tc := range []struct {
		q string
		// want are strings the answer holds; listed the places it lists as answering, near those
		// it lists without a figure.
		want         []string
		listed, near []string
		bars         int
	}{
		{
			q:      "盛泽镇和黎里镇的一般公共预算收入谁多?",
			want:   []string{"• 盛泽镇:", "31.81亿元", "• 黎里镇:", "33.7亿元", "黎里镇(33.7亿元)高于盛泽镇(31.81亿元)。"},
			listed: []string{"盛泽镇", "黎里镇"}, bars: 2,
		},
		{
			q:      "黎里镇与盛泽镇相比,工业投资哪个高?",
			want:   []string{"• 黎里镇:", "• 盛泽镇:", "盛泽镇(43亿元)高于黎里镇(30亿元)。"},
			listed: []string{"黎里镇", "盛泽镇"}, bars: 2,
		},
		{
			q: "Shengze vs Qidu: fiscal revenue",
			want: []string{"• Shengze town (盛泽镇) reported an estimated general public budget revenue of 3.181 billion yuan (31.81亿元)",
				"• Qidu town (齐都镇)", "Shengze town (盛泽镇) is higher"},
			listed: []string{"盛泽镇", "齐都镇"}, bars: 2,
		},
		{
			// A condition: the places that meet it are listed, from a passage where no fact
			// row states it (齐都镇's fall has no figure).
			q:      "盛泽镇、黎里镇和齐都镇中哪个镇一般公共预算收入下降了?",
			want:   []string{"• 盛泽镇:", "• 黎里镇:", "• 齐都镇:", "一般公共预算收入下降幅度较大", "符合条件(下降)的:齐都镇。"},
			listed: []string{"齐都镇"}, near: []string{"盛泽镇", "黎里镇"},
		},
		{
			q: "Which of Shengze, Lili and Qidu set general public budget revenue growth targets of at least 8%?",
			want: []string{"• Shengze town (盛泽镇)", "• Lili town (黎里镇)", "• Qidu town (齐都镇)",
				"Meeting the condition (at least 8%): Shengze town (盛泽镇) and Qidu town (齐都镇)."},
			listed: []string{"盛泽镇", "齐都镇"}, near: []string{"黎里镇"}, bars: 3,
		},
		{
			// Places named only by their city: the districts of 盘锦市 and 北京市.
			q: "Which district had higher general public budget revenue, Panjin or Beijing?",
			want: []string{"A district of Beijing (北京市xx区, report 4) is higher, with 50.3 billion yuan (503亿元)",
				"for a district of Panjin (盘锦市xx区, report 1)."},
			listed: []string{"xx区", "xx区"}, bars: 2,
		},
		{
			q:      "Compare the GDP growth targets of Shengze and Lili",
			want:   []string{"• Shengze town (盛泽镇): its report states no growth target for GDP", "• Lili town (黎里镇) targets GDP growth of about 5%"},
			listed: []string{"黎里镇"}, near: []string{"盛泽镇"},
		},
	} {
		ans := ask(t, tc.q)
		checkCitations(t, ans)
		if ans.Trace == nil || ans.Trace.Path != PathCompare {
			t.Errorf("%q: path %+v, want %s", tc.q, ans.Trace, PathCompare)
		}
		for _, w := range tc.want {
			if !strings.Contains(ans.Text, w) {
				t.Errorf("%q: the answer lacks %q:\n%s", tc.q, w, ans.Text)
			}
		}
		var listed, near []string
		for _, l := range ans.Listed {
			if l.Near {
				near = append(near, l.Entity)
			} else {
				listed = append(listed, l.Entity)
				if l.Cite < 1 || l.Cite > len(ans.Citations) || ans.Citations[l.Cite-1].Entity != l.Entity {
					t.Errorf("%q: %s cites [%d], not a passage of its report", tc.q, l.Entity, l.Cite)
				}
			}
		}
		if strings.Join(listed, ",") != strings.Join(tc.listed, ",") || strings.Join(near, ",") != strings.Join(tc.near, ",") {
			t.Errorf("%q: listed %v, without a figure %v; want %v and %v", tc.q, listed, near, tc.listed, tc.near)
		}
		switch {
		case tc.bars == 0 && ans.Chart != nil:
			t.Errorf("%q: a chart of %d bars for one figure", tc.q, len(ans.Chart.Rows))
		case tc.bars > 0 && (ans.Chart == nil || len(ans.Chart.Rows) != tc.bars):
			t.Errorf("%q: chart %+v, want %d bars", tc.q, ans.Chart, tc.bars)
		}
		if !ans.Grounded {
			t.Errorf("%q: not grounded", tc.q)
		}
		if problems := Verify(ans.Text, ans.Citations); len(problems) > 0 {
			t.Errorf("%q: %v\n%s", tc.q, problems, ans.Text)
		}
	}
}

func TestYearSpan(t *testing.T) {
	for _, tc := range []struct {
		years []int
		lang  string
		want  string
	}{
		{[]int{2021, 2022, 2023}, "zh", "2021–2023年"},
		{[]int{2021, 2023}, "zh", "2021、2023年"},
		{[]int{2021, 2023}, "en", "2021 and 2023"},
		{[]int{2019, 2021, 2023}, "en", "2019, 2021 and 2023"},
		{[]int{2023}, "en", "2023"},
		{nil, "en", ""},
	} {
		if got := yearSpan(tc.years, tc.lang); got != tc.want {
			t.Errorf("yearSpan(%v, %s) = %q, want %q", tc.years, tc.lang, got, tc.want)
		}
	}
}

func TestRankSentence(t *testing.T) {
	fact := func(value float64, text, unit, measure, comparator string) corpus.Fact {
		return corpus.Fact{Indicator: "一般公共预算收入", Kind: corpus.KindActual, Measure: measure, Value: value, Unit: unit, ValueText: text, Comparator: comparator}
	}
	pf := func(label string, f corpus.Fact) placeFigure { return placeFigure{label: label, fact: f} }
	for _, tc := range []struct {
		name    string
		figures []placeFigure
		places  int
		lang    string
		want    string
	}{
		{"万元 and 亿元 compare", []placeFigure{pf("甲镇", fact(9000, "9000万元", "万元", "amount", "=")), pf("乙镇", fact(1.2, "1.2亿元", "亿元", "amount", "="))}, 2, "zh",
			"乙镇(1.2亿元)高于甲镇(9000万元)。"},
		{"a fall and a flat year", []placeFigure{pf("甲镇", fact(-2, "2%", "%", "growth", "=")), pf("乙镇", fact(0, "持平", "", "growth", "flat")), pf("丙镇", fact(3, "3%", "%", "growth", "="))}, 3, "zh",
			"丙镇最高(增长3%),甲镇最低(下降2%)。"},
		{"a place without a figure", []placeFigure{pf("Jia town (甲镇)", fact(5, "5%", "%", "growth", "=")), pf("Yi town (乙镇)", fact(6, "6%", "%", "growth", "="))}, 3, "en",
			"Of the places that state a comparable figure, Yi town (乙镇) is higher, with growth of 6%, against growth of 5% for Jia town (甲镇)."},
		{"units that do not compare", []placeFigure{pf("甲镇", fact(5, "5个", "个", "amount", "=")), pf("乙镇", fact(6, "6亿元", "亿元", "amount", "="))}, 2, "zh", ""},
		{"one figure", []placeFigure{pf("甲镇", fact(5, "5%", "%", "growth", "="))}, 2, "zh", ""},
		{"equal", []placeFigure{pf("甲镇", fact(5, "5%", "%", "growth", "=")), pf("乙镇", fact(5, "5%", "%", "growth", "="))}, 2, "en",
			"All state the same figure: growth of 5%."},
	} {
		if got := rankSentence(tc.figures, tc.places, tc.lang); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
