package answer

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// A question may ask by how much something changed ("柳州那个区GDP占全市比重提升了多少?", "By how
// much did the district's share of the city's GDP rise?") of a sentence that states both the level
// and its change (占全市比重达15.3%,较上年提升2.2个百分点). The level's fact row (a share of 15.3%)
// does not answer it; the change written after the verb does.

var (
	// reZhChangeAsked is a Chinese verb of change asked with 多少 (or 几个百分点).
	reZhChangeAsked = lazyre.New(zhChangeVerb + `了?(?:多少|几个百分点|百分之几)`)
	// reEnChangeAsked asks by how much something changed, or in percentage points.
	reEnChangeAsked = lazyre.New(`\bby how much\b|\bhow many percentage points\b|\bhow much (?:did|has|have|had|was|were|is|does) (.*?)\b(?:rise|rose|risen|grow|grew|grown|increase|increased|go up|gone up|went up|fall|fell|fallen|drop|dropped|decline|declined|go down|went down|improve|improved)\b`)
	// reEnClauseOpen opens a clause of its own before a verb of change: "to" of a purpose
	// ("how much has Daixi invested to increase incomes") or a subordinator ("so that exports
	// would grow"). The change is then the purpose's, and the question asks the amount.
	reEnClauseOpen = lazyre.New(`\b(?:to|so|that|which|who|after|because|when|while|if|in order)\b`)
	// reChangeBefore is a verb of change written right before a figure: 较上年提升2.2个百分点.
	reChangeBefore = lazyre.New(zhChangeVerb + `(?:了)?$`)
)

// zhChangeVerb is a Chinese verb of change, asked (reZhChangeAsked) or written before a figure
// (reChangeBefore): one list, so the two read the same verbs.
const zhChangeVerb = `(?:提升|提高|增长|增加|上升|下降|减少|降低|压降|下滑|回落)`

// asksChange reports whether a question asks by how much something changed.
func asksChange(a retrieval.Plan) bool {
	if a.Lang == "zh" {
		return reZhChangeAsked.MatchString(a.Norm)
	}
	m := reEnChangeAsked.FindStringSubmatch(strings.ToLower(a.Question))
	return m != nil && !reEnClauseOpen.MatchString(m[1])
}

// changeFigure reports whether a figure of a quote is written as a change: right after a verb
// of change (提升2.2个百分点, 下降8.8%).
func changeFigure(quote string, v num.Value) bool {
	return reChangeBefore.MatchString(quote[:v.Start])
}

// rateChange reports whether a figure is a change of a rate written as one: in percent or
// percentage points, right after a verb of change (提升2.2个百分点). A question asking by how much
// a share rose asks it, though a percentage point is no percent.
func rateChange(quote string, v num.Value) bool {
	// By its unit, not its text: 提升6.9个、3.6个百分点 writes the points once for both.
	return changeFigure(quote, v) && (v.Dim() == num.DimPct || v.Dim() == num.DimPoints)
}

// changeBonus favours, for a question that asks a change, a figure written as one over the
// level beside it that holds more of the question's words (占全市比重达15.3%).
const changeBonus = 4

// levelRowsOnly reports whether a question that asks a change is given only fact rows of levels
// (shares, amounts, rates) while the quote writes a change: the rows do not answer it.
func levelRowsOnly(a retrieval.Plan, fs []corpus.Fact, quote string) bool {
	if !asksChange(a) || slices.ContainsFunc(fs, func(f corpus.Fact) bool { return f.Measure == "growth" }) {
		return false
	}
	return slices.ContainsFunc(quoteValues(quote), func(v num.Value) bool { return changeFigure(quote, v) })
}
