package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// Dates: a "when …" question is answered by the date the quote gives for what it asks, in
// English with the original in brackets: "September (9月)", "30 June 2023 (2023年6月30日)", "the
// end of 2023 (2023年底)", "since 2015 (自2015年)".

var (
	// reWhenQ is an English question asking for a date: "when …", "what month/date/day/year …",
	// "by when", "since when", "how soon".
	reWhenQ = lazyre.New(`(?i)^(?:(?:by|since|until) )?when\b|\bwhat (?:month|date|day|year|time of year)\b|\bin which (?:month|year)\b`)
	// reYearPart is a part of a year named without its number: 年底 (the end of the year), 今年年内.
	reYearPart = lazyre.New(`(今年|明年|当年)?年(底|末|内|初)`)
	yearWord   = map[string]string{"": "the year", "今年": "this year", "明年": "next year", "当年": "that year"}
	// reYearQ asks for a year, which a year alone answers (2015年).
	reYearQ = lazyre.New(`(?i)\b(?:what|which) year\b`)
	// reDate is a date of a quote: an optional year, month and day, or a year alone with a part of
	// it (底, 初, 上半年…), after an optional 自/从/截至/到 that says whether it starts or ends a span.
	reDate     = lazyre.New(`(自|从|截至|截止|到|于)?(?:(\d{4})年)?(?:(\d{1,2})月(?:份)?(?:(\d{1,2})日)?)?(底|初|末|上旬|中旬|下旬|上半年|下半年)?`)
	monthNames = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
	datePart = map[string]string{"底": "the end of ", "末": "the end of ", "初": "the beginning of ", "上旬": "early ",
		"中旬": "mid-", "下旬": "late ", "上半年": "the first half of ", "下半年": "the second half of "}
	dateLead = map[string]string{"自": "since ", "从": "from ", "截至": "as of ", "截止": "as of ", "到": "by ", "于": ""}
)

// quoteDate is one date of a quote: its bytes and its English.
type quoteDate struct {
	start, end int
	english    string
}

// quoteDates are the dates of a quote in clauses that hold a weighty term of the question
// (holdsTerm), in order: a month (9月), a month and day, a year with a month or a part (2023年底,
// 2023年6月), or a year after 自/从/截至 (自2015年); not a year alone (the time frame says it)
// unless the question asks for a year, not a span of months (1至9月) nor a number inside a
// figure (6·30).
func quoteDates(a retrieval.Plan, quote string) []quoteDate {
	var out []quoteDate
	yearAlone := reYearQ.MatchString(a.Question) // "in what year …": 2015年 answers
	for _, m := range reDate.FindAllStringSubmatchIndex(quote, -1) {
		has := func(i int) bool { return m[2*i] >= 0 }
		get := func(i int) string {
			if !has(i) {
				return ""
			}
			return quote[m[2*i]:m[2*i+1]]
		}
		if !has(3) && !(has(2) && (has(5) || has(1) || yearAlone)) {
			continue // a year alone, or nothing
		}
		start := m[0]
		if start > 0 && (strings.HasSuffix(quote[:start], "至") || strings.HasSuffix(quote[:start], "·") ||
			quote[start-1] >= '0' && quote[start-1] <= '9') || strings.HasPrefix(quote[m[1]:], "至") {
			continue // 1至9月, 6·30
		}
		month, _ := strconv.Atoi(get(3))
		if has(3) && (month < 1 || month > 12) {
			continue
		}
		var b strings.Builder
		b.WriteString(dateLead[get(1)])
		b.WriteString(datePart[get(5)])
		if has(4) {
			b.WriteString(get(4) + " ")
		}
		if has(3) {
			b.WriteString(monthNames[month])
			if has(2) {
				b.WriteString(" ")
			}
		}
		b.WriteString(get(2))
		cs, ce := clauseBounds(quote, start, m[1])
		if !holdsTerm(a, quote[cs:ce]) {
			continue
		}
		out = append(out, quoteDate{start: start, end: m[1], english: strings.TrimSpace(b.String())})
	}
	for _, m := range reYearPart.FindAllStringSubmatchIndex(quote, -1) {
		if m[0] > 0 && quote[m[0]-1] >= '0' && quote[m[0]-1] <= '9' {
			continue // 2023年底 is read above
		}
		cs, ce := clauseBounds(quote, m[0], m[1])
		if !holdsTerm(a, quote[cs:ce]) {
			continue
		}
		year := yearWord[""]
		if m[2] >= 0 {
			year = yearWord[quote[m[2]:m[3]]]
		}
		e := map[string]string{"底": "by the end of ", "末": "by the end of ", "内": "within ", "初": "at the beginning of "}[quote[m[4]:m[5]]] + year
		out = append(out, quoteDate{start: m[0], end: m[1], english: e})
	}
	slices.SortFunc(out, func(x, y quoteDate) int { return x.start - y.start })
	return out
}

// dateLine states the dates of the quote that answer a "when …" English question: "September
// (9月)"; ok is false for other questions or a quote without one.
func dateLine(a retrieval.Plan, quote string) (parts []string, at []quoteFigure, ok bool) {
	if a.Lang != "en" || !reWhenQ.MatchString(strings.TrimSpace(a.Question)) {
		return nil, nil, false
	}
	for _, d := range quoteDates(a, quote) {
		parts = append(parts, d.english+" ("+quote[d.start:d.end]+")")
		at = append(at, quoteFigure{v: num.Value{Start: d.start, End: d.end, QualEnd: d.end}})
	}
	return parts, at, len(parts) > 0
}
