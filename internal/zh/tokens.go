package zh

import (
	"unicode"
)

// Tokens returns the lexical tokens of already-normalised text: overlapping character bigrams
// over runs of CJK ideographs (a lone ideograph is kept as a unigram), and whole words of
// letters or digits (numbers keep a decimal point: "8.5"). Punctuation is dropped.
func Tokens(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case IsHan(r):
			j := i
			for j < len(rs) && IsHan(rs[j]) {
				j++
			}
			if j-i == 1 {
				out = append(out, string(rs[i]))
			}
			for k := i; k+1 < j; k++ {
				out = append(out, string(rs[k:k+2]))
			}
			i = j
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) && !IsHan(rs[j]) || unicode.IsDigit(rs[j]) ||
				(rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]))) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		default:
			i++
		}
	}
	return out
}
