package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
)

// A list question's number and a report's figure are compared as amounts of one measure,
// whatever scale each is written in: 333万元 is under 2亿元, and 1.65万亿元 is over "1 billion
// yuan" (the planner keeps 10 亿). Comparing the written numbers only when both units were
// written alike made a report that counts in another scale a near miss, or dropped it, for that
// alone.

// unitOf reads a written unit (亿元, 万吨, 件; 亿 alone, after an English "billion yuan") with the
// one number parser, as the figure 1 in that unit; false when the parser reads it otherwise.
func unitOf(unit string) (num.Value, bool) {
	s := "1" + unit
	vs := num.FindWith(s, num.Options{Ungrouped: true})
	if len(vs) != 1 || vs[0].Start != 0 || vs[0].End != len(s) {
		return num.Value{}, false
	}
	return vs[0], true
}

// Measures reports whether a figure of a passage measures what the question's number does, and
// returns the two as amounts of one measure (want the question's, got the figure's). A share
// is measured by a share; a number with no unit by a bare number or a count, or by a figure of
// the dimension its English unit names ("100 kilometres"); a bare scale (亿 of "1 billion
// yuan") by any figure but a share; any other unit by a figure of its dimension — a count of a
// kind of thing (家: enterprises) only by a count of that kind, a generic measure word (件) by
// another (起, 宗).
func (n Number) Measures(v num.Value) (ok bool, want, got float64) {
	switch n.Unit {
	case "%":
		return v.Dim() == num.DimPct, n.Value, v.Number
	case "":
		if dim, class := n.EnglishUnit(); dim != "" {
			// "more than 100 kilometres": a length, not 146条 (a count).
			return v.Dim() == dim && (class == "" || v.Class() == "" || v.Class() == class), n.Value, v.Amount()
		}
		return v.Dim() == num.DimNone || v.Dim() == num.DimCount, n.Value, v.Amount()
	}
	u, read := unitOf(n.Unit)
	if !read {
		return v.ChineseUnit() == n.Unit || v.Multiplier == n.Unit, n.Value, v.Number
	}
	want = n.Value * u.Scale
	switch {
	case u.Dim() == num.DimNone:
		return v.Dim() != num.DimPct && v.Dim() != num.DimPoints, want, v.Amount()
	case u.Dim() != v.Dim():
		return false, 0, 0
	case u.Dim() == num.DimCount && u.Class() != v.Class() && u.Unit != v.Unit:
		return false, 0, 0
	}
	return true, want, v.Amount()
}

// measuresFact is Measures for a fact row's value and unit. A number with no unit compares
// with any row's value, as written.
func (n Number) measuresFact(f corpus.Fact) (ok bool, want, got float64) {
	if n.Unit == "" {
		return true, n.Value, f.Value
	}
	fu, read := unitOf(f.Unit)
	if !read {
		return n.Unit == f.Unit, n.Value, f.Value
	}
	fu.Number = f.Value
	return n.Measures(fu)
}

// numberWording reports whether a term of a question with a number only restates how it
// compares that number: the number's unit alone (亿元 of 不到2亿元) or a comparator ("exceeded").
// It asks nothing of a report's statement beside the figure (Plan.AsideCheck): a statement in
// another scale (333万元) answers all the same.
func (p Plan) numberWording(t Term) bool {
	if len(p.Numbers) == 0 {
		return false
	}
	from := strings.ToLower(strings.TrimSpace(t.From))
	for _, n := range p.Numbers {
		if n.Unit != "" && from == n.Unit {
			return true
		}
	}
	rest := from
	for _, re := range []*lazyre.Regexp{reAtLeast, reAtMost, reMoreThan, reLessThan, reZhComparatorWords} {
		rest = re.ReplaceAllString(rest, "")
	}
	return strings.TrimSpace(rest) == ""
}

// rePositiveGrowth asks for growth above zero (实现了正增长, "positive growth"): Analyze reads it
// as the threshold "more than 0%", so that a fall is a near miss, not a match.
var rePositiveGrowth = lazyre.New(`正增长|\bpositive growth\b`)
