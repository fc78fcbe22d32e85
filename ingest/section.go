package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/zh"
)

// Para is one paragraph of a report with the heading path it stands under.
type Para struct {
	Text string
	// Section is the heading path, outermost first; for an inline heading ("(一)聚焦…。正文…")
	// it includes the paragraph's own heading.
	Section []string
	// Heading is true when the whole paragraph is a heading; its text is then in Section only.
	Heading bool
}

// headingStyle names a numbering style; the nesting of styles is learnt from the order in which
// a report uses them, as reports differ (some put "一、" under an unnumbered "2023年工作计划").
type headingStyle int

const (
	styleNone     headingStyle = iota
	stylePlain                 // a short unnumbered line: "2023年政府工作回顾"
	styleCN                    // 一、
	styleParen                 // (一)
	styleNum                   // 1. 1、
	styleParenNum              // (1)
	styleCircled               // ①
)

var headingPatterns = []struct {
	style headingStyle
	re    *lazyre.Regexp
}{
	{styleCN, lazyre.New(`^[一二三四五六七八九十]{1,3}、`)},
	{styleParen, lazyre.New(`^[((][一二三四五六七八九十]{1,3}[))]`)},
	{styleNum, lazyre.New(`^[0-9]{1,2}[.、.](?:[^0-9]|$)`)},
	{styleParenNum, lazyre.New(`^[((][0-9]{1,2}[))]`)},
	{styleCircled, lazyre.New(`^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]`)},
}

// Punctuation that ends sentences and clauses, full- and half-width.
const (
	sentenceMarks = "。；;！？!?"
	clauseMarks   = "，,、：:"
)

const (
	// maxStandaloneHeading is the longest paragraph taken as a heading on its own.
	maxStandaloneHeading = 60
	// maxPlainHeading is the longest unnumbered line taken as a heading.
	maxPlainHeading = 30
	// maxInlineHeading is the longest first sentence taken as an inline heading.
	maxInlineHeading = 80
)

// classify returns the heading style of p, the heading text, and whether the whole paragraph is
// the heading. styleNone means p is body text.
func classify(p string) (headingStyle, string, bool) {
	p = strings.TrimSpace(p)
	n := utf8.RuneCountInString(p)
	for _, hp := range headingPatterns {
		if !hp.re.MatchString(p) {
			continue
		}
		body := strings.TrimRight(p, "。；;")
		if n <= maxStandaloneHeading && !strings.ContainsAny(body, sentenceMarks) {
			return hp.style, body, true
		}
		first := zh.Sentences(p)[0]
		h := strings.TrimRight(first, sentenceMarks)
		if utf8.RuneCountInString(h) > maxInlineHeading {
			// A numbered paragraph whose first sentence is long: the heading is its first clause.
			h = strings.TrimRight(zh.Clauses(h)[0], clauseMarks)
			if utf8.RuneCountInString(h) > maxInlineHeading {
				h = string([]rune(h)[:maxInlineHeading]) + "…"
			}
		}
		return hp.style, h, false
	}
	if n <= maxPlainHeading && strings.ContainsFunc(p, zh.IsHan) && !strings.ContainsAny(p, sentenceMarks+clauseMarks+"“”\"") {
		return stylePlain, p, true
	}
	return styleNone, "", false
}

// Sections assigns every paragraph of a report its heading path.
func Sections(paras []string) []Para {
	type level struct {
		style headingStyle
		text  string
	}
	var stack []level
	path := func() []string {
		out := make([]string, len(stack))
		for i, l := range stack {
			out[i] = l.text
		}
		return out
	}
	out := make([]Para, 0, len(paras))
	for i, p := range paras {
		style, h, whole := classify(p)
		// An unnumbered short line that ends the report, or is followed by another one, is a
		// slogan or a signature, not a heading.
		if style == stylePlain && (i == len(paras)-1 || func() bool { s, _, _ := classify(paras[i+1]); return s == stylePlain }()) {
			style = styleNone
		}
		if style == styleNone {
			out = append(out, Para{Text: p, Section: path()})
			continue
		}
		// Pop to the level this style already has, or nest it under the current one.
		cut := len(stack)
		for j, l := range stack {
			if l.style == style {
				cut = j
				break
			}
		}
		stack = append(stack[:cut], level{style, h})
		out = append(out, Para{Text: p, Section: path(), Heading: whole})
	}
	return out
}
