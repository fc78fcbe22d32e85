package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/retrieval"
)

// A question may name its subject by a code the reports write as it is: 5G, PM2.5, G20. Such a
// code has one reading — no sense of it is worded otherwise — so a sentence that does not hold
// it speaks of something else, however many of the question's other words it covers: "How many
// 5G base stations were built …?" is not answered by a bus station (车站) built last year.

// missingCode reports whether the evidence (its lead, sentence and quote, each on its own)
// lacks a code the question names (a term whose only renderings are written in Latin letters
// and digits, holding both), compared without regard to case.
func missingCode(a retrieval.Plan, b *retrieval.Evidence) bool {
	text := strings.ToUpper(b.Lead + "\n" + b.Sentence + "\n" + b.Quote)
	for _, t := range a.Terms {
		if t.Weight < 1 || len(t.Variants) == 0 || !allCodes(t.Variants) {
			continue
		}
		if !slices.ContainsFunc(t.Variants, func(v string) bool { return strings.Contains(text, strings.ToUpper(v)) }) {
			return true
		}
	}
	return false
}

// answersAsLookup reports whether the evidence b answers the question as a lookup may: it holds
// every code the question names and is grounded in it (on its words, or on its count).
func answersAsLookup(a retrieval.Plan, res retrieval.Result, b *retrieval.Evidence) bool {
	return !missingCode(a, b) && (grounded(a, res, b) || countGrounded(a, res, b))
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
