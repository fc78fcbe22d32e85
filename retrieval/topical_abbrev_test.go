package retrieval

import (
	"regexp"
	"slices"
	"testing"
)

// TestRunTogetherNotIndicators: an indicator's own wording is one word, not words run together,
// so its pieces are not matched shortened or spelled out (地区生产总值 is not 地X区X生X产X总X值X).
func TestRunTogetherNotIndicators(t *testing.T) {
	for word, want := range map[string]bool{
		"城乡居民医保参保人数": true,
		"文物保护单位":     true,
		"地区生产总值":     false, // an indicator
		"一般公共预算收入":   false, // an indicator
		"乡村旅游":       false, // two pieces: one word
	} {
		if got := runTogether(word); got != want {
			t.Errorf("runTogether(%q) = %v, want %v", word, got, want)
		}
		if got := newTopicWord(word).together; got != want {
			t.Errorf("newTopicWord(%q).together = %v, want %v", word, got, want)
		}
	}
}

// TestRunTogetherCharsSound: every text runTogetherPattern matches holds all the characters of
// one of runTogetherChars' ways, so a passage holding none of them may be skipped (pieces.go).
func TestRunTogetherCharsSound(t *testing.T) {
	tests := []struct{ word, text string }{
		{"城乡居民医保参保人数", "城乡居民基本医疗保险参保9.3万人"},
		{"城乡居民医保参保人数", "城乡居民医保参保47369人"},
		{"文物保护单位", "文保单位修缮"},
		{"文物保护单位", "文物保护单位"},
		{"城乡居民医保参保人数", "城乡居民医保参保人数"},
		{"文物保护单位", "文物的保护和单位"},
	}
	for _, tt := range tests {
		re := regexp.MustCompile(runTogetherPattern(tt.word))
		m := re.FindString(tt.text)
		if m == "" {
			t.Fatalf("%q: the pattern does not match %q", tt.word, tt.text)
		}
		ways := runTogetherChars(tt.word)
		if !slices.ContainsFunc(ways, func(chars []rune) bool {
			return !slices.ContainsFunc(chars, func(r rune) bool { return !slices.Contains([]rune(m), r) })
		}) {
			t.Errorf("%q: the match %q holds no way's characters %q", tt.word, m, ways)
		}
	}
	// A text without the shortened pair's first characters cannot match any way.
	ways := runTogetherChars("文物保护单位")
	if slices.ContainsFunc(ways, func(chars []rune) bool {
		return !slices.ContainsFunc(chars, func(r rune) bool { return !slices.Contains([]rune("物保单位"), r) })
	}) {
		t.Errorf("runTogetherChars(文物保护单位) = %q: a way is held by 物保单位, which lacks 文", ways)
	}
}
