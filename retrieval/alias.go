package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode"
)

// Aliases and quoted Chinese: a question may name its topic twice — "非物质文化遗产(非遗)", a
// name and its short form, either of which a report may use — or, in English, give the
// Chinese wording in brackets ("age-friendly home modifications (适老化改造)").

var (
	// reAlias is a Chinese word followed by another in brackets (NFKC makes （） ()).
	reAlias = lazyre.New(`\p{Han}{2,}\(\p{Han}{2,}\)`)
	// reHanRun is a run of two or more Chinese characters in an English question, with the
	// Latin letters a Chinese word may hold between them (劣V类, 劣Ⅴ类 once normalised).
	reHanRun = lazyre.New(`\p{Han}+(?:[a-z]{1,2}\p{Han}+)*`)
)

// reOrCompare is an "or" that compares rather than joins alternatives: "7% or higher".
var reOrCompare = lazyre.New(`\bor (more|higher|above|greater|over|less|lower|below|fewer|under)\b`)

// alternatives reports whether a normalised question's terms are alternatives: joined by 或/或者
// /"or" (not the "or" of "7% or higher"), or a word and its alias in brackets.
func alternatives(norm string) bool {
	return reAnyOf.MatchString(reOrCompare.ReplaceAllString(norm, "")) || hasAlias(norm)
}

// hasAlias reports whether a normalised question names a word and its alias in brackets: the
// two are alternatives, a report that uses either speaks of the topic.
func hasAlias(norm string) bool { return reAlias.MatchString(norm) }

// preferQuoted makes the Chinese words an English question quotes its search terms in place
// of its translated words: the asker has given the reports' own wording of the topic, and the
// English around it glosses it ("age-friendly home modifications (适老化改造)") or narrows it
// in words a report need not repeat ("for elderly households"). Intent words stay.
func (a *Plan) preferQuoted() {
	quoted := quotedChinese(a.Norm, append(slices.Clone(a.Places), a.Unresolved...))
	if len(quoted) == 0 {
		return
	}
	terms := quoted
	for _, t := range a.Terms {
		if t.Weight == intentWeight {
			terms = append(terms, t) // an intent word (target, achieved)
		}
	}
	a.Terms = terms
}

// quotedChinese returns the Chinese words of an English question as terms, each as written:
// the asker's own wording of the topic, which the reports may use verbatim. Places are left
// out (the place matcher has them).
func quotedChinese(norm string, placesMatched []string) []Term {
	var out []Term
	for _, w := range reHanRun.FindAllString(norm, -1) {
		if hanCount(w) < 2 {
			continue
		}
		if slices.ContainsFunc(placesMatched, func(p string) bool { return strings.Contains(p, w) || strings.Contains(w, p) }) {
			continue
		}
		out = append(out, Term{From: w, Variants: []string{w}, Weight: 1})
	}
	return out
}

// hanCount is the number of Chinese characters in s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
