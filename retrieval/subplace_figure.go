package retrieval

import (
	"strings"
	"unicode/utf8"
)

// A village's own figure: a how-much question about a village or community of a report's place
// ("岱西镇海丰村去年经营性收入是多少?") is answered by a figure in the clause that names it. The
// sentence that names it often states the town's figure, or other villages', beside it: in 6个村
// 完成经营性收入超50万元,其中摇星浦、前岸均突破180万元,海丰村通过组建强村公司实现经营性收入倍速增长
// the 50万元 is six villages' threshold and the 180万元 is two others'; 海丰村's clause has no
// figure, so the report does not break its figure out.

// SubPlace is a village named by a how-much question and the quoted sentence, whose clause
// there states no figure.
type SubPlace struct {
	// Name is the village as the reports write it (海丰村); Asked as the question does
	// ("Haifeng village", 海丰村).
	Name, Asked string
}

// SubPlaceUnstated returns the village a how-much lookup asks of when the quoted sentence
// names it (whole, or without its level word: 摇星浦 for 摇星浦村) in a clause that states no
// figure. It returns false for lists and comparisons, for questions that ask no figure, and
// when the village's clause states a figure or the sentence does not name it.
func (r Result) SubPlaceUnstated(p Plan) (SubPlace, bool) {
	if p.Aggregate || p.Compare || r.Best == nil || r.Best.Sentence == "" || !asksValue(p, wantFigure(p)) {
		return SubPlace{}, false
	}
	s := r.Best.Sentence
	for _, t := range p.Terms {
		for _, v := range t.Variants {
			at, n := subPlaceAt(s, v)
			if at < 0 {
				continue
			}
			if lo, hi := clauseSpan(s, at, at+n); len(figures(s[lo:hi])) == 0 {
				return SubPlace{Name: v, Asked: t.From}, true
			}
			return SubPlace{}, false
		}
	}
	return SubPlace{}, false
}

// subPlaceAt returns where a sentence names a village, whole or by the part before its level
// word (two characters or more), and the length of the name written; -1 when it does not or
// name is no village's (subPlaceName).
func subPlaceAt(s, name string) (int, int) {
	if !subPlaceName(name) {
		return -1, 0
	}
	if i := strings.Index(s, name); i >= 0 {
		return i, len(name)
	}
	for _, suf := range subPlaceSuffixes {
		base := strings.TrimSuffix(name, suf)
		if base != name && utf8.RuneCountInString(base) >= 2 {
			if i := strings.Index(s, base); i >= 0 {
				return i, len(base)
			}
		}
	}
	return -1, 0
}

// NamesSubPlace reports whether a clause names a village the question asks of (whole, or
// without its level word): a figure there is that village's own.
func NamesSubPlace(p Plan, clause string) bool {
	for _, t := range p.Terms {
		for _, v := range t.Variants {
			if at, _ := subPlaceAt(clause, v); at >= 0 {
				return true
			}
		}
	}
	return false
}
