package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// A figure of a part. A sentence often states a total and then, after 其中 ("of which"), a
// part of it (医疗救助支出362万元,其中资助困难特殊人员参保1580人,资助金额48万元). A question
// that names the part ("how much did … spend subsidising insurance for people in special
// hardship") asks for the part's figure, though the total's clause holds the verb of spending
// (支出) it was asked in: the part is named by more of the question's words than the total.

// partBonus is what a figure of a 其中 part gains over the total when the part holds more of the
// question than the total's clause: about the weight of one term held in full with its clause
// before (1 + 0.5), so that it decides between two figures each near some term, not against a
// figure of the asked class or noun.
const partBonus = 1.5

// partOf returns, for figure v of the quote written after 其中 in its sentence, the total's text
// (from the sentence's start to 其中) and the part's (from 其中 to the end of v's clause); ok is
// false when v is not in such a part.
func partOf(quote string, v num.Value) (total, part string, ok bool) {
	start := strings.LastIndex(quote[:v.Start], "。") + 1
	i := strings.LastIndex(quote[start:v.Start], "其中")
	if i <= 0 {
		return "", "", false // no 其中, or nothing before it to be the total
	}
	i += start
	_, end := clauseBounds(quote, v.Start, v.End)
	return quote[start:i], quote[i:end], true
}

// heldBy is how much of the question's terms text holds: by term, the best share of its
// wordings' bigrams in text.
func heldBy(a retrieval.Plan, text string) float64 {
	held := 0.0
	for _, t := range a.Terms {
		best := 0.0
		for _, w := range t.Variants {
			best = max(best, bigramShare(w, text))
		}
		held += best
	}
	return held
}

// partScore is partBonus for a figure of a 其中 part (partOf) that holds more of the question's
// terms than the total before it, else 0.
func partScore(a retrieval.Plan, quote string, v num.Value) float64 {
	total, part, ok := partOf(quote, v)
	if !ok || heldBy(a, part) <= heldBy(a, total) {
		return 0
	}
	return partBonus
}

// A part named beside its whole. A question that names the part and the whole too
// ("岱西8个村集体经济收入里经营性收入有多少?", "How much of Daixi's village collective income was
// operating income?") asks the part: the whole's clause holds more of its words, and the whole's
// fact row states it, but neither answers.

// namedPartBonus favours the figure of a part the question names (namedPart) over the whole
// before it.
const namedPartBonus = 4

// namedPart reports whether a figure is stated in a clause that opens with 其中 and holds a
// wording (two characters or more, or most of a longer run of the question's words) of a term of
// the question that the sentence before the clause does not.
func namedPart(a retrieval.Plan, quote string, v num.Value) bool {
	start, _ := clauseBounds(quote, v.Start, v.End)
	rest, ok := strings.CutPrefix(quote[start:v.Start], "其中")
	if !ok || rest == "" {
		return false
	}
	whole := quote[:start]
	for _, t := range a.Terms {
		for _, w := range t.Variants {
			if utf8.RuneCountInString(w) >= 2 && bigramShare(w, rest) >= 0.75 && bigramShare(w, whole) < 0.5 {
				return true
			}
		}
	}
	return false
}

// partFigureUnstated reports whether a figure picked as a part the question names (namedPart) is
// one no fact row states: the rows state the whole, and do not answer.
func partFigureUnstated(a retrieval.Plan, rows []corpus.Fact, figs []quoteFigure, quote string) bool {
	return slices.ContainsFunc(figs, func(f quoteFigure) bool {
		return namedPart(a, quote, f.v) && !slices.ContainsFunc(rows, func(r corpus.Fact) bool { return strings.Contains(r.ValueText, f.v.Text) })
	})
}
