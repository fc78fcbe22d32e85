package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// A figure a report gives for part of a year (1至9月份,全镇财政收入333万元; 1-11月,实际利用外资
// 达到63.1亿美元) is not the year's: its English time frame names the months, "Jan–Sep 2023
// result", never "2023 result" or "in 2023" alone.

// reMonthSpan is a span of months as reports write it: 1-11月, 1至9月份, 1月至10月, 前三季度,
// 上半年, 一季度. The span word ends the match, so the text after it is what it governs.
var reMonthSpan = lazyre.New(`([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月?\s*(?:-|—|–|－|~|～|至|到)\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月份?|前三季度|前两季度|上半年|第?一季度`)

var monthAbbrev = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// quarterSpans are the spans of months written as parts of the year.
var quarterSpans = map[string]string{"前三季度": "Jan–Sep", "前两季度": "Jan–Jun", "上半年": "Jan–Jun", "一季度": "Jan–Mar", "第一季度": "Jan–Mar"}

// monthSpan is the span of months in English ("Jan–Sep") that governs the figure at byte at of
// s: the last span written before it in the same sentence run (up to the last 。；; before
// it), as 1-11月, opening the run, frames every figure after it. "" when there is none.
func monthSpan(s string, at int) string {
	if at < 0 || at > len(s) {
		return ""
	}
	run := s[:at]
	if i := strings.LastIndexAny(run, "。；;！？\n"); i >= 0 {
		run = run[i:]
	}
	ms := reMonthSpan.FindAllStringSubmatch(run, -1)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	if sp, ok := quarterSpans[m[0]]; ok {
		return sp
	}
	from, to := monthNumber(m[1]), monthNumber(m[2])
	if from < 1 || to > 12 || from >= to {
		return ""
	}
	return monthAbbrev[from-1] + "–" + monthAbbrev[to-1]
}

// monthNumber is a month written in digits or Chinese numerals (11, 十一), 0 when it is neither.
func monthNumber(s string) int {
	v, err := num.Parse(s)
	if err != nil || v.Amount() != float64(int(v.Amount())) {
		return 0
	}
	return int(v.Amount())
}

// spannedFrame puts the span of months governing the figure at byte at of quote before a time
// frame: "2023 result" → "Jan–Nov 2023 result"; a frame without one is left as it is.
func spannedFrame(frame, quote string, at int) string {
	sp := monthSpan(quote, at)
	if sp == "" || frame == "" {
		return frame
	}
	return sp + " " + frame
}
