package answer

import (
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/retrieval"
)

// A question may name its subject by a code the reports write as it is: 5G, PM2.5, G20. Such a
// code has one reading — no sense of it is worded otherwise — so a sentence that does not hold
// it speaks of something else, however many of the question's other words it covers: "How many
// 5G base stations were built …?" is not answered by a bus station (车站) built last year.

// missingCode returns a code the question names (a term whose only renderings are written in
// Latin letters and digits, holding both) that the evidence (its lead and sentence) does not
// hold, compared without regard to case.
func missingCode(a retrieval.Plan, b *retrieval.Evidence) (string, bool) {
	text := strings.ToUpper(b.Lead + b.Sentence + b.Quote)
	for _, t := range a.Terms {
		if t.Weight < 1 || len(t.Variants) == 0 || !allCodes(t.Variants) {
			continue
		}
		held := false
		for _, v := range t.Variants {
			held = held || strings.Contains(text, strings.ToUpper(v))
		}
		if !held {
			return t.Variants[0], true
		}
	}
	return "", false
}

// allCodes reports whether every rendering is a code: ASCII letters and digits (with inner
// points or hyphens), holding at least one of each.
func allCodes(vs []string) bool {
	for _, v := range vs {
		letter, digit := false, false
		for _, r := range v {
			switch {
			case r < 0x80 && unicode.IsLetter(r):
				letter = true
			case r >= '0' && r <= '9':
				digit = true
			case r == '.' || r == '-':
			default:
				return false
			}
		}
		if !letter || !digit {
			return false
		}
	}
	return true
}
