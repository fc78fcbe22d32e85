package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/lexicon"
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
	// indicators are the indicators the question asks about, with their loose relatives
	// (figure_indicator.go): a sentence naming only others states their figures.
	indicators []string
	// timeCount is true for a question that counts units of time ("how many days", 几个月):
	// only then does a duration (15分钟) count what is asked (figure_head.go).
	timeCount bool
	// length is true for an English "how long is/was the …" question: a length (0.8公里) answers
	// it, and where the text states no length, a span of time ("How long was the road closed?":
	// 封闭了3个月). "How long since …", "how long did it take" count time only (timeCount).
	length bool
	// groups is true for a question that counts groups of people ("how many emergency teams"):
	// a count of people (8.4万名) does not answer it (figure_head.go).
	groups bool
	// done is true for a question that asks how many of a thing were completed (asksDone):
	// a count of things only started does not answer it (figure_done.go).
	done bool
	// unit is the measure word a Chinese question counts in (多少部 → 部), "" for none: for a
	// completion question only counts in it count the asked thing (figure_done.go).
	unit string
	// thing are the wordings of a Chinese completion question's subject (FigureUnstated sets
	// them; the question names no noun after 多少, 新城区道路要建成多少公里): a count of the asked
	// thing stands beside one of them, or counts on from one that does (figure_done.go).
	thing []string
}

// smallWordCount reports whether a figure is a count of at most ten written in Chinese
// numerals (三个, 两项, 四大).
func smallWordCount(v num.Value) bool {
	return v.Form == num.FormChinese && !v.Ordinal && (v.Dim() == num.DimCount || v.Dim() == num.DimNone) && v.Amount() <= 10
}

// reFallWords are the words a sentence states a fall with.
var reFallWords = lazyre.New(`下降|减少|下滑|回落|降低|负增长|减收|缩减|降幅`)

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
	reZhAsksFigure = lazyre.New(`多少|多久|多大|多高|多长|多远|多快|几[个项家人名户次座所条处万亿成]|比重|占比|增速|增幅|百分之几`)
	// reZhMeasure is the measure word or unit after 多少/几: 多少个, 几家, 多少万元, 多少亩.
	reZhMeasure  = lazyre.New(`(?:多少|几)(?:万|亿)?(` + zhMeasureWords + `)`)
	reZhPercentQ = lazyre.New(`率|比重|占比|百分之|增速|增幅|增长了?多少|下降了?多少|提高了?多少|几成`)
	reZhMoneyQ   = lazyre.New(`收入|产值|投资|投入|总额|生产总值|预算|支出|资金|金额|多少钱|经费|增加值|税收|营收|债务|补贴|补助|GDP|gdp`)

	reEnAsksFigure = lazyre.New(`\bhow (many|much)\b|\bwhat (share|percentage|proportion|rate|ratio|portion)\b|\bwhat(?:'s| was| is| were| are) (the |its |their )?[\w\-' ]*\b(revenue|gdp|investment|output|spending|expenditure|income|value|budget|sales|growth|rate|share|target|figure|amount|number|total|population|price|prices|area|length|capacity|volume|size|salary|wages?)\b`)
	// reEnHowMany finds the noun after "how many", past a word for a change of the count ("how
	// many new school places": the places are counted, 新增 only says they are added).
	reEnHowMany = lazyre.New(`\bhow many (?:(?:new|newly|more|additional|extra|further) )?([a-z\-]+)(?: ([a-z\-]+))?`)
	// reEnInUnit finds a unit a question asks its figure in ("… output in tonnes?").
	reEnInUnit   = lazyre.New(`\b(?:in|of) (?:us )?(tonnes|tons|kilowatts|kw|kilowatt-hours|kwh|dollars|hectares|kilometres|kilometers|kilograms)\b`)
	reEnPercentQ = lazyre.New(`\b(grow|grew|growth|increase|increased|rise|rose|rate|share|percent|percentage|proportion|ratio|fall|fell|decline|declined|drop|dropped)\b`)
	reEnMoneyQ   = lazyre.New(`\b(how much|debt|subsid\w*|revenue|gdp|investment|invest|invested|output|spending|spend|spent|expenditure|income|budget|sales|yuan|funds|funding|money|value)\b`)
)

// zhMeasureWords are the measure words and units a Chinese question puts after 多少 or 几,
// counts of times of a thing (剂次 doses, 架次 flights) before their last character.
const zhMeasureWords = `美元|元|钱|[剂架车班批航户场频家条]次|人次|期|人|名|位|户|家|个|项|座|所|条|处|次|辆|艘|栋|套|亩|公顷|平方公里|平方米|公里|吨|公斤|千瓦时|千瓦|部|起|台|件|场|批|株|棵|只|头|口|间|轮|篇|份|支|盏|块|张|宗|幢|个百分点`

