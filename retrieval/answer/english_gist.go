package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// The figures a gist line states: a question that asks for no figure ("which stretch of dams…",
// "where does the 110 kV project stand?") is answered by what the passage speaks of, and the
// figures of the quote's clauses that hold the question's words are stated in English too, so
// that a reader need not find them in the Chinese: "…, with 18.3 km (18.3公里)".

// gistMax is the most figures a gist line states.
const gistMax = 2

// gistFigures are up to gistMax figures of the quote, in order, each in a clause holding a
// weighty term of the question: amounts in Arabic numerals with a unit, counts of a named kind
// (3家, 10户, 43个公园; not 9个 or 3处, nor ranks or bare numbers, which count nothing a reader
// can name; no sayings).
func gistFigures(a retrieval.Plan, quote string) []quoteFigure {
	var out []quoteFigure
	for _, v := range quoteValues(quote) {
		if len(out) == gistMax {
			break
		}
		if v.Ordinal || v.Form != num.FormArabic || v.Dim() == num.DimNone && !unitAfter(quote, v) || inQuotes(quote, v.Start) ||
			v.Dim() == num.DimCount && v.Class() == "" {
			continue // 最后一公里 is a saying, 9个 a count of nothing named
		}
		cs, ce := clauseBounds(quote, v.Start, v.End)
		if !holdsTerm(a, quote[cs:ce]) {
			continue
		}
		f := describeFigure(a, quote, v, "")
		f.label = ""
		out = append(out, f)
	}
	return out
}

// inQuotes reports whether byte offset i of the quote is inside quotation marks “…”: a
// slogan or saying, whose numbers are no figures.
func inQuotes(quote string, i int) bool {
	return strings.Count(quote[:i], "“") > strings.Count(quote[:i], "”")
}

// unitAfter reports whether a bare number of the quote has a unit or measure word the English
// line names: 110千伏, 18年, 1.2万m³.
func unitAfter(quote string, v num.Value) bool {
	_, m := measureUnit(quote, v)
	_, d := durationUnit(quote, v)
	_, l := latinUnit(quote, v)
	return m != "" || d != "" || l != ""
}

// holdsTerm reports whether a clause holds a Chinese wording (two characters or more) of a
// term of the question of weight 0.5 or more.
func holdsTerm(a retrieval.Plan, clause string) bool {
	for _, t := range a.Terms {
		if t.Weight < 0.5 {
			continue
		}
		for _, v := range t.Variants {
			if len([]rune(v)) >= 2 && strings.ContainsFunc(v, zh.IsHan) && strings.Contains(clause, v) {
				return true
			}
		}
	}
	return false
}

// withGistFigures ends a gist line with the figures gistFigures finds: "…, with 110 kV (110千伏)".
// A question that asks for a figure the quote does not have gets none of another kind: 2.75亿元
// of investment would read as the answer to "what share of planned investment".
func withGistFigures(a retrieval.Plan, line, quote string) string {
	if a.Lang != "en" || questionFigure(a).asks {
		return line
	}
	figs := gistFigures(a, quote)
	if len(figs) == 0 {
		return line
	}
	parts := make([]string, 0, len(figs))
	for _, f := range figs {
		if !strings.Contains(line, "("+quote[f.v.Start:f.v.NumEnd]) { // not glossed already: 540 million yuan (5.4亿)
			parts = append(parts, f.english(quote))
		}
	}
	if len(parts) == 0 {
		return line
	}
	return line + ", with " + strings.Join(parts, ", ")
}
