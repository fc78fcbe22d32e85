package retrieval

import (
	"strings"
	"unicode"
)

// A Chinese name the question puts in quotation marks (“15分钟养老服务圈”, “四好农村路”) is a named
// programme: a report speaks of it only where it writes that name, not where it shares the
// name's generic words (15分钟医保服务圈, 15分钟基本医疗卫生服务圈 share 15分钟 and 服务圈; 农村公路
// shares 农村 and 路). namedHeld gates topical on that: a list lists a report only when its span
// writes at least one of the names the question quotes (any one, since a question may quote
// alternatives: “专精特新”或“独角兽”).

// quotedNames returns the Chinese names a normalised question quotes: the text between a pair
// of quotation marks made of Han characters and digits, at least two characters long and with
// at least one Han character.
func quotedNames(norm string) []string {
	var out []string
	for _, q := range quoteMarks {
		rest := norm
		for {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(q[0]):]
			j := strings.Index(rest, q[1])
			if j < 0 {
				break
			}
			name := rest[:j]
			rest = rest[j+len(q[1]):]
			if chineseName(name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// chineseName reports whether s is at least two characters of Han characters and digits, with
// at least one Han character.
func chineseName(s string) bool {
	n, han := 0, false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case unicode.IsDigit(r):
		default:
			return false
		}
		n++
	}
	return n >= 2 && han
}

// namedHeld reports whether a normalised span writes one of the names the question quotes, or
// the question quotes none. Quotation marks in the span do not matter (“四好”农村路 writes 四好农村路).
func namedHeld(question, norm string) bool {
	names := quotedNames(question)
	if len(names) == 0 {
		return true
	}
	bare := stripQuoteMarks(norm)
	for _, n := range names {
		if strings.Contains(bare, n) {
			return true
		}
	}
	return false
}

// stripQuoteMarks removes every quotation mark of quoteMarks from s.
func stripQuoteMarks(s string) string {
	for _, q := range quoteMarks {
		s = strings.ReplaceAll(s, q[0], "")
		s = strings.ReplaceAll(s, q[1], "")
	}
	return s
}
