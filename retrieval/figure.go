package retrieval

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Figures: a how-much or how-many question ("多少个项目", "How much revenue…", "What was the
// GDP…") is answered by a sentence that states a figure of the kind asked for — a count of
// projects, an amount in yuan, a percentage — not by one that only names the topic.

// figureWant is the figure a question asks for.
type figureWant struct {
	// asks is true for a how-much / how-many question (or one about an indicator's value).
	asks bool
	// dim is the figure's dimension (num.DimCNY, num.DimPct, num.DimCount…; "" for any).
	dim string
	// class narrows a count (num's classes: "projects", "people"…; "" for any count).
	class string
	// nouns are the Chinese wordings of the noun an English count question asks about
	// ("volunteers" → 志愿者 in "how many volunteers"): the figure that answers stands next to
	// one of them. Empty when the question names no such noun or its wordings are uncertain.
	nouns []string
	// measures are the last characters of the noun's wordings of any weight ("rounds" → 二轮,
	// 一轮 → 轮): a count with such a measure word (98轮) counts the asked noun.
	measures []string
	// intent is the time frame the question asks about (Plan.Intent).
	intent string
	// fall is true for a question about falls (Plan.Decline): "Which reports say revenue fell
	// last year?" is answered by a sentence that states the fall ("一般公共预算收入下降幅度较大"),
	// not by one that states the indicator's amount.
	fall bool
	// noSmallWords is true for an English question for a figure that is not a how-many one
	// ("What's the target for the number of market entities?"): a count of at most ten in
	// Chinese numerals (三个主攻方向, 两个确保) names a slogan's parts, not a statistic
	// (smallWordCount).
	noSmallWords bool
}

// smallWordCount reports whether a figure is a count of at most ten written in Chinese
// numerals (三个, 两项, 四大).
func smallWordCount(v num.Value) bool {
	return v.Form == num.FormChinese && !v.Ordinal && (v.Dim() == num.DimCount || v.Dim() == num.DimNone) && v.Amount() <= 10
}

// reFallWords are the words a sentence states a fall with.
var reFallWords = regexp.MustCompile(`下降|减少|下滑|回落|降低|负增长|减收|缩减|降幅`)

// statesFall reports whether a sentence states a fall.
func statesFall(text string) bool { return reFallWords.MatchString(text) }

// nounWeight is the least weight of a question term whose wordings name the asked noun: a
// lexicon's guess below it ("rounds" → 二轮, 团) says nothing about the noun.
const nounWeight = 0.1

// otherWeight is the least weight of a question term besides the asked noun whose wordings
// next to a figure say it is the figure asked for: a glossary term ("health centre" beside 床位),
// not a lexicon guess ("visited" → 走访, 人次 beside 61人次 of insurance subsidies).
const otherWeight = 0.5

var (
	reZhAsksFigure = regexp.MustCompile(`多少|多大|多高|多长|多远|多快|几[个项家人名户次座所条处万亿成]|比重|占比|增速|增幅|百分之几`)
	// reZhMeasure is the measure word or unit after 多少/几: 多少个, 几家, 多少万元, 多少亩.
	reZhMeasure  = regexp.MustCompile(`(?:多少|几)(?:万|亿)?(元|钱|人次|人|名|位|户|家|个|项|座|所|条|处|次|辆|艘|栋|套|亩|公顷|平方公里|平方米|公里|吨|部|起|台|件|场|批|株|棵|只|头|口|间|轮|篇|份|支|盏|块|张|个百分点)`)
	reZhPercentQ = regexp.MustCompile(`率|比重|占比|百分之|增速|增幅|增长了?多少|下降了?多少|提高了?多少|几成`)
	reZhMoneyQ   = regexp.MustCompile(`收入|产值|投资|总额|生产总值|预算|支出|资金|金额|多少钱|经费|增加值|税收|营收|债务|补贴|补助|GDP|gdp`)

	reEnAsksFigure = regexp.MustCompile(`\bhow (many|much)\b|\bwhat (share|percentage|proportion|rate|ratio|portion)\b|\bwhat(?:'s| was| is| were| are) (the |its |their )?[\w\-' ]*\b(revenue|gdp|investment|output|spending|expenditure|income|value|budget|sales|growth|rate|share|target|figure|amount|number|total|population|price|prices|area|length|capacity|volume|size|salary|wages?)\b`)
	reEnHowMany    = regexp.MustCompile(`\bhow many ([a-z\-]+)(?: ([a-z\-]+))?`)
	reEnPercentQ   = regexp.MustCompile(`\b(grow|grew|growth|increase|increased|rise|rose|rate|share|percent|percentage|proportion|ratio|fall|fell|decline|declined|drop|dropped)\b`)
	reEnMoneyQ     = regexp.MustCompile(`\b(how much|debt|subsid\w*|revenue|gdp|investment|invest|invested|output|spending|spend|spent|expenditure|income|budget|sales|yuan|funds|funding|money|value)\b`)
)

// enCountClasses maps the noun after "how many" to num's dimension and class.
var enCountClasses = map[string][2]string{
	"people": {num.DimCount, "people"}, "persons": {num.DimCount, "people"}, "residents": {num.DimCount, "people"},
	"workers": {num.DimCount, "people"}, "migrant": {num.DimCount, "people"}, "elderly": {num.DimCount, "people"},
	"students": {num.DimCount, "people"}, "officials": {num.DimCount, "people"}, "cadres": {num.DimCount, "people"},
	"households": {num.DimCount, "households"}, "families": {num.DimCount, "households"},
	"enterprises": {num.DimCount, "enterprises"}, "companies": {num.DimCount, "enterprises"}, "firms": {num.DimCount, "enterprises"},
	"businesses": {num.DimCount, "enterprises"}, "projects": {num.DimCount, "projects"}, "villages": {num.DimCount, "villages"},
	"schools": {num.DimCount, "schools"}, "times": {num.DimCount, "times"}, "vehicles": {num.DimCount, "vehicles"},
	"mu": {num.DimMu, ""}, "hectares": {num.DimHa, ""}, "tonnes": {num.DimTonne, ""}, "tons": {num.DimTonne, ""},
	"kilometres": {num.DimKm, ""}, "kilometers": {num.DimKm, ""}, "km": {num.DimKm, ""},
	"square": {"", ""}, "yuan": {num.DimCNY, ""},
}

// wantFigure reads what figure a plan's question asks for.
func wantFigure(p Plan) figureWant {
	q := p.Norm
	w := figureWant{intent: p.Intent, fall: p.Decline}
	switch p.Lang {
	case "zh":
		w.asks = reZhAsksFigure.MatchString(q)
		if m := reZhMeasure.FindStringSubmatch(q); m != nil {
			switch m[1] {
			case "元", "钱":
				w.dim = num.DimCNY
			default:
				if vs := num.Find("1" + m[1]); len(vs) == 1 && vs[0].Dim() != num.DimNone {
					w.dim, w.class = vs[0].Dim(), vs[0].Class()
				} else {
					w.dim = num.DimCount // a measure word num does not know: 多少部
				}
			}
		}
	case "en":
		w.asks = reEnAsksFigure.MatchString(q)
		w.noSmallWords = w.asks && !reEnHowMany.MatchString(q)
		if m := reEnHowMany.FindStringSubmatch(q); m != nil {
			w.dim = num.DimCount
			for _, word := range m[1:] {
				if c, ok := enCountClasses[word]; ok {
					w.dim, w.class = c[0], c[1]
					break
				}
			}
			head := m[1]
			if nounNext(m[2]) {
				head = m[2] // "how many older residents": residents
			}
			w.nouns, w.measures = nounWordings(p, []string{head})
		}
	}
	if len(p.Indicators) > 0 {
		// A question about an indicator asks for its value.
		w.asks = true
	}
	if !w.asks || w.dim != "" {
		return w
	}
	pct, money := reZhPercentQ, reZhMoneyQ
	if p.Lang == "en" {
		pct, money = reEnPercentQ, reEnMoneyQ
	}
	switch {
	case p.Growth || pct.MatchString(q):
		w.dim = num.DimPct
	case money.MatchString(q):
		w.dim = num.DimCNY
	}
	return w
}

// figures returns the figures of a text that may answer a question (years left out).
func figures(text string) []num.Value {
	var out []num.Value
	for _, v := range num.FindWith(text, num.Options{Ungrouped: true}) {
		if !v.Year() {
			out = append(out, v)
		}
	}
	return out
}

// nounStop are the words after "how many" and a noun that end the noun ("how many villages in").
var nounStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`did does do were was are is has have had will would can could should be been
		in of for at by from to and or with over above under below got get now so that which who
		came come went go work works live lives took take made make received receive attend visit`) {
		nounStop[w] = true
	}
}

