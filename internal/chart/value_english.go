package chart

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
)

// aimWords are the words a value text may open with that say how firmly a target is set; their
// English is num's (num.QualifierEnglish: 力争 and 争取 "strive for", 确保 "ensure").
var aimWords = []string{"力争", "争取", "确保"}

// ValueEnglish renders a bar's value text as an English reader reads it, the way answer lines
// state figures: 力争8%以上 → "strive for more than 8%", 10%左右 → "about 10%", 503亿元 →
// "50.3 billion yuan", 确保8%，力争10% → "ensure 8%, strive for 10%". A part num cannot read as
// one figure is transliterated (Latin); text with no Chinese is returned as it is.
func ValueEnglish(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return text
	}
	out := []string{}
	for _, p := range valueParts(text) {
		lead := ""
		for _, w := range aimWords {
			if rest, ok := strings.CutPrefix(p, w); ok {
				en, _ := num.QualifierEnglish(w)
				lead, p = en+" ", rest
				break
			}
		}
		if e, ok := num.English(p); ok {
			out = append(out, lead+e)
			continue
		}
		out = append(out, Latin(lead+p))
	}
	return strings.Join(out, ", ")
}

// valueParts splits a value text into its figures at the marks that join them (，、 and a comma
// that is no thousands separator: 1,200亿元 is one figure).
func valueParts(text string) []string {
	var parts []string
	start := 0
	for i, r := range text {
		if r == ',' && i > 0 && isDigit(text[i-1]) && i+1 < len(text) && isDigit(text[i+1]) {
			continue
		}
		if r == '，' || r == ',' || r == '、' {
			if i > start {
				parts = append(parts, text[start:i])
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if start < len(text) {
		parts = append(parts, text[start:])
	}
	return parts
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
