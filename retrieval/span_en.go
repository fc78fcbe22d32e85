package retrieval

import (
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// enSpans are the spans of a year an English question asks by quarter or half ("the first half
// of 2023", "Q1–Q3", "the first nine months", "January to September"): the English of zhSpans.
// Read as terms with the months the reports write (1至9月份), they let a report that states only
// the year's figure be named as not stating the span (unstatedSpans) rather than answer with
// the year's figure as if it were the span's.
var enSpans = []struct {
	re     *lazyre.Regexp
	months int // the span runs from January to this month; 0: read from the match (enMonthCount)
	zh     string
}{
	{lazyre.New(`\b(?:first|1st) three quarters\b|\bq1\s*[-–—~]\s*q3\b|\b1q\s*[-–—~]\s*3q\b`), 9, "前三季度"},
	{lazyre.New(`\b(?:first|1st) (?:half|two quarters)\b|\bh1\b|\b1h\b|\bq1\s*[-–—~]\s*q2\b`), 6, "上半年"},
	{lazyre.New(`\b(?:first|1st) quarter\b|\bq1\b|\b1q\b`), 3, "一季度"},
	{lazyre.New(`\b(?:first|1st) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months\b`), 0, ""},
	{lazyre.New(`\b(?:from )?jan(?:uary|\.)?\s*(?:to|through|till|until|thru|[-–—~])\s*(feb|mar|apr|may|jun|jul|aug|sep|oct|nov)[a-z]*\.?`), 0, ""},
}

// enMonthWords are the months and counts an English span names (enSpans' first group).
var enMonthWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
}

// enMonthCount reads the last month of a span from its group: a count (9, nine) or a month (sep).
func enMonthCount(s string) int {
	if n, ok := enMonthWords[s]; ok {
		return n
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// enSpanTerms blanks q's spans of the year asked by quarter, half or count of months (keeping
// every other byte where it stands, so positions into q still hold) and returns a term for each:
// From is the question's wording, the variants the Chinese span and the months as the reports
// write them. A span that runs to December is the whole year and no span.
func enSpanTerms(q string) (string, []Term) {
	var out []Term
	for _, s := range enSpans {
		for _, loc := range s.re.FindAllStringSubmatchIndex(q, -1) {
			n, zh := s.months, s.zh
			if n == 0 && len(loc) >= 4 && loc[2] >= 0 {
				n = enMonthCount(q[loc[2]:loc[3]])
			}
			if n < 1 || n > 11 {
				continue
			}
			from := strings.TrimSpace(q[loc[0]:loc[1]])
			if zh == "" {
				zh = "前" + zhNumeral(n) + "个月"
			}
			out = append(out, Term{From: from, Variants: append([]string{zh}, monthSpanWordings(n)...), Weight: spanWeight})
			q = q[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + q[loc[1]:]
		}
	}
	q, past := pastYearsTerms(q)
	return q, append(out, past...)
}

// reEnPastYears is a run of years back from now ("over the past five years", "in the last 3
// years"): a span the reports write as 过去五年, 五年来, 近五年 — a report that states one year's
// figure states nothing for it.
var reEnPastYears = lazyre.New(`\b(?:(?:over|in|during|across|for) )?the (?:past|last|previous) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years\b`)

// reEnSpanPreposition is the preposition a run of years back opens with ("over the past…").
var reEnSpanPreposition = lazyre.New(`^(?:over|in|during|across|for) `)

// pastYearsTerms blanks q's runs of years back (reEnPastYears) and returns a term for each,
// worded as the reports write such a run.
func pastYearsTerms(q string) (string, []Term) {
	var out []Term
	for _, loc := range reEnPastYears.FindAllStringSubmatchIndex(q, -1) {
		n := enMonthCount(q[loc[2]:loc[3]])
		if n < 2 || n > 10 {
			continue
		}
		var vs []string
		for _, c := range []string{zhNumeral(n), strconv.Itoa(n)} {
			vs = append(vs, "过去"+c+"年", c+"年来", "近"+c+"年")
		}
		from := reEnSpanPreposition.ReplaceAllString(strings.TrimSpace(q[loc[0]:loc[1]]), "") // "the past five years"
		out = append(out, Term{From: from, Variants: vs, Weight: spanWeight})
		q = q[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + q[loc[1]:]
	}
	return q, out
}

// isSpanTerm reports whether t is a span a question asked (zhSpanTerms, enSpanTerms, which
// reads runs of years back too: pastYearsTerms), whose variants are the ways the reports write it.
func isSpanTerm(t Term) bool {
	for _, f := range []func(string) (string, []Term){zhSpanTerms, enSpanTerms} {
		if _, spans := f(t.From); len(spans) == 1 && spans[0].From == t.From {
			return true
		}
	}
	return false
}
