package answer

import (
	"fmt"
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"golang.org/x/text/unicode/norm"
)

// Verify checks a model's answer against the passages it was given and returns what is wrong,
// one short sentence per problem (empty: the answer may be shown). The sentences go back to the
// model on a repair attempt and to the log. An answer passes when
//   - every citation marker ([2], [1][3], [1, 2], [1–3], 【2】) names a supplied passage;
//   - it cites at least one passage, unless it says the reports do not answer the question;
//   - every number in it (digits, decimals, percentages; full-width digits too) appears in a
//     passage it cites, or is part of a figure that states the same quantity as a figure of a
//     cited passage (num.Equivalent: "4.7 billion yuan" for 47亿元, "16,000 units" for
//     1.6万套): a year such as 2024 may come from any supplied passage, and list markers
//     ("1. "), report ordinals ("report 4") and the citation markers themselves do not count;
//   - every quotation in “…”, "…", 「…」 or 『…』 is verbatim (ignoring white space) in a cited
//     passage; "…" inside a quotation marks an omission. Quotations without Chinese of three
//     words or fewer are taken as terms ("target"), not quotations;
//   - it holds no Slack markup — links (<https://…|text>), mentions (<@U…>, <#C…>) or
//     broadcasts (<!channel>, <!here>) — which the reports never contain and which would
//     ping or mislead users if shown.
func Verify(text string, passages []Citation) []string {
	t := norm.NFKC.String(text)
	if strings.TrimSpace(t) == "" {
		return []string{"the answer is empty"}
	}
	var markup []string
	if slackMarkupRE.MatchString(t) {
		markup = []string{"the answer contains Slack markup (" + shorten(slackMarkupRE.FindString(t), 40) + "): write plain text, with no links, mentions or <…> codes"}
	}
	byN := make(map[int]string, len(passages))
	nums := make(map[int]map[string]bool, len(passages))
	allNums := map[string]bool{}
	var valid []int
	for _, p := range passages {
		text := norm.NFKC.String(p.Text + "\n" + p.Section)
		byN[p.N] = text
		set := map[string]bool{}
		for _, n := range findNumbers(text) {
			set[canonNumber(n)] = true
			allNums[canonNumber(n)] = true
		}
		nums[p.N] = set
		valid = append(valid, p.N)
	}
	slices.Sort(valid)

	problems := markup
	add := func(format string, args ...any) {
		if p := fmt.Sprintf(format, args...); !slices.Contains(problems, p) {
			problems = append(problems, p)
		}
	}

	// Citations.
	cited := map[int]bool{}
	for _, m := range citeRE.FindAllStringSubmatch(t, -1) {
		for _, n := range citedNumbers(m[1]) {
			if _, ok := byN[n]; ok {
				cited[n] = true
			} else {
				add("[%d] does not refer to a supplied passage (cite only %s)", n, listNums(valid))
			}
		}
	}
	body := citeRE.ReplaceAllString(t, " ")
	if len(cited) == 0 {
		if saysUnanswered(body) {
			// Nothing is claimed, so there is nothing to ground: numbers here restate the question.
			return problems
		}
		add("the answer cites no passage: cite the supporting passage as [n] after every claim")
	}
	var citedText []string
	citedNums := map[string]bool{}
	for _, n := range valid {
		if cited[n] {
			citedText = append(citedText, byN[n])
			for c := range nums[n] {
				citedNums[c] = true
			}
		}
	}

	// Numbers.
	unmarked := reportRefRE.ReplaceAllString(listMarkRE.ReplaceAllString(body, ""), " ")
	converted, misscaled := convertedNumbers(unmarked, citedText)
	for _, f := range misscaled {
		add("the figure %s states no figure of a cited passage: check the conversion (万 is 10,000, 亿 is 100 million)", f)
	}
	for _, numeral := range findNumbers(unmarked) {
		c := canonNumber(numeral)
		if citedNums[c] || converted[c] || (isYear(c) && allNums[c]) {
			continue
		}
		add("the number %s does not appear in any cited passage", numeral)
	}

	// Quotations.
	compact := make([]string, len(citedText))
	for i, s := range citedText {
		compact[i] = zh.StripSpace(s)
	}
	for _, q := range quotations(body) {
		if !needsCheck(q) {
			continue
		}
		if !verbatim(q, compact) {
			add("the quotation “%s” is not verbatim in any cited passage", shorten(q, 40))
		}
	}
	return problems
}

var (
	// slackMarkupRE matches Slack's angle-bracket markup: <!…> broadcasts and dates, <@…>
	// user and <#…> channel mentions, and <scheme:…> links (after NFKC: full-width ＜ is <).
	slackMarkupRE = lazyre.New(`(?i)<(?:[!@#]|[a-z][a-z0-9+.-]*:)[^<>\n]*>`)
	// citeRE matches a citation marker; group 1 holds its numbers. Full-width brackets have
	// become ASCII by NFKC; 【】 has no compatibility form, so it is matched as is.
	citeRE = lazyre.New(`[\[【]\s*(\d+(?:\s*(?:[,、]|[-–~])\s*\d+)*)\s*[\]】]`)
	// listMarkRE matches list numbering at the start of a line ("1. ", "2) ", "3、").
	listMarkRE = lazyre.New(`(?m)^\s*\d+(?:[.)]\s|、)`)
	rangeRE    = lazyre.New(`(\d+)\s*[-–~]\s*(\d+)`)
	// reportRefRE matches a report's ordinal as answers name a withheld place ("report 4",
	// "报告4"): a reference, like a citation marker, not a figure.
	reportRefRE = lazyre.New(`\b[Rr]eport \d+\b|报告\d+`)
)