// nounNext reports whether the word after "how many <word>" continues its noun ("older
// residents"), not a verb or a preposition ("tourists visited", "villages in").
func nounNext(word string) bool {
	return word != "" && !nounStop[word] && !strings.HasSuffix(word, "ed")
}

// nounsIn reports whether text (a passage) holds a wording of the noun asked about, or a count in
// one of its measure words: only then does a figure away from the noun count something else. A
// passage that never names the noun may word it otherwise (老人 for "older residents", 居民).
func (w figureWant) nounsIn(text string) bool {
	if slices.ContainsFunc(w.nouns, func(n string) bool { return n != "" && strings.Contains(text, n) }) {
		return true
	}
	if len(w.measures) == 0 {
		return false // no count in a measure word to look for: the figures need not be read
	}
	for _, v := range figures(text) {
		if countedIn(text, v, w.measures) {
			return true
		}
	}
	return false
}

// nounWordings are the Chinese wordings of the question terms that name one of the words after
// "how many" (its noun), of terms that weigh at least nounWeight, and the last characters of
// the wordings of any weight (measure words the noun may be counted in).
func nounWordings(p Plan, words []string) (nouns, measures []string) {
	for _, t := range p.Terms {
		if !slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
			return slices.ContainsFunc(words, func(w string) bool { return w == f || w == f+"s" || w == f+"es" })
		}) {
			continue
		}
		if t.Weight >= nounWeight {
			nouns = append(nouns, t.Variants...)
		}
		for _, v := range t.Variants {
			if r, _ := utf8.DecodeLastRuneInString(v); zh.IsHan(r) && !slices.Contains(measures, string(r)) {
				measures = append(measures, string(r))
			}
		}
	}
	return nouns, measures
}

