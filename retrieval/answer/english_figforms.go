package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// The forms of figures an English answer states beyond a plain amount (issue 10, item 5): a
// change from one figure to another, a figure per something, a duration, a rate per period,
// a label as the question writes it, and what a how-much question may take: an amount, never
// a count of another noun.

// termWording reports whether a Chinese word is, or holds, a wording of one of the question's
// terms (项目 for "projects").
func termWording(a retrieval.Plan, word string) bool {
	for _, t := range a.Terms {
		for _, v := range t.Variants {
			if v != "" && strings.Contains(word, v) {
				return true
			}
		}
	}
	return false
}

// holdsAmount reports whether a quote states a figure other than a count, a bare number, a
// rate or a rank: an amount a "how much" question may ask for (money, area, weight…).
func holdsAmount(quote string) bool {
	return slices.ContainsFunc(quoteValues(quote), func(v num.Value) bool {
		switch v.Dim() {
		case num.DimCount, num.DimNone, num.DimPct, num.DimPoints, num.DimTimes:
			return false
		}
		return !v.Ordinal
	})
}

// asWritten is a phrase of the question's terms as the question writes it: its case, hyphens
// and number ("GDP" for "gdp", "cross-border e-commerce" for "cross border e commerce",
// "projects" for "project"); the
// phrase itself when the question does not hold it. A first word capitalised only because it
// starts the question is lowered. A Chinese term the question writes after its own English
// ("'leave-blank-and-green' (留白增绿)") is that English.
func asWritten(question, phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return phrase
	}
	if strings.ContainsFunc(phrase, zh.IsHan) {
		return glossBefore(question, phrase) // 'leave-blank-and-green' (留白增绿)
	}
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	// The question may write the glossary's singular in the plural ("talent projects").
	re, err := regexp.Compile(`(?i)\b` + strings.Join(ws, `[\s\-‐–]+`) + `(?:s|es)?\b`)
	if err != nil {
		return phrase
	}
	loc := re.FindStringIndex(question)
	if loc == nil {
		return phrase
	}
	m := question[loc[0]:loc[1]]
	if loc[0] == 0 && len(m) > 1 && unicode.IsUpper(rune(m[0])) && !unicode.IsUpper(rune(m[1])) {
		m = strings.ToLower(m[:1]) + m[1:]
	}
	return m
}

// reFromTo is what stands between the two figures of a change from one to the other
// (由22.8%提升至32.4%, 从5家增加到8家).
var reFromTo = lazyre.New(`^(?:提升|提高|增加|增长|上升|下降|降低|减少|缩小|扩大|升|降|增)?(?:至|到)$`)

// fromTo finds the change from one figure to the next around figure k of the quote: the
// indices of the figure after 由/从 and of the one after 至/到; false when k is in none.
func fromTo(quote string, vs []num.Value, k int) (i, j int, ok bool) {
	for _, s := range []int{k, k - 1} {
		if s < 0 || s+1 >= len(vs) {
			continue
		}
		before := quote[:vs[s].Start]
		if !strings.HasSuffix(before, "由") && !strings.HasSuffix(before, "从") {
			continue
		}
		if reFromTo.MatchString(quote[vs[s].QualEnd:vs[s+1].Start]) && vs[s].Dim() == vs[s+1].Dim() {
			return s, s + 1, true
		}
	}
	return 0, 0, false
}

// fromToChange is the sign of the change the words between the two figures of a from-to say.
func fromToChange(between string) int {
	for _, w := range []string{"下降", "降低", "减少", "缩小", "降"} {
		if strings.HasPrefix(between, w) {
			return -1
		}
	}
	for _, w := range []string{"提升", "提高", "增加", "增长", "上升", "扩大", "升", "增"} {
		if strings.HasPrefix(between, w) {
			return 1
		}
	}
	return 0
}

// perLeads are the per-units a report writes right before a figure, with their English.
var perLeads = []struct{ lead, english string }{{"每千人", "per 1,000 people"}, {"每万人", "per 10,000 people"},
	{"每百人", "per 100 people"}, {"每人", "per person"}, {"每户", "per household"}, {"每平方公里", "per square kilometre"}}

// perLead is the per-unit that ends text (每千人 of 达到每千人3.95个), with its English.
func perLead(text string) (lead, english string) {
	for _, p := range perLeads {
		if strings.HasSuffix(text, p.lead) {
			return p.lead, p.english
		}
	}
	return "", ""
}

// rePerQ asks for a figure per person, per household or on average.
var rePerQ = lazyre.New(`\bper (?:thousand|1,?000|hundred|100|ten thousand|10,?000|capita|person|head|household|resident|people)\b|\baverage\b`)

