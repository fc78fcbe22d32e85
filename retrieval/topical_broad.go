package retrieval

import (
	"slices"
	"strings"
)

// A broad alternative and its qualifiers: in "pollution or manure from livestock farming" the
// qualifier (livestock farming, qualifierTerms) narrows both alternatives. Manure is rare in
// the reports and speaks of the topic alone; pollution is in nearly every report, and a span on
// soil pollution or emissions does not speak of livestock farming's. A span that holds only a
// broad alternative (one that more than a third of the reports hold) must hold every qualifier
// too. Only English qualifiers (after a preposition) count: a Chinese one before 的 names
// whom the thing is for (帮企业拿到的贷款或融资), which a report's figure often leaves unsaid.

// broadTerm reports whether more than a third of the reports hold a term's first wording
// (its first two characters, as fewReportsHold reads them).
func (ix *Index) broadTerm(wordings []string) bool {
	if len(wordings) == 0 || len([]rune(wordings[0])) < 2 {
		return false
	}
	w := wordings[0]
	return !ix.fewReportsHold(w) && ix.anyReportHolds(w)
}

// anyReportHolds reports whether some passage holds a word's first two characters.
func (ix *Index) anyReportHolds(w string) bool {
	return ix.bm25.df(string([]rune(w)[:2])) > 0
}

// qualified reports whether a normalised span holds every qualifier of the alternatives as one
// of its wordings or topic words; true when the question has none.
func (sc *scorer) qualified(norm string) bool {
	for _, t := range sc.terms {
		if !t.qualifier || t.number {
			continue
		}
		if !t.holdsTopic(norm) && !slices.ContainsFunc(t.wordings, func(w string) bool { return w != "" && strings.Contains(norm, w) }) {
			return false
		}
	}
	return true
}
