package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// reDeclineWords are the words a passage states a fall with.
var reDeclineWords = lazyre.New(`下降|减少|下滑|回落|减收|降低`)

// passageVerdict decides how a report with no fact row for a list question answers from its
// best topical passage (e): listed as a match, as a near miss, or not at all. A passage in
// another time frame than the question's does not answer. A question about
// falls needs a fall stated; one naming a number needs a figure of its unit that meets it (a
// figure of that unit that does not is a near miss); one about an indicator's growth needs a
// percentage, one that asks in words how much (retrieval.Plan.AsksFigure) a figure of the kind
// asked for; any other question is answered by the topic alone.
func passageVerdict(a retrieval.Plan, e retrieval.Evidence) (listed, near bool) {
	if e.OffFrame {
		// A review of last year does not answer a question about this year's targets.
		return false, false
	}
	switch {
	case a.FallThreshold():
		// "降幅超过10%": the fall's own percentage decides; a fall with no figure
		// (下降幅度较大) is a near miss, not a match.
		if !statesFall(a, e.Quote) {
			return false, false
		}
		return true, !fallMeets(a, e.Quote)
	case a.Decline:
		return statesFall(a, e.Quote), false
	case len(a.Numbers) > 0:
		if vs, found := a.CountedFigures(e.Quote); found && len(vs) > 0 {
			// The figure the quote states of the counted thing decides (retrieval/counted.go).
			meet := false
			for _, v := range vs {
				_, want, got := a.Numbers[0].Measures(v)
				meet = meet || retrieval.MeetsBound(a.Comparator, retrieval.BoundOf(v), got, want)
			}
			return true, !meet
		}
		same, meet := false, false
		afterTerm(a, e.Quote, func(window string) bool {
			for _, v := range num.FindWith(window, num.Options{Ungrouped: true}) {
				for _, n := range a.Numbers {
					if ok, want, got := n.Measures(v); ok {
						same = true
						meet = meet || retrieval.MeetsBound(a.Comparator, retrieval.BoundOf(v), got, want)
					}
				}
			}
			return meet
		})
		return same, same && !meet
	case len(a.Indicators) > 0 || a.Growth:
		if a.Growth && !afterTerm(a, e.Quote, hasPercent) {
			// The rate must be the indicator's: "一般公共预算收入31.81亿元;工业总产值840亿元,增长
			// 2.19%" states no growth of the revenue.
			return false, false
		}
		// A question that asks how much needs the figure; one that asks which reports mention
		// or set the indicator is answered by a statement of it ("进出口总额保持稳定").
		return e.Figure || !a.AsksFigure(), false
	}
	return true, false
}

func hasPercent(s string) bool {
	for _, v := range num.FindWith(s, num.Options{Ungrouped: true}) {
		if v.Dim() == num.DimPct {
			return true
		}
	}
	return false
}

// fallMeets reports whether a quote states a fall of what the question asks about whose
// percentage, written after the decline word, is as deep as the question asks
// (retrieval.Plan.FallMeets).
func fallMeets(a retrieval.Plan, quote string) bool {
	deep := func(window string) bool {
		loc := reDeclineWords.FindStringIndex(window)
		if loc == nil {
			return false
		}
		for _, v := range num.FindWith(window[loc[1]:], num.Options{Ungrouped: true}) {
			if v.Dim() == num.DimPct {
				return a.FallMeets(v.Number, retrieval.BoundOf(v))
			}
		}
		return false
	}
	return afterTerm(a, quote, deep) || afterHead(a, quote, deep)
}

// statesFall reports whether a quote states a fall of what the question asks about: a decline
// word shortly after one of the wordings of the question's terms.
func statesFall(a retrieval.Plan, quote string) bool {
	return afterTerm(a, quote, reDeclineWords.MatchString) || afterHead(a, quote, reDeclineWords.MatchString)
}

// afterTerm reports whether ok holds for the text just after (retrieval.WindowAfter) some wording of the question's terms in quote — of its indicators' terms when
// it names indicators.
func afterTerm(a retrieval.Plan, quote string, ok func(window string) bool) bool {
	for _, t := range a.Terms {
		if len(a.Indicators) > 0 && !slices.ContainsFunc(t.Variants, func(v string) bool { return slices.Contains(a.Indicators, v) }) {
			continue
		}
		for _, v := range t.Variants {
			for rest := quote; v != ""; {
				i := strings.Index(rest, v)
				if i < 0 {
					break
				}
				rest = rest[i+len(v):]
				if ok(retrieval.WindowAfter(rest, 0)) {
					return true
				}
			}
		}
	}
	return false
}
