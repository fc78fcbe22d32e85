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
// as the threshold "more than 0%", so that a fall is a near miss, not a match. Growth set
// against holding flat or falling asks the same ("grow this year rather than hold flat",
// 定为增长,而不是持平): a target 与上一年持平 or 保持稳定 is no growth, and is not listed.
var rePositiveGrowth = lazyre.New(`正增长|\bpositive growth\b|` +
	`\b(?:grow|grows|growing|growth|rise|rising|increase|increasing)\b[^.?!;]{0,40}\b(?:rather than|instead of|not)\s+(?:(?:just|simply|merely|only)\s+)?` +
	`(?:(?:hold|holding|stay|staying|remain|remaining|keep|keeping|be|being|go|going)\s+)?(?:flat|steady|stable|level|unchanged|the same|fall|falling|decline|declining|drop|dropping|shrink|shrinking|down)\b|` +
	`增长[^。?？!！;；]{0,12}?[,，]?(?:而不是|而非|不是|并非)(?:保持)?(?:持平|稳定|下降|减少|负增长)`)

// reRoseQ is a rise asked as what a list's reports must state: "revenue grew", "GDP rose",
// 收入增长了, 有所上升.
var reRoseQ = lazyre.New(`\b(?:grew|rose|risen|increased|went up|gone up)\b|增长了|上升了|有所增长|有所上升`)

// reComparativeQ is a question's comparison of sizes or speeds ("grew faster", 哪个更多): not a
// condition each report meets alone.
var reComparativeQ = lazyre.New(`\b(?:faster|slower|more|less|higher|lower|most|least|fastest|slowest|than)\b|更|最|哪个`)

// riseAsked reads a list question that asks which reports' indicator rose, with no number
// ("Which reports say general public budget revenue grew last year?", 哪些报告去年一般公共预算收入
// 增长了?), as the threshold "more than 0%", as 正增长 is: a report whose indicator fell is a
// near miss, not a match. A question about falls, one with its own number or comparator, one
// comparing sizes, and one naming no indicator (a topic list: "Which reports increased parking
// spaces?") are left as they are.
func (a *Plan) riseAsked() {
	if !a.Aggregate || a.Decline || a.Comparator != "" || len(a.Numbers) > 0 || len(a.Indicators) == 0 ||
		!reRoseQ.MatchString(a.Norm) || reComparativeQ.MatchString(a.Norm) {
		return
	}
	a.Numbers, a.Comparator = []Number{{Text: "0%", Value: 0, Unit: "%"}}, ">"
}
