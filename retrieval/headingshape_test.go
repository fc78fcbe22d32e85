package retrieval

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// shapedLikeHeadingByRegexps is shapedLikeHeading as it was written first, every test run on
// every sentence: the reference its cheap tests are held to.
func shapedLikeHeadingByRegexps(s string, last rune) bool {
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

// TestShapedLikeHeadingCheapTests: shapedLikeHeading agrees with its reference on every
// sentence of the bundled corpus and on numbered, run-in, spaced and short sentences.
func TestShapedLikeHeadingCheapTests(t *testing.T) {
	sents := []string{"(一)发展经济。", "（三）民生", "十二、改革开放", "3.项目建设", "12、招商", "第一，稳增长。",
		" \t一是渔业产业质效提升。", "二是抓好项目,推进建设。", "一是" + strings.Repeat("好", 17) + "。", "一是" + strings.Repeat("好", 16) + "。",
		strings.Repeat("字", 12) + "。", strings.Repeat("字", 13) + "。", "短句；有分号。", "abc DEF 123!", "短句！", "\u3000（二）全角空格",
		"一二三", "十是", "是。", "", "第", "（", "1"}
	ix := bundledIndex(t)
	for _, c := range ix.chunks {
		sents = append(sents, zh.Sentences(c.Text)...)
	}
	agreed, headings := 0, 0
	for _, s := range sents {
		for _, last := range []rune{'。', '!', '！', '；', 'x'} {
			got, want := shapedLikeHeading(s, last), shapedLikeHeadingByRegexps(s, last)
			if got != want {
				t.Fatalf("shapedLikeHeading(%q, %q) = %v, want %v", s, last, got, want)
			}
			agreed++
			if got {
				headings++
			}
		}
	}
	if headings < 50 {
		t.Errorf("only %d of %d cases shaped like headings; the corpus or the test changed", headings, agreed)
	}
}