// fit reports whether text states a figure (has) and one of the kind asked for (fits).
func (w figureWant) fit(text string) (has, fits bool) {
	for _, v := range figures(text) {
		if w.noSmallWords && smallWordCount(v) {
			continue
		}
		has = true
		if w.fits(text, v) {
			return true, true
		}
	}
	return has, false
}

// fitsNoun reports whether text states a figure of the kind asked for next to the noun asked
// about; true when the question names no noun.
func (w figureWant) fitsNoun(text string) bool {
	if len(w.nouns) == 0 && len(w.measures) == 0 {
		return true
	}
	for _, v := range figures(text) {
		if w.fits(text, v) && (nearNoun(text, v, w.nouns) || countedIn(text, v, w.measures)) {
			return true
		}
	}
	return false
}

// countedIn reports whether a figure's measure word (its unit, or the character after a bare
// number) is one of measures.
func countedIn(text string, v num.Value, measures []string) bool {
	m := v.Unit
	if m == "" {
		r, _ := utf8.DecodeRuneInString(text[v.End:])
		m = string(r)
	}
	return slices.Contains(measures, m)
}

// fits reports whether a figure of text is of the kind asked for: its dimension and class (a
// generic count of the asked class's nouns), or, for a count, a bare number with a measure word
// num does not know (98轮, 6口, 20万份).
func (w figureWant) fits(text string, v num.Value) bool {
	if w.dim == "" && v.Dim() == num.DimNone && !v.Ordinal {
		if u, _ := LatinUnit(text[v.QualEnd:]); u != "" {
			return true // an amount in a unit num does not read: 8340m2
		}
	}
	if w.matches(v) {
		return v.Class() != "" || w.class == "" || countsClass(text, v, w.class)
	}
	if w.dim != num.DimCount || v.Dim() != num.DimNone || v.Form != num.FormArabic || v.Ordinal {
		return false
	}
	if w.class == "" {
		return v.Multiplier == "" && measureAfter(text[v.End:]) || strings.ContainsRune(scaledMeasures, firstRune(text[v.End:]))
	}
	// A scaled number written straight before a noun of the asked class, with no measure word,
	// counts it: 20万居民用户 counts households, 5万余名 is read by num. So does a number after a
	// count of the class in its clause: 观看人次突破4000万.
	return v.Multiplier != "" && classNounAfter(text[v.End:], w.class) || countBefore(text, v, w.class)
}