// enCountClasses maps the noun after "how many" to num's dimension and class.
var enCountClasses = map[string][2]string{
	"people": {num.DimCount, "people"}, "persons": {num.DimCount, "people"}, "residents": {num.DimCount, "people"},
	"workers": {num.DimCount, "people"}, "migrant": {num.DimCount, "people"}, "elderly": {num.DimCount, "people"},
	"students": {num.DimCount, "people"}, "officials": {num.DimCount, "people"}, "cadres": {num.DimCount, "people"},
	"households": {num.DimCount, "households"}, "families": {num.DimCount, "households"},
	"enterprises": {num.DimCount, "enterprises"}, "companies": {num.DimCount, "enterprises"}, "firms": {num.DimCount, "enterprises"},
	"businesses": {num.DimCount, "enterprises"}, "projects": {num.DimCount, "projects"}, "villages": {num.DimCount, "villages"},
	"schools": {num.DimCount, "schools"}, "times": {num.DimCount, "times"}, "vehicles": {num.DimCount, "vehicles"},
	"rooms": {num.DimCount, "rooms"}, "attendances": {num.DimCount, "people"}, "attendees": {num.DimCount, "people"},
	"participants": {num.DimCount, "people"}, "visitors": {num.DimCount, "people"},
	"mu": {num.DimMu, ""}, "hectares": {num.DimHa, ""}, "tonnes": {num.DimTonne, ""}, "tons": {num.DimTonne, ""},
	"kilometres": {num.DimKm, ""}, "kilometers": {num.DimKm, ""}, "km": {num.DimKm, ""},
	"square": {"", ""}, "yuan": {num.DimCNY, ""}, "dollars": {num.DimUSD, ""}, "kilograms": {num.DimKg, ""},
	"kilowatts": {num.DimKw, ""}, "kw": {num.DimKw, ""}, "kilowatt-hours": {num.DimKwh, ""}, "kwh": {num.DimKwh, ""},
}

// reEnHowLong matches an English question that asks how long, which reEnAsksFigure does not
// ask for: with a form of "be" after it (group 1) a length ("How long is the culture street
// block?") or, where the text states none, a time ("How long were schools shut?"), else a time
// only ("how long since …", "how long had the rebuild been stalled").
var reEnHowLong = lazyre.New(`\bhow long\b(\s+(?:is|are|was|were|will be)\b)?`)

// reEnHowLongSince matches "how long is/was it since/before/until …": "it" stands for no thing
// with a length, and the clause after it is an event; a span of time is asked ("How long was it
// since the rivers had seen such a crest?").
var reEnHowLongSince = lazyre.New(`\bhow long\s+(?:is|was|will be)\s+it\s+(?:been\s+)?(?:since|before|until|till)\b`)

// classOnlyHeads are the nouns after "how many" that name only the class counted ("how many
// people were on the front line"): the class (enCountClasses) is all they ask, and their
// wordings (人民) are no noun the figure must stand beside (8.4万名医护人员… counts people).
var classOnlyHeads = map[string]bool{"people": true, "persons": true}

