package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// Years back: a question may name a year by counting back from now ("three years ago", 前年,
// 三年前, "the year before last"). From a report's standpoint now is the year it plans for and
// last year the year it reviews, so N years ago is the review year less N-1: a year the report
// does not cover unless its text speaks of it. Without this the words were no year at all, and
// "What was Huigou's fixed-asset investment three years ago?" was answered with last year's.

// reYearsBack is a year counted back from now: 大前年 (three), 前年 and "the year before last"
// (two), or a numeral before 年前 or "years ago" (captured).
var reYearsBack = lazyre.New(`(大前年)|(前年|\bthe year before last\b)|(?:^|[^\d.])([两二三四五六七八九十]|\d{1,2})年(?:以)?前|\b([a-z]+|\d{1,2}) years? ago\b`)

// yearsBack returns how many years before now a question's year is (2 for 前年), or 0 when it
// counts no year back (or counts back less than two years: last year is Plan.When's).
func yearsBack(norm string) int {
	m := reYearsBack.FindStringSubmatch(norm)
	switch {
	case m == nil:
		return 0
	case m[1] != "":
		return 3
	case m[2] != "":
		return 2
	}
	v, err := num.Parse(m[3] + m[4]) // 两 reads as 2 like 二
	if err != nil || v.Number*v.Scale < 2 || v.Number*v.Scale > 50 || v.Number != float64(int(v.Number)) {
		return 0
	}
	return int(v.Number * v.Scale)
}

// backYears returns the years a question counting back names, one per report in scope (its
// review year less N-1), for a question that names no year itself.
func backYears(p Plan, inScope []corpus.Report) []int {
	n := yearsBack(p.Norm)
	if n == 0 || len(p.Years) > 0 {
		return nil
	}
	var out []int
	for _, r := range inScope {
		review, _ := FrameYears(r)
		if y := review - (n - 1); y > 0 && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// stripYearsBack blanks a question's years counted back (前年, 三年前), which say when, not what:
// as terms they would be subjects no passage mentions.
func stripYearsBack(q string) string {
	for {
		ms := reYearsBack.FindAllStringSubmatchIndex(q, 1)
		if ms == nil {
			return q
		}
		m := ms[0]
		start := m[0]
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				start = m[g]
				break
			}
		}
		q = q[:start] + " " + q[m[1]:]
	}
}
