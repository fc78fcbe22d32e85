package retrieval

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
)

// Cheap tests that spare shapedLikeHeading its regular expressions and full scans for most
// sentences: a question over every report at 10,000 reports asks it of every sentence of
// hundreds of thousands of passages.

// firstAfterSpace is s's first character after the spaces `^\s*` of reEnumerated and reRunIn
// match (-1 for none): neither can match unless it opens a number (numberedStart, a numeral).
func firstAfterSpace(s string) rune {
	s = strings.TrimLeft(s, " \t\n\f\r")
	if s == "" {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// numberedStart reports whether r may open reEnumerated's number: a bracket, a numeral, a
// digit or 第.
func numberedStart(r rune) bool {
	return r == '(' || r == '（' || r == '第' || r >= '0' && r <= '9' || smallNumeral(r)
}

// smallNumeral reports whether r is one of the numerals 一 to 十 that reEnumerated and
// reRunIn number with.
func smallNumeral(r rune) bool {
	return r >= '一' && strings.ContainsRune("一二三四五六七八九十", r)
}

// hasComma reports whether s holds a comma or a semicolon (full- or half-width).
func hasComma(s string) bool {
	return strings.IndexByte(s, ',') >= 0 || strings.IndexByte(s, ';') >= 0 || strings.Contains(s, "，") || strings.Contains(s, "；")
}

// lettersAtMost reports whether letters(s) <= n, reading no further than it must.
func lettersAtMost(s string, n int) bool {
	for _, r := range s {
		if letter(r) {
			if n--; n < 0 {
				return false
			}
		}
	}
	return true
}

// letter reports whether letters counts r: a Han character, an ASCII letter or a digit.
func letter(r rune) bool {
	return zh.IsHan(r) || r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}
