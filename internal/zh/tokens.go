package zh

import (
	"unicode"
)

// Tokens returns the lexical tokens of already-normalised text: overlapping character bigrams
// over runs of CJK ideographs (a lone ideograph is kept as a unigram), and whole words of
// letters or digits (numbers keep a decimal point: "8.5"). Punctuation is dropped.
func Tokens(s string) []string {
	var out []string
	EachToken([]rune(s), func(tok []rune, _ bool) { out = append(out, string(tok)) })
	return out
}

// EachToken calls fn with each token of rs that Tokens would return, in order, as a subslice of
// rs (valid only during the call), and whether it is made of ideographs: an indexer tokenises a
// whole corpus with it without a string per token.
func EachToken(rs []rune, fn func(tok []rune, han bool)) {
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case IsHan(r):
			j := i
			for j < len(rs) && IsHan(rs[j]) {
				j++
			}
			if j-i == 1 {
				fn(rs[i:i+1], true)
			}
			for k := i; k+1 < j; k++ {
				fn(rs[k:k+2], true)
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) && !IsHan(rs[j]) || unicode.IsDigit(rs[j]) ||
				(rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]))) {
				j++
			}
			fn(rs[i:j], false)
			i = j
		default:
			i++
		}
	}
}
