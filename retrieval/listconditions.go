package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/num"
)

// What a list question asks of a report beside speaking of its topic (topical.go): a figure
// that meets its number as it compares it (Meets, MeetsBound), a figure at all (AsksFigure,
// StatesFigure), and what it asks beside the indicator's figure (AsideCheck).

// Meets reports whether a value stands to a question's number as its comparator says (">=",
// ">", "<=", "<"; anything else: equal).
func Meets(cmp string, v, n float64) bool {
	switch cmp {
	case ">=":
		return v >= n
	case ">":
		return v > n
	case "<=":
		return v <= n
	case "<":
		return v < n
	}
	return v == n
}

// MeetsBound is Meets for a figure stated as a bound (bound ">=": 6%以上, 2万余人; "<=": 5%以内;
// anything else: the value itself): a bound the other way from the question's at or past its
// number does not meet it ("6%以上" is not "at most 6%"), one short of it does ("5%以上" is at
// most 6% as a target's floor).
func MeetsBound(cmp, bound string, v, n float64) bool {
	switch {
	case !Meets(cmp, v, n):
		return false
	case (cmp == "<=" || cmp == "<") && bound == facts.CompareAtLeast:
		return v < n
	case (cmp == ">=" || cmp == ">") && bound == facts.CompareAtMost:
		return v > n
	}
	return true
}

// BoundOf is the bound a figure of a passage states: ">=" for 以上 or 余/多, "<=" for 以内 or
// 以下, "" for the value itself.
func BoundOf(v num.Value) string {
	switch {
	case v.Qualifier == "以上" || v.Approx:
		return facts.CompareAtLeast
	case v.Qualifier == "以内" || v.Qualifier == "以下":
		return facts.CompareAtMost
	}
	return ""
}

// AsksFigure reports whether a question asks in words for a figure — 多少, 几个, 的具体件数
// (reZhCountOf), "how many", "how much" — rather than only naming an indicator: a list question that does ("Which towns
// report how many … they added?") lists a report whose statement states no figure
// (StatesFigure) as a near miss. So does one that asks which figure is bigger or in what
// order (asksMagnitude), or names the unit of the figure (FigureUnit).
func (p Plan) AsksFigure() bool {
	if p.asksMagnitude() || p.FigureUnit() != "" {
		return true
	}
	switch p.Lang {
	case "zh":
		// 哪几个镇, 哪几家 ask which places, not how many: 几个 there is no figure word.
		q := reZhWhichPlace.ReplaceAllString(p.Norm, " ")
		return reZhAsksFigure.MatchString(q) || reZhCountOf.MatchString(q)
	case "en":
		return reEnHowMuch.MatchString(p.Norm) || givesFigureEn(p.Norm)
	}
	return false
}

// reEnHowMuch is "how many" or "how much".
var reEnHowMuch = lazyre.New(`\bhow (many|much)\b`)

// reEnGivesFigure is asking in words for a figure, as 给出了…的数量 does in Chinese: "give a
// number for", "give figures for", "state the amount of", "put a figure on". "Mention a number
// of measures" (many measures) asks for none: mention is no verb of it.
var reEnGivesFigure = lazyre.New(`\b(?:give|gives|giving|gave|state|states|provide|provides|quote|quotes|put|puts)\s+(a|an|the|any)?\s*(?:specific\s+|exact\s+|concrete\s+|precise\s+)?(figures?|numbers?|counts?|amounts?|totals?)\b`)

// reEnOfAfter is "of" right after a matched noun of figures.
var reEnOfAfter = lazyre.New(`^\s+of\b`)

// givesFigureEn reports whether q asks in words for a figure (reEnGivesFigure). "A number of"
// and "any number of" are "several", after any verb ("provide a number of services", "give a
// number of examples"): they ask for none.
func givesFigureEn(q string) bool {
	for _, m := range reEnGivesFigure.FindAllStringSubmatchIndex(q, -1) {
		article, noun := "", q[m[4]:m[5]]
		if m[2] >= 0 {
			article = q[m[2]:m[3]]
		}
		if (article == "a" || article == "any") && noun == "number" && reEnOfAfter.MatchString(q[m[1]:]) {
			continue
		}
		return true
	}
	return false
}

// StatesFigure reports whether a text states a measured figure — an amount, a count, a share,
// an area — not only a year, an ordinal (第七) or a bare number.
func StatesFigure(text string) bool {
	for _, v := range figures(text) {
		if v.Dim() != num.DimNone {
			return true
		}
	}
	return false
}

