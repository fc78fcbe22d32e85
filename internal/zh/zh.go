// Package zh holds the Chinese text utilities every stage shares: normalisation for matching,
// sentence splitting, and the tokens the lexical index and the local embedder use.
package zh

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFKC form for matching: full-width digits, letters and punctuation
// become their ASCII forms (１０％ → 10%), and Latin letters are lower-cased. Quoting always uses
// the original text; only matching uses this.
func Normalize(s string) string {
	return strings.ToLower(norm.NFKC.String(s))
}

// IsHan reports whether r is a CJK ideograph.
func IsHan(r rune) bool {
	// The main block of CJK ideographs (U+4E00–U+9FFF) is all Han: most report text is decided
	// without the table lookup.
	return r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r)
}

// AllHan reports whether every rune of rs is a CJK ideograph (true for none).
func AllHan(rs []rune) bool {
	for _, r := range rs {
		if !IsHan(r) {
			return false
		}
	}
	return true
}

// HanRatio returns the share of letters in s that are CJK ideographs (0 when s has no letters).
func HanRatio(s string) float64 {
	han, letters := 0, 0
	for _, r := range s {
		switch {
		case IsHan(r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(han) / float64(letters)
}

// CollapseSpace trims s and folds every run of white space (including the ideographic space)
// into one ASCII space; runs between two CJK characters are removed, as Chinese text has no
// word spaces and scraped pages add them at random.
func CollapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			pendingSpace = true
			continue
		}
		if pendingSpace && b.Len() > 0 && !(isCJKOrPunct(prev) && isCJKOrPunct(r)) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isCJKOrPunct(r rune) bool {
	return IsHan(r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		strings.ContainsRune("“”‘’《》、。,;:!?()", r)
}

// StripSpace removes all white space from s (the eval's comparison rule).
func StripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}