// classCounts are the words a report names a count of a class with before its number (观看人次
// 突破4000万, 参保人数达…).
var classCounts = map[string][]string{
	"people":      {"人次", "人数"},
	"households":  {"户数"},
	"enterprises": {"企业数", "家数"},
	"projects":    {"项目数"},
}

// ClassCountBefore is the word for a count of class (num's count classes: "people",
// "households"…) that stands before figure v of text in its clause, within ten characters (人次
// of 观看人次突破4000万, which counts people); "" when none does.
func ClassCountBefore(text string, v num.Value, class string) string {
	before := text[:v.Start]
	before = before[strings.LastIndexAny(before, ",;:，；：。、")+1:]
	rs := []rune(before)
	s := string(rs[max(0, len(rs)-classReach):])
	for _, n := range classCounts[class] {
		if strings.Contains(s, n) {
			return n
		}
	}
	return ""
}

// countBefore reports whether a word for a count of class stands before figure v in its clause
// (ClassCountBefore).
func countBefore(text string, v num.Value, class string) bool {
	return ClassCountBefore(text, v, class) != ""
}

// classNounAfter reports whether rest (the text right after a bare scaled number) starts with a
// noun of class, within nounAfter characters and before any punctuation or other number.
func classNounAfter(rest string, class string) bool {
	var run []rune
	for _, r := range rest {
		if !zh.IsHan(r) || len(run) == nounAfter {
			break
		}
		run = append(run, r)
	}
	s := string(run)
	return slices.ContainsFunc(classNouns[class], func(n string) bool { return strings.Contains(s, n) })
}

// latinUnits are units a report writes in Latin letters (or words num does not read) after a
// number, with their English.
var latinUnits = []struct{ unit, english string }{
	{"m³", "cubic metres"}, {"m3", "cubic metres"}, {"立方米", "cubic metres"},
	{"m²", "square metres"}, {"m2", "square metres"}, {"㎡", "square metres"},
}

// LatinUnit is the unit rest (the text right after a bare number) starts with when num reads
// none there (1.2万m³, 8340m2), with its English; "" when none.
func LatinUnit(rest string) (unit, english string) {
	for _, u := range latinUnits {
		if strings.HasPrefix(rest, u.unit) {
			return u.unit, u.english
		}
	}
	return "", ""
}

// scaledMeasures are measure words a scaled number (20万份) counts in; after other characters a
// scaled number counts nothing (突破4000万, 300亿能级).
const scaledMeasures = "份件张台部辆艘头只株棵间支盏块口轮套"

// firstRune is the first character of s (utf8.RuneError for none).
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// notMeasures are the characters after a bare number that make it no count: dates, ages,
// sessions, multiples, rankings (500强).
const notMeasures = "年月日号时点岁届期批倍代成强类大级星度"

// measureAfter reports whether rest starts with a Han character that may be a measure word.
func measureAfter(rest string) bool { return MeasureWord(rest) != "" }

// MeasureWord is the Han character rest starts with when it may be the measure word of a bare
// number before it (轮 of 98轮, 口 of 6口), else "".
func MeasureWord(rest string) string {
	r, n := utf8.DecodeRuneInString(rest)
	if !zh.IsHan(r) || strings.ContainsRune(notMeasures, r) {
		return ""
	}
	if strings.HasPrefix(rest[n:], "次") {
		n += len("次") // 剂次, 架次: a count of times
	}
	return rest[:n]
}