// figureWords are what a fact row states by its indicator, kind, measure and value rather
// than by a word of its sentence (增长, 目标, 比重, 同比), and words of asking (政府, 报告): a
// term made only of them asks nothing beside the indicator.
var figureWords = []string{"同比", "增长", "增速", "增幅", "幅度", "下降", "减少", "提高", "增加", "比重", "占比",
	"目标", "预期", "计划", "完成", "实现", "达到", "设定", "设置", "总量", "总额", "规模", "数量", "数字", "数值",
	"政府", "报告", "各地", "上一年", "上年", "去年", "今年", "明年", "年度", "全年"}

// asideTerms returns the terms a list question asks about beside its indicators, numbers and
// what a fact row states of them (figureWords): full-weight terms that are not a lexicon's
// guesses ("residents' income should grow in step with the economy": 同步 and 经济 beside
// 居民人均可支配收入 and 增长).
func (p Plan) asideTerms() []Term {
	if len(p.Indicators) == 0 {
		return nil
	}
	numbers := map[string]bool{}
	for _, n := range p.Numbers {
		numbers[n.Text] = true
	}
	indicatorWording := func(v string) bool {
		if _, ok := facts.Lookup(v); ok {
			return true
		}
		return slices.ContainsFunc(p.Indicators, func(ind string) bool { return strings.Contains(ind, v) || strings.Contains(v, ind) })
	}
	figureOnly := func(v string) bool {
		for _, w := range figureWords {
			v = strings.ReplaceAll(v, w, "")
		}
		return len([]rune(v)) < 2
	}
	// A term the question offers in place of an indicator (农业机械化率或机种机收率) is another
	// wording of what it asks, not something asked beside it.
	alts := alternativeTerms(p)
	indicatorAlt := slices.ContainsFunc(p.Terms, func(t Term) bool { return alts[t.From] && slices.ContainsFunc(t.Variants, indicatorWording) })
	var out []Term
	for _, t := range p.Terms {
		if t.Weight < 1 || t.Lexical != nil || numbers[t.From] || p.numberWording(t) || indicatorAlt && alts[t.From] ||
			slices.ContainsFunc(t.Variants, indicatorWording) || slices.ContainsFunc(t.Variants, figureOnly) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// AsideCheck returns what a list question asks of a report's statement beside the figure of
// its indicator: that it holds each aside term (asideTerms) that some of the statements found
// (the sentences of the indicator's fact rows, the reports' evidence) hold. A term none of them holds is not what
// the reports say of the indicator and asks nothing of them. Where the question asks nothing
// beside (asks false), every statement passes.
func (p Plan) AsideCheck(statements []string) (check func(text string) bool, asks bool) {
	var need [][]topicWord
	for _, t := range p.asideTerms() {
		var ws []topicWord
		for _, v := range t.Variants {
			if nv := normalize(v); nv != "" {
				ws = append(ws, newTopicWord(nv))
			}
		}
		if slices.ContainsFunc(statements, func(s string) bool { return holdsAny(normalize(s), ws) }) {
			need = append(need, ws)
		}
	}
	return func(text string) bool {
		norm := normalize(text)
		for _, ws := range need {
			if !holdsAny(norm, ws) {
				return false
			}
		}
		return true
	}, len(need) > 0
}

// holdsAny reports whether a normalised text holds one of the topic words.
func holdsAny(norm string, ws []topicWord) bool {
	return slices.ContainsFunc(ws, func(w topicWord) bool { return w.heldIn(norm) })
}

// Threshold reports whether a list question compares a figure with its number ("more than 100
// suggestions", 超过100件): a report is listed only for a figure that meets it. A number that
// names an age group (60岁以上老人, "people aged 60 and over") is part of the topic, not a
// threshold, and a question about falls compares its fall instead.
func (p Plan) Threshold() bool {
	return p.Comparator != "" && len(p.Numbers) > 0 && !p.Decline && !reAgeGroup.MatchString(p.Norm)
}

// reAgeGroup is an age a question names a group of people by.
var reAgeGroup = lazyre.New(`\d\s*周?岁|\baged?\s+\d|\d+\s*(?:-|\s)?years?(?:-|\s)old`)

// EnglishUnit returns the dimension and class of the English unit or count noun written after
// a question's number ("100 kilometres": km; "3,000 households": a count of households), when
// the planner kept no Chinese unit for it; "" when there is none or it is not known.
func (n Number) EnglishUnit() (dim, class string) {
	if n.Unit != "" {
		return "", ""
	}
	for _, w := range strings.Fields(strings.ToLower(n.Text))[1:] {
		if dc, ok := enCountClasses[strings.Trim(w, ".,;:?!'\"")]; ok && dc[0] != "" {
			return dc[0], dc[1]
		}
	}
	return "", ""
}
