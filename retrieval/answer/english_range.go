package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/num"
)

// Ranges: a report may state a figure as a range (增长6%-7%, 50-60亿元, 6%至7%); the English line
// states both ends, "GDP up 6% to 7% (增长6%-7%)", never the low end alone as if it were the
// figure.

// rangeDashes stand between the two ends of a range in any unit; 至 and 到 only between two
// ends in the same unit (after 由 or 从 they end a change from one figure to another: fromTo).
var rangeDashes = []string{"-", "—", "–", "~", "～", "－"}

// rangeOf finds the range around figure k of the quote: the indices of its low and high ends;
// false when k is in none. The ends must rise; a dash may follow a bare low end whose unit the
// high end carries (50-60亿元), 至 and 到 need the same unit on both.
func rangeOf(quote string, vs []num.Value, k int) (i, j int, ok bool) {
	for _, s := range []int{k, k - 1} {
		if s < 0 || s+1 >= len(vs) {
			continue
		}
		lo, hi := vs[s], vs[s+1]
		between := quote[lo.QualEnd:hi.Start]
		if lo.Ordinal || hi.Ordinal || hi.Dim() == num.DimNone || lo.Qualifier != "" || rangeLow(lo, hi).Amount() >= hi.Amount() {
			continue
		}
		switch {
		case between == "至" || between == "到":
			before := quote[:lo.Start]
			if lo.Unit == hi.Unit && lo.Multiplier == hi.Multiplier && !strings.HasSuffix(before, "由") && !strings.HasSuffix(before, "从") {
				return s, s + 1, true
			}
		case contains(rangeDashes, between):
			if lo.Dim() == hi.Dim() || lo.Unit == "" && lo.Multiplier == "" {
				return s, s + 1, true
			}
		}
	}
	return 0, 0, false
}

// rangeLow is the low end of a range in the unit of its high end: 50 of 50-60亿元 is 50亿元.
func rangeLow(lo, hi num.Value) num.Value {
	if lo.Unit != "" || lo.Multiplier != "" {
		return lo
	}
	v := hi
	v.Number, v.Approx, v.Qualifier = lo.Number, false, ""
	return v
}
