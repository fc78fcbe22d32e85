package eval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// Checks, reported beside the pass/fail score (which stays as the team defined it):
//
//   - "lists exact": for a list question (an aggregate with its report set), the reports the
//     answer lists as matches (Answer.Listed, Near false) are exactly the expected set — none
//     missing, none wrong;
//   - "quoted": for a lookup, the quote of the first citation (the sentence the answer stands
//     on) holds a gold string, or is most of one.

// strict sets the strict checks of a scored answer.
func strict(q Question, ans *answer.Answer, r *Result) {
	switch q.Type {
	case TypeAggregate:
		if len(q.Reports) > 0 {
			ok := ListsExact(q.Reports, ans.Listed)
			r.ListExact = &ok
		}
	case TypeLookup:
		ok := len(ans.Citations) > 0 && QuoteHoldsGold(ans.Citations[0].Quote, q.Gold)
		r.Quoted = &ok
	}
}

// ListsExact reports whether the matches of a list (Near false) are exactly the reports want
// (1-based ordinals in source order; the bundled corpus has one source file).
func ListsExact(want []int, listed []answer.Listed) bool {
	var got []int
	for _, l := range listed {
		if !l.Near && !slices.Contains(got, l.Report) {
			got = append(got, l.Report)
		}
	}
	w := slices.Clone(want)
	slices.Sort(got)
	slices.Sort(w)
	return slices.Equal(got, slices.Compact(w))
}

// QuoteHoldsGold reports whether a quote contains one of the gold strings, or is at least half
// of one (whitespace ignored).
func QuoteHoldsGold(quote string, gold []string) bool {
	q := zh.StripSpace(quote)
	if q == "" {
		return false
	}
	for _, g := range gold {
		g = zh.StripSpace(g)
		if strings.Contains(q, g) || strings.Contains(g, q) && 2*len(q) >= len(g) {
			return true
		}
	}
	return false
}

// CheckSummary counts the checks over results.
type CheckSummary struct {
	// Lists is the number of list questions checked; ListsExact those whose matches were
	// exactly the expected reports.
	Lists      int `json:"lists"`
	ListsExact int `json:"lists_exact"`
	// Lookups is the number of lookups; Quoted those whose first quote holds a gold string.
	Lookups int `json:"lookups"`
	Quoted  int `json:"quoted"`
}

// Checks sums the checks of results.
func Checks(rs []Result) CheckSummary {
	var s CheckSummary
	for _, r := range rs {
		if r.ListExact != nil {
			s.Lists++
			if *r.ListExact {
				s.ListsExact++
			}
		}
		if r.Quoted != nil {
			s.Lookups++
			if *r.Quoted {
				s.Quoted++
			}
		}
	}
	return s
}
