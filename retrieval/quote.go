package retrieval

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
)

// What may be quoted: a statement, never a heading or a lead-in alone ("一是渔业产业质效提升。",
// "(二)聚焦乡村振兴,…", "重点抓好以下五个方面工作:") nor a clause cut out of a sentence ("…一年来").
// A heading that matches the question is quoted with the statement that follows it.

var (
	// reEnumerated starts a numbered heading: (一), （二）, 一、, 1. , 1、, 第一,
	reEnumerated = regexp.MustCompile(`^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．]|第[一二三四五六七八九十]+[,，、])`)
	// reRunIn starts a run-in heading: 一是, 二是 …
	reRunIn = regexp.MustCompile(`^\s*[一二三四五六七八九十]+是`)
)

// shortHeading is the longest (in Han characters and letters) an unnumbered sentence with no
// figure may be and still read as a run-in heading ("全面激发乡村振兴活力。").
const shortHeading = 12

// runInBody is the longest body after 一是 that reads as a heading ("一是渔业产业质效提升。").
const runInBody = 16

// headingLike reports whether a sentence is a heading or a lead-in rather than a statement:
// it ends in a colon; or it is numbered and states no figure; or it is a short run-in heading
// ("一是…。", or an unnumbered phrase of at most shortHeading characters ending in 。) with no
// figure and no comma.
func headingLike(sent string) bool {
	s := strings.TrimSpace(sent)
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ':' || last == '：' {
		return true
	}
	if len(figures(s)) > 0 {
		return false
	}
	if reEnumerated.MatchString(s) {
		return true
	}
	if last != '。' && last != '!' && last != '！' {
		return false
	}
	comma := strings.ContainsAny(s, ",，;；")
	if loc := reRunIn.FindStringIndex(s); loc != nil {
		return !comma && letters(s[loc[1]:]) <= runInBody
	}
	return !comma && letters(s) <= shortHeading
}

// fragment reports whether a sentence was cut short: it does not end a sentence (a passage
// that stops mid-sentence, or a run of clauses).
func fragment(sent string) bool {
	s := strings.TrimRight(strings.TrimSpace(sent), closers)
	if s == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。！？；!?;:：", last)
}

// closers are the closing quotes and brackets that may follow a sentence's end mark.
const closers = "”’」』)）】》\"'"

// letters counts the Han characters, letters and digits of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if zh.IsHan(r) || r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			n++
		}
	}
	return n
}
