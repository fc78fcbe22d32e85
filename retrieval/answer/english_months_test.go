package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestMonthSpan: a figure given for part of a year is framed by its months, as the span opening
// its sentence run writes them; a span in an earlier run, a single month or a date is no span.
func TestMonthSpan(t *testing.T) {
	tests := []struct {
		name, s, fig, want string
	}{
		{"digits with 至 and 份", "二是经济发展取得进步。1至9月份,全镇财政收入333万元,同比增长112.4%;", "333万元", "Jan–Sep"},
		{"a hyphen", "增长约11%;1-11月,实际利用外资达到63.1亿美元,增长32.5%;", "63.1亿美元", "Jan–Nov"},
		{"months both written", "1月至10月,完成投资12亿元。", "12亿元", "Jan–Oct"},
		{"Chinese numerals", "一至十一月,新增企业200家。", "200家", "Jan–Nov"},
		{"a quarter span", "前三季度,地区生产总值增长5%。", "5%", "Jan–Sep"},
		{"half a year", "上半年,财政收入3亿元。", "3亿元", "Jan–Jun"},
		{"later figures of the run", "1-11月,实际利用外资达到63.1亿美元,增长32.5%;", "32.5%", "Jan–Nov"},
		{"a span in an earlier run", "1-11月,实际利用外资达到63.1亿美元;进出口总额1.65万亿元。", "1.65万亿元", ""},
		{"a span after the figure", "财政收入333万元,其中1-9月200万元。", "333万元", ""},
		{"a single month", "9月,粮仓开园,投资500万元。", "500万元", ""},
		{"a date", "6·30疫情期间,组建巡逻队伍49个。", "49个", ""},
		{"no span", "全年财政收入333万元。", "333万元", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := monthSpan(tt.s, strings.Index(tt.s, tt.fig)); got != tt.want {
				t.Errorf("monthSpan(%q at %q) = %q, want %q", tt.s, tt.fig, got, tt.want)
			}
		})
	}
}

// TestSpannedFrames: both English first lines, from a quote and from fact rows, name the span of
// months of a figure given for part of the year, not the year alone.
func TestSpannedFrames(t *testing.T) {
	quote := "1-11月,实际利用外资达到63.1亿美元,增长32.5%;"
	if got, want := spannedFrame("2023 result", quote, strings.Index(quote, "63.1")), "Jan–Nov 2023 result"; got != want {
		t.Errorf("spannedFrame = %q, want %q", got, want)
	}
	if got := spannedFrame("2023 result", "全年实际利用外资63.1亿美元。", 18); got != "2023 result" {
		t.Errorf("spannedFrame without a span = %q, want the frame unchanged", got)
	}
	f := corpus.Fact{Indicator: "实际利用外资", Wording: "实际利用外资", Kind: corpus.KindActual, Measure: "amount",
		Value: 63.1, Unit: "亿美元", ValueText: "63.1亿美元", Comparator: "=", Sentence: quote}
	got := enFactClause([]corpus.Fact{f}, func(corpus.Fact) int { return 2023 })
	if !strings.Contains(got, "in Jan–Nov 2023") {
		t.Errorf("enFactClause = %q, want the figure framed \"in Jan–Nov 2023\"", got)
	}
	f.Sentence = "全年实际利用外资达到63.1亿美元。"
	if got := enFactClause([]corpus.Fact{f}, func(corpus.Fact) int { return 2023 }); !strings.Contains(got, "in 2023") || strings.Contains(got, "–") {
		t.Errorf("enFactClause of a whole year = %q, want \"in 2023\"", got)
	}
}
