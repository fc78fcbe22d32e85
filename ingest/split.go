package ingest

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"
	"unicode/utf8"
)

// RawReport is one report's paragraphs as split from a file, before sections and chunks.
type RawReport struct {
	// Ordinal is the 1-based position of the report in its file.
	Ordinal int
	// Title is the heading that opened the report in a multi-report file ("" otherwise).
	Title      string
	Paragraphs []string
}

// reReportHeading matches the headings a page uses to separate several reports: "…篇1",
// "…篇一", "第3篇", "【篇2】".
var reReportHeading = lazyre.New(`(篇\s*[0-9一二三四五六七八九十]{1,3}\s*[】\]]?$)|(^[【\[]?第\s*[0-9一二三四五六七八九十]{1,3}\s*篇)`)

// isReportHeading reports whether p heads one report of a multi-report page: short, no sentence
// punctuation, and numbered as a "篇".
func isReportHeading(p string) bool {
	p = strings.TrimSpace(p)
	if utf8.RuneCountInString(p) > 60 || strings.ContainsAny(p, sentenceMarks+clauseMarks) {
		return false
	}
	return reReportHeading.MatchString(p)
}

// minPreludeChars is how much text a file's prelude (before its first report heading) must hold
// to count as a report of its own; shorter preludes are page titles and teasers.
const minPreludeChars = 200

// Split divides a file's cleaned paragraphs into reports. A file with report headings gives one
// report per heading (the prelude before the first heading is page furniture unless it holds
// real text); a file without gives one report. Reports with no paragraphs are returned too (the
// caller reports them).
func Split(paras []string) []RawReport {
	var heads []int
	for i, p := range paras {
		if isReportHeading(p) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return []RawReport{{Ordinal: 1, Paragraphs: paras}}
	}
	var out []RawReport
	prelude := paras[:heads[0]]
	if longest(prelude) >= minPreludeChars {
		out = append(out, RawReport{Paragraphs: prelude})
	}
	for i, h := range heads {
		end := len(paras)
		if i+1 < len(heads) {
			end = heads[i+1]
		}
		out = append(out, RawReport{Title: strings.TrimSpace(paras[h]), Paragraphs: paras[h+1 : end]})
	}
	for i := range out {
		out[i].Ordinal = i + 1
	}
	return out
}

func longest(paras []string) int {
	n := 0
	for _, p := range paras {
		n = max(n, utf8.RuneCountInString(p))
	}
	return n
}