// citedNumbers expands "1, 2" or "1–3" into the passage numbers they name.
func citedNumbers(s string) []int {
	var out []int
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || r == '、' }) {
		part = strings.TrimSpace(part)
		if m := rangeRE.FindStringSubmatch(part); m != nil {
			lo, _ := strconv.Atoi(m[1])
			hi, _ := strconv.Atoi(m[2])
			if lo <= hi && hi-lo < 50 {
				for n := lo; n <= hi; n++ {
					out = append(out, n)
				}
				continue
			}
		}
		if n, err := strconv.Atoi(part); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// canonNumber writes a number so that 1,234.50 and 1234.5 compare equal.
func canonNumber(s string) string {
	s = strings.ReplaceAll(s, ",", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func isYear(c string) bool {
	n, err := strconv.Atoi(c)
	return err == nil && len(c) == 4 && n >= 1949 && n <= 2100
}

// findNumbers returns the numerals written in ASCII digits in s (12, 5.5, 1,234.5), as
// internal/num reads them: a comma groups thousands only before exactly three digits (the
// reports use "," for "，" after NFKC), and digits glued to Latin letters (PM2.5, G20) are names,
// not figures.
func findNumbers(s string) []string {
	vs := num.FindWith(s, num.Options{Only: num.FormArabic})
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, s[v.NumStart:v.NumEnd])
	}
	return out
}

// unanswered are phrases (lower case) by which an answer says the reports do not answer.
var unanswered = []string{
	"do not answer", "does not answer", "don't answer", "doesn't answer", "cannot be answered",
	"can't be answered", "do not say", "does not say", "do not mention", "does not mention",
	"don't mention", "doesn't mention", "not mentioned", "do not contain", "does not contain",
	"do not include", "does not include", "no information", "not stated", "do not state",
	"does not state", "do not provide", "does not provide", "do not give", "does not give",
	"do not cover", "does not cover", "not covered",
	"未涉及", "没有涉及", "未提及", "没有提及", "未提到", "没有提到", "无法回答", "不能回答",
	"未找到", "没有找到", "没有相关", "无相关", "未说明", "没有说明", "未包含", "不包含",
	"没有包含", "未给出", "没有给出", "未披露",
}

func saysUnanswered(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, p := range unanswered {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// quotations returns the spans quoted in s (after NFKC: full-width " is ASCII).
func quotations(s string) []string {
	var out []string
	for _, pair := range [][2]rune{{'“', '”'}, {'「', '」'}, {'『', '』'}, {'"', '"'}} {
		rest := s
		for {
			i := strings.IndexRune(rest, pair[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(string(pair[0])):]
			j := strings.IndexRune(rest, pair[1])
			if j < 0 {
				break
			}
			if q := strings.TrimSpace(rest[:j]); q != "" {
				out = append(out, q)
			}
			rest = rest[j+len(string(pair[1])):]
		}
	}
	return out
}

// needsCheck tells quotations from terms: anything with Chinese in it is a quotation of a
// report; a Latin-only span is one only when it is longer than three words.
func needsCheck(q string) bool {
	for _, r := range q {
		if zh.IsHan(r) {
			return true
		}
	}
	return len(strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })) > 3
}

// verbatim reports whether q, split at omission marks, is found in one passage part by part.
func verbatim(q string, compactPassages []string) bool {
	var parts []string
	for p := range strings.SplitSeq(strings.ReplaceAll(q, "⋯", "..."), "...") {
		if p = zh.StripSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return true
	}
	for _, text := range compactPassages {
		ok := true
		for _, p := range parts {
			if !strings.Contains(text, p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func listNums(ns []int) string {
	if len(ns) == 0 {
		return "supplied passages"
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = "[" + strconv.Itoa(n) + "]"
	}
	return strings.Join(parts, " ")
}

func shorten(s string, n int) string {
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}

// convertedNumbers returns the numerals (canonNumber) of the answer's figures that state the
// same quantity as a figure of a cited passage in other words: 4.7 in "4.7 billion yuan" when a
// passage has 47亿元. misscaled are the answer's figures written with an English multiplier
// ("31.81 billion yuan") that state no cited figure, whatever their digits. Report text after
// NFKC separates clauses with ASCII commas, so passages are read without digit grouping; the
// answer is English and groups thousands ("16,000"); round numbers written without digits count
// (近万名: "nearly 10,000 people"), and the low end of a range in its high end's unit (50-60亿元:
// "5 billion yuan").
func convertedNumbers(answer string, cited []string) (converted map[string]bool, misscaled []string) {
	var theirs []num.Value
	for _, t := range cited {
		for _, v := range num.FindWith(t, num.Options{Ungrouped: true, Round: true, Ranges: true}) {
			if !v.Year() {
				theirs = append(theirs, v)
			}
		}
	}
	converted = map[string]bool{}
	for _, v := range num.FindWith(answer, num.Options{Only: num.FormArabic}) {
		if v.Year() {
			continue
		}
		ok := false
		for _, w := range theirs {
			if num.Equivalent(v, w) {
				converted[canonNumber(answer[v.NumStart:v.NumEnd])] = true
				ok = true
				break
			}
		}
		if !ok && englishMultiplier[strings.ToLower(v.Multiplier)] {
			misscaled = append(misscaled, v.Text)
		}
	}
	return converted, misscaled
}

var englishMultiplier = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true, "bn": true, "mn": true}
