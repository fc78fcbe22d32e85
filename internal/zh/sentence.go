package zh

import (
	"strings"
	"unicode/utf8"
)

// sentenceEnd holds the marks that end a sentence in report text (full- and half-width). The
// semicolon counts: report sentences chain clauses with ; and each clause usually states one
// measure.
const sentenceEnd = "。！？；!?;"

// closers may follow a sentence end and belong to the sentence (closing quotes and brackets).
const closers = "”’」』)）】》\"'"

// Sentences splits s into sentences after 。！？； (full- or half-width), keeping every mark
// with its sentence; closing quotes after the mark stay with it. Concatenating the result gives
// back s exactly, whatever s holds (invalid UTF-8 included).
func Sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		// A byte at a time: every mark of sentenceEnd is ASCII or starts with 0xE3 or 0xEF,
		// bytes that never continue a character, so a character that is not a mark is
		// stepped over byte by byte as decoding it would step over it (and an invalid byte
		// decodes to one RuneError byte either way).
		b := s[i]
		if b < utf8.RuneSelf || b != 0xE3 && b != 0xEF {
			i++
			if b != '!' && b != '?' && b != ';' {
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if r != '。' && r != '！' && r != '？' && r != '；' {
				continue
			}
		}
		for i < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[i:])
			if r2 == utf8.RuneError || !strings.ContainsRune(closers, r2) && !strings.ContainsRune(sentenceEnd, r2) {
				break
			}
			// A half-width quote closes the sentence only when one is open in it; otherwise it
			// opens the next sentence.
			if (r2 == '"' || r2 == '\'') && strings.Count(s[start:i], string(r2))%2 == 0 {
				break
			}
			i += size2
		}
		out = append(out, s[start:i])
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// clauseBreaks are where an over-long sentence may be cut.
const clauseBreaks = "，、：,:"

// Clauses splits s after , 、 and :, keeping the marks; concatenating gives back s.
func Clauses(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune(clauseBreaks, r) {
			end := i + len(string(r))
			out = append(out, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// AfterLast is the byte offset just past the last rune of s that is one of marks, 0 when s holds
// none: where a clause or sentence starts after its mark. strings.LastIndexAny(s, marks)+1 lands
// inside a multi-byte mark such as 。 and leaves its trailing bytes at the clause's start.
func AfterLast(s, marks string) int {
	i := strings.LastIndexAny(s, marks)
	if i < 0 {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}
