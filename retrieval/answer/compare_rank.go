package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/chart"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/retrieval"
)

// comparable returns a fact's value on a scale it shares with other (the first place's figure):
// same indicator, kind and measure, and the same unit or two money units; ok is false when the
// two do not compare.
func comparable(f, other corpus.Fact) (float64, bool) {
	if f.Indicator != other.Indicator || f.Kind != other.Kind || f.Measure != other.Measure {
		return 0, false
	}
	if f.Comparator == facts.CompareFlat && f.Value == 0 && f.Measure == facts.MeasureGrowth {
		return 0, true // 持平: no growth, whatever the unit
	}
	a, okA := chart.MoneyYuan(f.Unit)
	if f.Unit == other.Unit || other.Comparator == facts.CompareFlat && other.Value == 0 {
		return f.Value * max(a, 1), true
	}
	_, okB := chart.MoneyYuan(other.Unit)
	if okA && okB {
		return f.Value * a, true
	}
	return 0, false
}

// rankSentence says which compared place states the highest figure and which the lowest (for two
// places, which is higher), from each place's first figure; "" when fewer than two figures
// compare. Places without a figure are left out, and the sentence then says it speaks of the
// places that state one.
func rankSentence(figures []placeFigure, places int, lang string) string {
	if len(figures) < 2 {
		return ""
	}
	type ranked struct {
		placeFigure
		v float64
	}
	var rs []ranked
	for _, pf := range figures {
		if v, ok := comparable(pf.fact, figures[0].fact); ok {
			rs = append(rs, ranked{pf, v})
		}
	}
	if len(rs) < 2 {
		return ""
	}
	hi, lo := rs[0].v, rs[0].v
	for _, r := range rs[1:] {
		hi, lo = max(hi, r.v), min(lo, r.v)
	}
	var top, bottom []placeFigure
	for _, r := range rs {
		if r.v == hi {
			top = append(top, r.placeFigure)
		}
		if r.v == lo {
			bottom = append(bottom, r.placeFigure)
		}
	}
	partial := len(rs) < places
	if lang == "zh" {
		s := ""
		if partial {
			s = "在给出可比数字的地方中,"
		}
		switch {
		case hi == lo:
			return s + "各地数值相同(" + zhFigure(rs[0].fact) + ")。"
		case len(rs) == 2:
			return s + top[0].label + "(" + zhFigure(top[0].fact) + ")高于" + bottom[0].label + "(" + zhFigure(bottom[0].fact) + ")。"
		}
		return s + zhNames(top) + "最高(" + zhFigure(top[0].fact) + ")," + zhNames(bottom) + "最低(" + zhFigure(bottom[0].fact) + ")。"
	}
	s := ""
	if partial {
		s = "Of the places that state a comparable figure, "
	}
	switch {
	case hi == lo:
		return capitalize(s + "all state the same figure: " + enFigure(rs[0].fact) + ".")
	case len(rs) == 2:
		return capitalize(s + inSentence(top[0].label) + " is higher, with " + enFigure(top[0].fact) + ", against " + enFigure(bottom[0].fact) + " for " + inSentence(bottom[0].label) + ".")
	}
	return capitalize(s + "the highest is " + enNames(top) + ", with " + enFigure(top[0].fact) + "; the lowest " + enNames(bottom) + ", with " + enFigure(bottom[0].fact) + ".")
}

// zhFigure is a compared figure in Chinese: "确保增长7%", "下降2.0%", "520.70亿元", "与上年持平".
func zhFigure(f corpus.Fact) string { return factValue(f, "zh") }

// enFigure is a compared figure in English: "growth of 7%", "a decline of 2%", "5.207 billion yuan
// (520.70亿元)".
func enFigure(f corpus.Fact) string {
	if f.Comparator == facts.CompareFlat && f.Value == 0 {
		return "no growth (flat on the previous year)"
	}
	if f.Measure == facts.MeasureGrowth {
		return enFactPhrase(f, false)
	}
	fig, _ := enFactFigure(f)
	return fig
}

func zhNames(pfs []placeFigure) string {
	names := make([]string, len(pfs))
	for i, p := range pfs {
		names[i] = p.label
	}
	return strings.Join(names, "、")
}

func enNames(pfs []placeFigure) string {
	names := make([]string, len(pfs))
	for i, p := range pfs {
		names[i] = inSentence(p.label)
	}
	return enList(names)
}

// inSentence is a place label inside a sentence: "a district of Panjin (…)" (labels start a line
// as "A district of …"; capitalize restores the capital at the start of a sentence).
func inSentence(label string) string {
	if rest, ok := strings.CutPrefix(label, "A "); ok {
		return "a " + rest
	}
	return label
}

// meetingSentence says which compared places meet the question's condition (a decline, or the
// number it names as it compares it): "符合条件(不低于6%)的:盛泽镇。", "Meeting the condition
// (at least 6%): Shengze town (盛泽镇)."
func meetingSentence(a retrieval.Plan, labels []string) string {
	var cond []string
	for _, n := range a.Numbers {
		switch {
		case a.Lang == "zh" && a.Comparator == ">=":
			cond = append(cond, "不低于"+n.Text)
		case a.Lang == "zh" && a.Comparator == ">":
			cond = append(cond, "高于"+n.Text)
		case a.Lang == "zh" && a.Comparator == "<=":
			cond = append(cond, "不高于"+n.Text)
		case a.Lang == "zh" && a.Comparator == "<":
			cond = append(cond, "低于"+n.Text)
		case a.Lang == "zh":
			cond = append(cond, n.Text)
		case a.Comparator == ">=":
			cond = append(cond, "at least "+n.Text)
		case a.Comparator == ">":
			cond = append(cond, "more than "+n.Text)
		case a.Comparator == "<=":
			cond = append(cond, "at most "+n.Text)
		case a.Comparator == "<":
			cond = append(cond, "less than "+n.Text)
		default:
			cond = append(cond, n.Text)
		}
	}
	if a.Decline {
		if a.Lang == "zh" {
			cond = append(cond, "下降")
		} else {
			cond = append(cond, "a decline")
		}
	}
	if a.Lang == "zh" {
		if len(labels) == 0 {
			return "没有地方符合条件(" + strings.Join(cond, "、") + ")。"
		}
		return "符合条件(" + strings.Join(cond, "、") + ")的:" + strings.Join(labels, "、") + "。"
	}
	if len(labels) == 0 {
		return "None of them meets the condition (" + strings.Join(cond, ", ") + ")."
	}
	return "Meeting the condition (" + strings.Join(cond, ", ") + "): " + enList(labels) + "."
}

func enList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