// wantFigure reads what figure a plan's question asks for.
func wantFigure(p Plan) figureWant {
	q := p.Norm
	w := figureWant{intent: p.Intent, fall: p.Decline, indicators: askedIndicators(p), timeCount: asksTime(p)}
	switch p.Lang {
	case "zh":
		w.asks = reZhAsksFigure.MatchString(q)
		if m := reZhMeasure.FindStringSubmatch(q); m != nil {
			w.unit = m[1]
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
		if w.timeCount && w.dim == "" {
			w.dim = num.DimCount // 多久: a number of time units (timeSpan), not any figure
		}
	case "en":
		w.asks = reEnAsksFigure.MatchString(q)
		if m := reEnHowLong.FindStringSubmatch(q); m != nil && !w.asks {
			w.asks, w.dim = true, num.DimCount
			if m[1] != "" && !reEnHowLongSince.MatchString(q) {
				w.length, w.dim = true, ""
			} else {
				w.timeCount = true
			}
		}
		w.noSmallWords = w.asks && !reEnHowMany.MatchString(q)
		if m := reEnHowMany.FindStringSubmatch(q); m != nil {
			w.dim = num.DimCount
			head, other := m[1], m[2]
			if nounNext(m[2]) {
				head, other = m[2], m[1] // "how many older residents": residents
			}
			if hm, _ := howManyMods(q); hm != nil {
				if run := headRun(p, hm); run != nil {
					head, other = run[len(run)-1], hm[2] // "… elderly care service centers": centers
				}
			}
			// The head noun's class, not a modifier's ("elderly care facilities" are no people);
			// a modifier gives only a unit ("how many square metres").
			for _, word := range []string{head, other} {
				if c, ok := enCountClasses[word]; ok && (word == head || c[0] != num.DimCount) {
					w.dim, w.class = c[0], c[1]
					break
				}
			}
			if !classOnlyHeads[head] {
				w.nouns, w.measures = nounWordings(p, []string{head})
			}
			w.groups = groupNouns[head] || groupNouns[enHeadNoun(q)]
		}
		if m := reEnInUnit.FindStringSubmatch(q); m != nil && w.asks {
			// "What was its aquaculture output in tonnes?": the unit named after "in".
			w.dim, w.class = enCountClasses[m[1]][0], ""
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
	return word != "" && !nounStop[word] && !en.EdForm(word)
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
			return slices.ContainsFunc(words, func(w string) bool { return wordOf(w, f) })
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

// isLength reports whether a figure is a length (0.8公里, 300米).
func isLength(v num.Value) bool {
	return v.Dim() == num.DimKm || v.Dim() == num.DimM
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
	if w.length {
		return isLength(v) || !slices.ContainsFunc(figures(text), isLength) && timeSpan(text, v)
	}
	if w.dim == num.DimCount && w.timeCount {
		return timeSpan(text, v) // "how many years": 70年未遇, not 2000余名
	}
	if w.dim == num.DimCount && (duration(text, v) || w.groups && sameClass(v.Class(), "people")) {
		return false // 15分钟, 3个月: a time; 8.4万名: people, not teams
	}
	if w.dim == "" && v.Dim() == num.DimNone && !v.Ordinal {
		if u, _ := LatinUnit(text[v.QualEnd:]); u != "" {
			return true // an amount in a unit num does not read: 8340m2
		}
	}
	if w.unit != "" && smallWordCount(v) && v.Unit != w.unit {
		// A Chinese numeral of at most ten in another measure word than the question counts in
		// is a name's (中央八项规定, “三大革命” for 多少个), not the count asked.
		return false
	}
	if w.dim == num.DimCount && PhraseClassAfter(text, v, w.class) {
		return true // 2家…设施项目 asked as projects
	}
	if w.dim == num.DimCount && UnitCountsClass(text, v, w.class) {
		return true // 市场主体3700多户 asked as businesses
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
		// 几处农村幸福院和老年食堂: one ask of two things counted, a figure for each.
		for range coordinatedCounted(p) - 1 {
			fits = append(fits, w.fitsNotRank)
		}
	}
	return true, fits
}

// coordinatedCounted returns how many things a Chinese question's only how-many ask counts: the
// parts its counted words split into at a conjunction (splitCoordinated), 1 when it asks no
// count or asks more than once.
func coordinatedCounted(p Plan) int {
	if p.Lang != "zh" {
		return 1
	}
	locs := reZhAsk.FindAllStringIndex(p.Norm, -1)
	if len(locs) != 1 {
		return 1
	}
	rest := p.Norm[locs[0][1]:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !zh.IsHan(r) })
	if end < 0 {
		end = len(rest)
	}
	return len(splitCoordinated(lexicon.SenseKeys, rest[:end]))
}

// StatesCount reports whether text states anything an English how-many question may be
// answered by: a figure that is no rank and is either a count or in a measure word num does not
// know (100期). An answer stating only shares, amounts or sizes ("增加救护车组和ICU床位", whose 23%
// is a share; 投入360万元 for how many households) does not answer it, whatever it is about.
// True for every other question (they are not judged).
func StatesCount(p Plan, text string) bool {
	if p.Lang != "en" || !reEnHowMany.MatchString(p.Norm) {
		return true
	}
	w := wantFigure(p)
	if w.dim != num.DimCount || w.timeCount {
		return true
	}
	for _, v := range figures(text) {
		if !v.Ordinal && (v.Dim() == num.DimCount || v.Dim() == num.DimNone) {
			return true
		}
	}
	return false
}

// sentenceAt is the sentence of text holding figure v (between 。；;!? marks).
func sentenceAt(text string, v num.Value) string {
	i := zh.AfterLast(text[:v.Start], "。；;!?！？")
	j := strings.IndexAny(text[v.End:], "。；;!?！？")
	if j < 0 {
		return text[i:]
	}
	return text[i : v.End+j]
}

// fitsNotRank is fits for a question that asks for no rank: an ordinal (第二批) is no answer.
func (w figureWant) fitsNotRank(text string, v num.Value) bool { return !v.Ordinal && w.fits(text, v) }

// reZhAsk finds each figure a Chinese question asks for.
var reZhAsk = lazyre.New(`多少|几[个项家人名户次座所条处万亿成]`)

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
