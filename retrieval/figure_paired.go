package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
)

// Figures a question names the place of, and words that do not name what a figure counts
// (figure.go): paired lists ("超1、3、5亿元…71家、10家、17家"), the asked noun's own wordings and
// the modifiers that say how a figure is measured.

// ownWordings are the glossary's (or the question's literal) wordings of the asked noun: those
// of the terms that hold one of its words and are no lexicon guess.
func ownWordings(p Plan, asked []string) []string {
	var out []string
	for _, t := range p.Terms {
		if t.Lexical != nil || t.Weight < 1 {
			continue
		}
		if slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
			return slices.ContainsFunc(asked, func(w string) bool { return wordOf(w, f) })
		}) {
			out = append(out, t.Variants...)
		}
	}
	return out
}

// measureModifiers are words that say how a figure is measured, not what it measures: a figure
// next to 平均 ("PM2.5平均浓度为31微克") is not an average salary.
var measureModifiers = map[string]bool{
	"average": true, "mean": true, "median": true, "monthly": true, "annual": true, "yearly": true,
	"daily": true, "per capita": true, "total": true, "overall": true,
}

// RespectiveOf returns, for a quote that pairs two lists item by item ("新增销售超1、3、5亿元规上
// 工业企业71家、10家、17家": enterprises above 1, 3 and 5亿元 numbered 71, 10 and 17), the figure
// of the second list that stands in the place of the number the question names in the first
// (10家 for "超3亿元"); ok is false when the quote pairs no such lists. A list is figures joined
// by 、 or 和; the unit written after its last item is every item's.
func RespectiveOf(p Plan, quote string) (num.Value, bool) {
	if len(p.Numbers) == 0 {
		return num.Value{}, false
	}
	vs := figures(quote)
	var runs [][]num.Value
	for i := 0; i < len(vs); {
		j := i + 1
		for j < len(vs) && listJoin(quote[vs[j-1].QualEnd:vs[j].Start]) {
			j++
		}
		runs = append(runs, vs[i:j])
		i = j
	}
	for r, run := range runs {
		if len(run) < 2 {
			continue
		}
		last := run[len(run)-1]
		for k, v := range run {
			if !slices.ContainsFunc(p.Numbers, func(n Number) bool {
				return n.Value == v.Number && (n.Unit == "" || n.Unit == "%" && last.Dim() == num.DimPct || strings.Contains(quote[last.NumEnd:last.End], n.Unit))
			}) {
				continue
			}
			for _, next := range runs[r+1:] {
				if len(next) == len(run) {
					return next[k], true
				}
			}
		}
	}
	return num.Value{}, false
}

// listJoin reports whether the text between two figures joins them as items of one list.
func listJoin(between string) bool {
	return between == "、" || between == "和" || between == "及"
}
