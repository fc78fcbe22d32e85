// Package en holds the English text primitives shared by the vocabularies that translate English
// questions (internal/glossary, internal/lexicon): splitting text into words with byte spans, and
// a light stemmer under which plurals and simple inflections meet their base form.
package en

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Word is one word of a text: its stem and its byte span in the text.
type Word struct {
	Stem       string
	Start, End int
}

// Words splits lower-cased text into words of letters and digits. Hyphens, slashes and other
// punctuation separate words ("fixed-asset" is two words); apostrophes inside a word are
// dropped and a possessive 's or trailing ' ends it ("people's" → people, "farmers'" → farmers).
func Words(s string) []Word {
	var out []Word
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if b.Len() > 0 {
			out = append(out, Word{Stem: Stem(b.String()), Start: start, End: end})
		}
		b.Reset()
		start = -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\'' || r == '’':
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			after, _ := utf8.DecodeRuneInString(s[i+size+nsize:])
			hasNext := i+size < len(s)
			possessive := hasNext && next == 's' && (i+size+nsize == len(s) || !isWordRune(after))
			switch {
			case b.Len() > 0 && possessive:
				flush(i)
				i += size + nsize // the apostrophe and the s of 's
				continue
			case b.Len() > 0 && hasNext && isWordRune(next):
				// inside a word (don't): drop the apostrophe
			default:
				flush(i)
			}
		case isWordRune(r):
			if start < 0 {
				start = i
			}
			if r < utf8.RuneSelf {
				b.WriteRune(r) // ASCII: its own decomposition
				break
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		default:
			flush(i)
		}
		i += size
	}
	flush(len(s))
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) || unicode.IsDigit(r)
}