// perFigure reports whether a figure of the quote is written per something: 每千人3.95个,
// 人均30532元, 户均, 平均 within the few characters before it.
func perFigure(quote string, v num.Value) bool {
	cs, _ := tightBounds(quote, v.Start, v.End)
	before := []rune(quote[cs:v.Start])
	lead := string(before[max(0, len(before)-8):])
	return strings.Contains(lead, "每") || strings.Contains(lead, "人均") || strings.Contains(lead, "户均") || strings.Contains(lead, "平均")
}

// otherAsks reports whether a count of a known class is what another ask of the question asks
// for, while this one asks for a noun of no known class: "how many old compounds …, and how
// many households benefit" leaves 7178户 to the households.
func otherAsks(asks []figureAsk, ask figureAsk, v num.Value) bool {
	c := v.Class()
	if ask.class != "" || c == "" || v.Dim() != num.DimCount {
		return false
	}
	return slices.ContainsFunc(asks, func(o figureAsk) bool { return o.class != "" && sameCount(c, o.class) })
}

// genericMeasure are English words that name only the kind of figure asked for, not what it
// measures: any figure of the kind fits them, so they weigh little in choosing one.
var genericMeasure = map[string]bool{"money": true, "funds": true, "fund": true, "funding": true, "amount": true,
	"sum": true, "number": true, "figure": true, "total": true, "value": true, "yuan": true}

// wordingBefore reports whether a wording of the term the question words as label ends text,
// but for a linking word (达到, 为, 共): 人才项目|100个, 托位数|948个.
func wordingBefore(a retrieval.Plan, label, text string) bool {
	for _, w := range []string{"达到", "达", "为", "共", "计", "数"} {
		text = strings.TrimSuffix(text, w)
	}
	for _, t := range a.Terms {
		if !strings.EqualFold(t.From, label) {
			continue
		}
		for _, v := range t.Variants {
			if v != "" && strings.HasSuffix(text, v) {
				return true
			}
		}
	}
	return false
}