// nearNoun reports whether one of nouns stands within classReach characters before the figure
// or right after it.
func nearNoun(text string, v num.Value, nouns []string) bool { return NearFigure(text, v, nouns) }

// NearFigure reports whether one of words stands just before a figure v of text (within ten
// characters) or right after it (within six): a noun the figure counts ("引进项目10个",
// "10个项目").
func NearFigure(text string, v num.Value, words []string) bool {
	before := []rune(text[:v.Start])
	after := []rune(text[v.End:])
	near := string(before[max(0, len(before)-classReach):]) + "|" + string(after[:min(len(after), 6)])
	return slices.ContainsFunc(words, func(n string) bool { return n != "" && strings.Contains(near, n) })
}

// near reports whether one of words stands within reach characters before a figure or within
// nounAfter after it (its noun may follow a short qualifier: "1万余名60岁以上老人"; further on,
// the sentence speaks of something else: "3个村启动创建宁德金牌旅游村" counts no tourists).
func near(text string, v num.Value, words []string, reach int) bool {
	before := []rune(text[:v.Start])
	after := []rune(text[v.End:])
	s := string(before[max(0, len(before)-reach):]) + "|" + string(after[:min(len(after), nounAfter)])
	return slices.ContainsFunc(words, func(w string) bool { return w != "" && strings.Contains(s, w) })
}

// nounAfter is how far (in characters) after a figure its noun may stand.
const nounAfter = 8

// classNouns are the nouns a report counts a class of things with before or after a generic
// measure word ("引进项目10个", "10个项目").
var classNouns = map[string][]string{
	"projects":    {"项目", "工程"},
	"people":      {"人", "群众", "居民", "干部", "农民工", "学生", "老人", "员"},
	"households":  {"户", "家庭"},
	"enterprises": {"企业", "公司", "商户", "市场主体"},
	"villages":    {"村"},
	"schools":     {"学校", "小学", "中学", "幼儿园"},
}

// classReach is how near (in characters) a class noun must be to a generic count.
const classReach = 10

// countsClass reports whether a generic count (10个) in text counts the asked class: a noun
// of the class stands just before it or after it, also after a short qualifier (8个乡村蝶变项目,
// within nounAfter characters). Classes without known nouns are not checked.
func countsClass(text string, v num.Value, class string) bool {
	nouns, ok := classNouns[class]
	if !ok {
		return true
	}
	before := []rune(text[:v.Start])
	after := []rune(text[v.End:])
	near := string(before[max(0, len(before)-classReach):]) + "|" + string(after[:min(len(after), nounAfter)])
	for _, n := range nouns {
		if strings.Contains(near, n) {
			return true
		}
	}
	return false
}

// matches reports whether a figure is of the asked dimension and class.
func (w figureWant) matches(v num.Value) bool {
	if w.dim == "" {
		return v.Dim() != num.DimNone || v.Ordinal
	}
	if v.Dim() != w.dim {
		return false
	}
	c := v.Class()
	return w.class == "" || c == "" || c == w.class || sameClass(c, w.class)
}

// sameClass reports whether two count classes count the same things (people and person-times).
func sameClass(a, b string) bool {
	people := func(c string) bool { return strings.HasPrefix(c, "person") || c == "people" }
	return people(a) && people(b)
}

// AskedFigure reports whether a plan's question asks for a figure (a how-much or how-many
// question, or one about an indicator's value) and which figures are of the kind it asks for
// (a count of projects, an amount in yuan, a percentage…): one test per figure a Chinese
// question asks for ("投入多少钱实施了几个项目" asks for an amount and a count), else one.
func AskedFigure(p Plan) (asks bool, fits []func(text string, v num.Value) bool) {
	w := wantFigure(p)
	if !w.asks {
		return false, nil
	}
	if p.Lang == "zh" {
		locs := reZhAsk.FindAllStringIndex(p.Norm, -1)
		for i := 1; len(locs) > 1 && i <= len(locs); i++ {
			from, to := 0, len(p.Norm)
			if i > 1 {
				from = locs[i-2][1]
			}
			if i < len(locs) {
				to = locs[i][0]
			}
			if sub := wantFigure(Plan{Lang: "zh", Norm: p.Norm[from:to]}); sub.asks {
				fits = append(fits, sub.fitsNotRank)
			}
		}
	}
	if len(fits) < 2 {
		fits = []func(string, num.Value) bool{w.fitsNotRank}
	}
	return true, fits
}

