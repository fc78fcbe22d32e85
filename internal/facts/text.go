package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
)

// normText is a sentence normalised for matching (zh.Normalize, rune by rune), with a map from
// each normalised byte back to the original rune that produced it, so that matches can be quoted
// verbatim.
type normText struct {
	orig  string
	s     string
	start []int // start[i] is the offset in orig of the rune that produced byte i of s
	end   []int // end[i] is the offset in orig just past that rune
}

func newNormText(orig string) normText {
	var b strings.Builder
	b.Grow(len(orig))
	start := make([]int, 0, len(orig))
	end := make([]int, 0, len(orig))
	for pos := 0; pos < len(orig); {
		r, size := utf8.DecodeRuneInString(orig[pos:])
		if hanBlock(r) {
			// Most of a report: normRune would return it as it is (checked by a test), but
			// only after normalising it alone.
			b.WriteString(orig[pos : pos+size])
			for range size {
				start = append(start, pos)
				end = append(end, pos+size)
			}
			pos += size
			continue
		}
		n := normRune(r)
		b.WriteString(n)
		for range len(n) {
			start = append(start, pos)
			end = append(end, pos+size)
		}
		pos += size
	}
	return normText{orig: orig, s: b.String(), start: start, end: end}
}

// hanBlock reports whether r is in the main block of CJK ideographs (U+4E00–U+9FFF), which
// has no compatibility forms.
func hanBlock(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// normRune normalises one rune. Runes whose compatibility form holds a digit without being a
// digit (①, ², ⒈) keep their own form: they number lists and units, not values.
func normRune(r rune) string {
	switch {
	case r == utf8.RuneError:
		return string(utf8.RuneError)
	case r < utf8.RuneSelf:
		return string(unicode.ToLower(r))
	case r >= '０' && r <= '９':
		return string('0' + r - '０')
	case unicode.IsSpace(r):
		return " "
	}
	n := zh.Normalize(string(r))
	if n == "" || !utf8.ValidString(n) {
		return string(r)
	}
	if strings.ContainsAny(n, "0123456789") {
		return string(r)
	}
	return n
}

// span returns the original text behind normalised bytes [a, b).
func (t normText) span(a, b int) string {
	if a < 0 || b > len(t.s) || a >= b {
		return ""
	}
	return t.orig[t.start[a]:t.end[b-1]]
}

// mayStateFact reports whether normalised s holds a digit or 持平, without which it states no fact.
func mayStateFact(s string) bool {
	return strings.ContainsAny(s, "0123456789") || strings.Contains(s, "持平")
}