// countVerb reports whether the change word right before a count is a verb acting on the
// things counted (提升15个村: upgrade 15 villages) rather than a change by the count (增加20家).
func countVerb(before string, v num.Value) bool {
	if d := v.Dim(); d != num.DimCount && d != num.DimNone || v.Ordinal {
		return false
	}
	b := strings.TrimSuffix(before, lastNear(before))
	for _, w := range []string{"提升", "提高", "降低", "压减", "压缩", "缩减", "削减", "上升", "回落", "下滑"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// lastNear is the near qualifier that ends before ("约", "超过"…), "" for none.
func lastNear(before string) string {
	for _, w := range nearWords {
		if strings.HasSuffix(before, w) {
			return w
		}
	}
	return ""
}

// durationUnit is the unit of time written right after a bare number of the quote (18年, 200天,
// 48小时; 月 after 3个), with its English plural; "" when none. Years (2023年) are no
// figures (quoteValues).
func durationUnit(quote string, v num.Value) (unit, english string) {
	rest := quote[v.End:]
	switch {
	case v.Ordinal || v.Multiplier != "":
		return "", ""
	case v.Unit == "个" && strings.HasPrefix(rest, "月"):
		return "月", "months"
	case v.Unit == "个" && strings.HasPrefix(rest, "工作日"):
		return "工作日", "working days" // 0.5个工作日
	case v.Dim() != num.DimNone:
		return "", ""
	}
	for _, d := range []struct{ unit, english string }{{"小时", "hours"}, {"年", "years"}, {"天", "days"},
		{"周", "weeks"}, {"分钟", "minutes"}, {"个月", "months"}, {"工作日", "working days"}} {
		if strings.HasPrefix(rest, d.unit) {
			return d.unit, d.english
		}
	}
	return "", ""
}

// perUnit is the period a rate written right after a figure is per (75吨/日: "a day"), with
// its English; "" when none.
func perUnit(rest string) (unit, english string) {
	for _, p := range []struct{ unit, english string }{{"/日", "a day"}, {"/天", "a day"}, {"/年", "a year"},
		{"/月", "a month"}, {"/小时", "an hour"}, {"／日", "a day"}, {"／年", "a year"}} {
		if strings.HasPrefix(rest, p.unit) {
			return p.unit, p.english
		}
	}
	return "", ""
}

// singular is a noun phrase with its last word in the singular ("listed companies" → "listed
// company"); the phrase itself when its last word is no regular plural.
func singular(phrase string) string {
	w := lastWord(phrase)
	if !plural(w) {
		return phrase
	}
	base := phrase[:len(phrase)-len(w)]
	switch {
	case strings.HasSuffix(w, "ies"):
		return base + strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses"):
		return base + strings.TrimSuffix(w, "es")
	}
	return base + strings.TrimSuffix(w, "s")
}

// lastWord is the last word of a phrase ("households" of "disabled households").
func lastWord(phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// describeFigure reads what surrounds a figure of the quote: its change and near qualifier
// words, the aim of its clause and the question term it is attached to.
func describeFigure(a retrieval.Plan, quote string, v num.Value, noun string) quoteFigure {
	f := quoteFigure{v: v, from: v.Start, noun: noun}
	cs, _ := clauseBounds(quote, v.Start, v.End)
	sign, n, near := changeBefore(quote[cs:v.Start])
	if sign != 0 && countVerb(quote[cs:v.Start], v) {
		sign, n = 0, len(near) // 提升15个村: upgrade 15 villages, not "up 15 villages"
	}
	f.change, f.from, f.near = sign, v.Start-n, near
	if every(quote, v) {
		f.from -= len("每") // 每2个月: every 2 months
	} else if lead, en := perLead(quote[:f.from]); lead != "" {
		f.from -= len(lead) // 每千人3.95个
		f.per = en
	}
	if sign == 0 && v.Dim() == num.DimPoints {
		f.change = listedChangeOf(quote[:v.Start], reListedPoints) // 提升6.9个、3.6个百分点
	} else if sign == 0 {
		f.change = listedChange(quote[:v.Start]) // 下降23.5%、30.4%: 30.4% is a decline too
	}
	if topRank(quote, v) {
		f.from -= len("前") // 前10名
	}
	if _, dur := durationUnit(quote, v); (dur != "" || v.Class() == "times") && strings.HasSuffix(quote[:f.from], "连续") {
		f.from -= len("连续") // 连续11年: 11 consecutive years; 连续3次: 3 consecutive times
		f.running = true
	}
	if ts, _ := tightBounds(quote, v.Start, v.End); v.Ordinal {
		f.scope = ordinalScope(quote[ts:f.from])
		f.from -= len(f.scope)
	}
	for _, w := range aimWords {
		if strings.Contains(quote[cs:v.Start], w) {
			f.aim = w
			break
		}
	}
	ts, te := tightBounds(quote, v.Start, v.End)
	f.label = termLabel(a, quote[ts:te], v.Start-ts)
	if l := attributiveLabel(a, quote, f); l != "" && a.Lang == "en" {
		f.label = l // 75吨/日污泥…中心: the sludge centre's
	}
	f.labelNext = f.label != "" && wordingBefore(a, f.label, quote[:f.from])
	if f.label == "" && f.change != 0 && ts > 0 && f.from <= ts {
		// A rate in a clause of its own ("批发额4880亿元,增长4.56%"): the clause before
		// names what changed.
		ps, _ := clauseBounds(quote, ts-1, ts-1)
		f.label = termLabel(a, quote[ps:ts], ts-ps)
	}
	return f
}

// original is the figure as the quote writes it, with its change and qualifier words and the
// noun after its measure word ("同比增长5.2%", "15%以上", "12个项目").
func (f quoteFigure) original(quote string) string {
	if f.to != nil {
		return quote[f.from:f.to.QualEnd] // 由22.8%提升至32.4%
	}
	if f.upTo != nil {
		return quote[f.from:f.upTo.QualEnd] // 增长6%-7%
	}
	end := f.v.QualEnd
	if f.v.Noun != "" && strings.HasPrefix(quote[end:], f.v.Noun) {
		end += len(f.v.Noun)
	}
	_, dur := durationUnit(quote, f.v)
	if u, _ := measureUnit(quote, f.v); u != "" && end == f.v.End {
		end += len(u) // 83.7万剂次: a measure word of its own, after a scaled number too
	} else if f.v.Unit == "" && !f.v.Ordinal && end == f.v.End && dur == "" {
		if m := retrieval.MeasureWord(quote[end:]); f.v.Multiplier == "" || strings.Contains(scaledMeasures, m) {
			end += len(m) // 98轮, 1.2万株; not 能 of 300亿能级 nor 居 of 20万居民
		}
	}
	if u, _ := latinUnit(quote, f.v); u != "" && end == f.v.QualEnd {
		end += len(u) // 1.2万m³
	}
	if u, _ := scaleSuffix(quote, f.v); u != "" && end == f.v.QualEnd {
		end += len(u) // 万吨级, 300亿能级
	}
	if u, _ := perUnit(quote[end:]); u != "" {
		end += len(u) // 75吨/日
	}
	if u, _ := durationUnit(quote, f.v); u != "" && end == f.v.QualEnd {
		end += len(u) // 18年, 3个月
	}
	return quote[f.from:end]
}

// scaledMeasures are measure words a scaled number (1.2万, 20万) is written before; after 万 or 亿
// any other character more often starts a noun (20万居民) or a scale (300亿能级).
const scaledMeasures = "株棵只头份册本张块枚箱袋羽尾"

// latinUnit is the unit written right after a bare figure of the quote that num does not read
// (1.2万m³), with its English; "" when none.
func latinUnit(quote string, v num.Value) (unit, english string) {
	if v.Dim() != num.DimNone || v.Ordinal {
		return "", ""
	}
	return retrieval.LatinUnit(quote[v.QualEnd:])
}
