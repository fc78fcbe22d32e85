package answer

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// countsBefore reports whether a count is written right before a wording of the asked head noun,
// in a generic measure word: 13个老旧小区 counts the compounds asked about, where 156栋 after
// them counts their buildings. Chinese counts a thing as number, measure word, noun; a figure
// after the noun with a measure word of its own counts something of it.
func countsBefore(a retrieval.Plan, quote string, v num.Value, head string) bool {
	if head == "" {
		return false
	}
	phrase := nounPhraseAfter(quote, v)
	if phrase == "" {
		return false
	}
	return slices.ContainsFunc(headTerms(a, head, 0.1), func(t retrieval.Term) bool {
		return slices.ContainsFunc(t.Variants, func(w string) bool { return w != "" && strings.HasPrefix(phrase, w) })
	})
}
