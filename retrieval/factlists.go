package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
)

// FactMeets reports whether a fact row meets a list question's condition: a decline (as deep
// as its percentage asks, FallMeets), or the number it names (compared as the question says),
// or — with neither — any value. The answer lists a report with such a row from its facts
// (answer.composeAggregate).
func FactMeets(a Plan, f corpus.Fact) bool {
	if a.Decline {
		return f.Measure == "growth" && f.Value < 0 && a.FallMeets(-f.Value, f.Comparator)
	}
	if len(a.Numbers) == 0 {
		return true
	}
	for _, n := range a.Numbers {
		ok, want, got := n.measuresFact(f)
		if ok && MeetsBound(a.Comparator, f.Comparator, got, want) {
			return true
		}
	}
	return false
}

// answeredByFacts returns the reports whose passages a list question's answer never reads: each
// has a fact row the question asks for (Plan.AsksFor) that meets its condition (FactMeets), so
// the answer lists it from its facts, whatever its passages say. That holds only when the
// question asks nothing beside the figure (Plan.AsideCheck: otherwise every report's evidence
// decides which facts answer) and compares no named places (their comparison reads each
// place's evidence). The topic scan skips them (Index.topic): at 10,000 reports a comparison
// of all towns checks 6,660 reports, 2,220 of them answered by facts. nil when none.
//
// A threshold list (RowsDecide) also skips the reports with such a row that does not meet but
// states a figure the number can be compared with (measuresRow: a rate for a percentage, an
// amount for an amount): the indicator's rows decide them (a near miss), and only reports
// without such a row of the asked indicator and time kind are scanned.
func answeredByFacts(p Plan, fs []corpus.Fact, compare bool) map[corpus.ReportKey]bool {
	if compare || !p.Aggregate || len(fs) == 0 || len(p.asideTerms()) > 0 {
		return nil
	}
	rows := p.RowsDecide()
	var out map[corpus.ReportKey]bool
	for _, f := range fs {
		if k := f.Key(); !out[k] && p.AsksFor(f) && (FactMeets(p, f) || rows && p.measuresRow(f)) {
			if out == nil {
				out = map[corpus.ReportKey]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// RowsDecide reports whether a list question is a threshold list whose verdict on a report
// with a fact row it asks for is that report's rows' alone: a number to meet, no fall asked.
// Such a report matches when one of its rows meets the number (FactMeets) and is a near miss
// otherwise — a passage of it whose figure meets does not make it a match, so its passages are
// not scanned (answeredByFacts) and the answer lists it from its rows (answer.composeAggregate).
// The extractor's rows read the indicator's own figure; a scanned span of the same report that
// meets where the rows do not read another indicator's (居民人均可支配收入 for 一般公共预算收入)
// or a fall as growth. A question about falls keeps the passages' verdict: "下降幅度较大" states a
// fall no row holds.
func (p Plan) RowsDecide() bool {
	return rowsDecide && p.Aggregate && len(p.Numbers) > 0 && !p.Decline
}

// measuresRow reports whether a number of the question can be compared with a fact row's value
// (Number.measuresFact): a growth rate cannot decide "investment above 10 billion yuan".
func (p Plan) measuresRow(f corpus.Fact) bool {
	for _, n := range p.Numbers {
		if ok, _, _ := n.measuresFact(f); ok {
			return true
		}
	}
	return false
}

// rowsDecide turns RowsDecide off in tests that compare the rows' verdicts with the scan's.
var rowsDecide = true

// FallMeets reports whether a fall of the given depth (a positive percentage; bound as
// MeetsBound reads it) meets a question about falls: "fell by more than 10%", 降幅超过10%
// compare the depth with the percentage, as a threshold question compares a value; a question
// naming no percentage takes any fall.
func (p Plan) FallMeets(depth float64, bound string) bool {
	for _, n := range p.Numbers {
		if n.Unit == "%" && p.Comparator != "" {
			return MeetsBound(p.Comparator, bound, depth, n.Value)
		}
	}
	return true
}

// FallThreshold reports whether a question about falls asks how deep the fall is (a
// percentage it compares with): a fall stated with no figure (下降幅度较大) cannot meet it.
func (p Plan) FallThreshold() bool {
	return p.Decline && p.Comparator != "" && slices.ContainsFunc(p.Numbers, func(n Number) bool { return n.Unit == "%" })
}