// FigureNamed reports, for a question that asks for a figure of a thing it names, whether text
// states a figure of the asked kind for something the question names: next to a wording of one
// of its terms (of weight at least nounWeight for the asked noun, otherWeight for the others),
// or counted in a measure word of the asked noun. It checks English how-many questions ("How
// many beds…"), English questions for a measure of a noun ("What is the population of …") and
// Chinese 多少 questions; questions about an indicator (the facts table and the indicator
// constraint judge those) and others are not checked (checked false, named true). noun is the
// question's noun as asked ("beds", "population", 人口). A passage whose figures all count
// other things (培训19次 for "beds") does not answer.
func FigureNamed(p Plan, text string) (noun string, checked, named bool) {
	w := wantFigure(p)
	if !w.asks {
		return "", false, true
	}
	var wordings []string
	switch m := reEnHowMany.FindStringSubmatch(p.Norm); {
	case p.Lang == "en" && m != nil:
		noun = m[1]
		if nounNext(m[2]) {
			noun += " " + m[2]
		}
		if v, err := num.Parse("2 " + noun); err == nil && v.Dim() != num.DimCount && v.Dim() != num.DimNone {
			return "", false, true // a unit ("how many percentage points", "how many mu"), not a thing counted
		}
		wordings = askedWordings(p, strings.Fields(noun))
		if own := ownWordings(p, strings.Fields(noun)); len(own) > 0 && !slices.ContainsFunc(own, func(w string) bool { return strings.ContainsRune(text, firstRune(w)) }) {
			// The text has not even the first character of the glossary's words for the asked
			// thing (床 of 床位 for "hospital beds"; 桥 of 桥梁 stands in 桥涵): a count beside the
			// question's other words (新增) counts something else.
			wordings = own
		}
	case len(p.Indicators) > 0:
		return "", false, true
	case p.Lang == "en":
		m := reEnWhatMeasure.FindStringSubmatch(p.Norm)
		if m == nil {
			return "", false, true
		}
		noun = m[1]
		wordings = askedWordings(p, []string{noun})
	case p.Lang == "zh":
		for _, t := range p.Terms {
			if n := zhNoun(t); n != "" {
				noun = n
				wordings = append(wordings, zhBigrams(n)...) // the question runs words together
			}
		}
		if noun == "" {
			return "", false, true
		}
		// A Chinese sentence names its subject once for several figures (圆满完成互花米草除治
		// 攻坚任务,除治面积达681亩): a figure of the sentence holding the noun answers.
		for _, v := range figures(text) {
			if w.fitsNotRank(text, v) && slices.ContainsFunc(wordings, func(b string) bool { return strings.Contains(sentenceAt(text, v), b) }) {
				return noun, true, true
			}
		}
		return noun, true, false
	default:
		return "", false, true
	}
	// A noun that names a class ("people", "households") is counted by the class's count word
	// as well (观看人次突破4000万 for "how many people watched").
	classNoun := w.class != "" && enCountClasses[noun][1] == w.class
	for _, v := range figures(text) {
		if w.fitsNotRank(text, v) && (near(text, v, wordings, classReach) || countedIn(text, v, w.measures) || classNoun && countBefore(text, v, w.class)) {
			return noun, true, true
		}
	}
	return noun, true, false
}

// reEnWhatMeasure finds the measure an English question asks for of a thing that reports state
// rarely ("what is the population of …", "what was the average house price in …"): the noun it
// asks the figure of. Other measures (output, rate) are often stated away from their noun.
var reEnWhatMeasure = regexp.MustCompile(`^what(?:'s| is| was| are| were) (?:the )?(?:[a-z'’-]+ ){0,3}?(population|price|prices|salary|salaries|wage|wages)\b`)

// askedWordings are the Chinese wordings of the question's terms that may name what a figure
// answering it counts or measures: those of the asked words (at least nounWeight), and of the
// other terms the glossary or the reports' words give (at least otherWeight), not a lexicon's
// guess ("visited" → 走访, 人次 beside 61人次 of insurance subsidies).
func askedWordings(p Plan, asked []string) []string {
	var wordings []string
	for _, t := range p.Terms {
		ofNoun := slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
			return slices.ContainsFunc(asked, func(w string) bool { return w == f || w == f+"s" || w == f+"es" })
		})
		if ofNoun && t.Weight >= nounWeight || t.Weight >= otherWeight && !measureModifiers[strings.ToLower(t.From)] {
			wordings = append(wordings, t.Variants...)
		}
	}
	return wordings
}

// zhBigrams are the pairs of adjacent Han characters of s: a passage names a Chinese question's
// run-together term (互花米草除治面积) when one of them stands by its figure (除治面积达681亩).
func zhBigrams(s string) []string {
	rs := []rune(s)
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if zh.IsHan(rs[i]) && zh.IsHan(rs[i+1]) {
			out = appendUnique(out, string(rs[i:i+2]))
		}
	}
	return out
}

// reZhAskTail is what a Chinese question's run of characters ends with when it asks (有多大,
// 是多少, 多少亩); reZhTime a time word that starts one (今年, 去年).
var (
	reZhAskTail = regexp.MustCompile(`(?:有|是|要|达到|为)?(?:多少|多大|多高|多长|几).*$`)
	reZhTime    = regexp.MustCompile(`^(?:今年|去年|明年|全年|上年|\d{4}年)`)
)

// zhNoun is the part of a Chinese question's term that may name what its figure counts (the
// term without its question and time words: 养殖面积 of 养殖面积有多大); "" when that is not two
// or more Han characters, or is an intent or question word.
func zhNoun(t Term) string {
	if t.Weight < 1 {
		return ""
	}
	n := reZhTime.ReplaceAllString(reZhAskTail.ReplaceAllString(t.From, ""), "")
	rs := []rune(n)
	if len(rs) < 2 || !zh.IsHan(rs[0]) || slices.Contains(zhIntentWords, n) || slices.Contains(subjectIgnore, n) || reYearWord.MatchString(n) {
		return ""
	}
	return n
}

// sentenceAt is the sentence of text holding figure v (between 。；;!? marks).
func sentenceAt(text string, v num.Value) string {
	i := strings.LastIndexAny(text[:v.Start], "。；;!?！？") + 1
	j := strings.IndexAny(text[v.End:], "。；;!?！？")
	if j < 0 {
		return text[i:]
	}
	return text[i : v.End+j]
}

// fitsNotRank is fits for a question that asks for no rank: an ordinal (第二批) is no answer.
func (w figureWant) fitsNotRank(text string, v num.Value) bool { return !v.Ordinal && w.fits(text, v) }

// reZhAsk finds each figure a Chinese question asks for.
var reZhAsk = regexp.MustCompile(`多少|几[个项家人名户次座所条处万亿成]`)

// clause is the clause of text holding its first figure of the kind asked for (next to the
// asked noun when there is one), "" when none: the time frame of that figure is its clause's
// ("完成区域核酸检测98轮" in a sentence that goes on "…率先完成…目标任务").
func (w figureWant) clause(text string) string {
	for _, v := range figures(text) {
		if !w.fits(text, v) || !(len(w.nouns) == 0 && len(w.measures) == 0 || nearNoun(text, v, w.nouns) || countedIn(text, v, w.measures)) {
			continue
		}
		i := strings.LastIndexAny(text[:v.Start], ",;:，；：。!?！？")
		if i < 0 {
			i = 0
		}
		j := strings.IndexAny(text[v.End:], ",;:，；：。!?！？")
		if j < 0 {
			return text[i:]
		}
		return text[i : v.End+j]
	}
	return ""
}
