package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// Kinds of figures and question forms the English figure line reads beyond english_figures.go:
// ages that say whom a figure is for, a count's class in the question's other words, quoted
// words in a question's noun phrase.

// age reports whether a bare number of the quote is an age (60周岁及以上老年人, 60岁以上老人):
// it says whom the figure beside it is for, it is no figure itself.
func age(quote string, v num.Value) bool {
	rest := quote[v.End:]
	return v.Dim() == num.DimNone && !v.Ordinal && (strings.HasPrefix(rest, "岁") || strings.HasPrefix(rest, "周岁"))
}

// classHead reports whether a count's class ends in the asked head noun: 269个小区 counts
// residential compounds, which "how many housing compounds" asks for in other words.
func classHead(v num.Value, head string) bool {
	c := v.Class()
	return head != "" && c != "" && v.Dim() == num.DimCount && !v.Ordinal && sameWord(lastWord(c), head)
}

// reQuotedWords matches words a question puts in quotation marks ("village 'legal
// understanders'"): an opening mark after a space or the start, a closing one after a letter.
var reQuotedWords = regexp.MustCompile(`(^|[\s(])['‘"“]([a-z][a-z\s-]*[a-z])['’"”]`)

// unquoteWords drops the quotation marks around words of a question, which belong to the noun
// phrase they mark ("how many village 'legal understanders'" counts legal understanders); a
// possessive (martyrs' tombs) keeps its apostrophe.
func unquoteWords(q string) string {
	if !strings.ContainsAny(q, "'‘\"“") {
		return q
	}
	return reQuotedWords.ReplaceAllString(q, "$1$2")
}

// measureUnits are measure words and units reports write after a bare number that num reads
// no unit in, with their English (singular, plural): 83.7万剂次 is 837,000 doses, 98轮 98
// rounds, 110千伏 110 kV. A scaled number may stand before them (83.7万剂次).
// Classifiers that only say what kind of thing is counted (株, 宗, 棵) are none of them: the
// question's noun names the thing better ("2,500 trees (2500余株)").
var measureUnits = []struct{ zh, one, many string }{
	{"剂次", "dose", "doses"}, {"剂", "dose", "doses"}, {"轮", "round", "rounds"}, {"场次", "session", "sessions"},
	{"课时", "class hour", "class hours"}, {"千伏", "kV", "kV"}, {"兆瓦", "MW", "MW"},
}

// measureUnit is the measure word or unit written right after a bare number of the quote
// (measureUnits), with its English for the number's amount; "" when none.
func measureUnit(quote string, v num.Value) (unit, english string) {
	if v.Dim() != num.DimNone || v.Ordinal || v.QualEnd != v.End {
		return "", ""
	}
	rest := quote[v.End:]
	for _, m := range measureUnits {
		if strings.HasPrefix(rest, m.zh) {
			if v.Amount() == 1 {
				return m.zh, m.one
			}
			return m.zh, m.many
		}
	}
	return "", ""
}

// The stage of construction a question asks about, and the one a figure of the quote is
// counted at: reports list counts by stage side by side (开工50部、完工150部; 21条…开工, 10条道路
// 竣工), and a count of another stage answers another question.
var (
	reStartQ  = regexp.MustCompile(`\b(?:start(?:s|ed|ing)?|began|begin(?:s|ning)?|commenc(?:e|es|ed|ing)|break(?:s|ing)? ground|broke ground)\b`)
	reFinishQ = regexp.MustCompile(`\b(?:finish(?:es|ed|ing)?|complet(?:e|es|ed|ing|ion))\b`)
	// stageWords are the words a report counts each stage with.
	stageWords = map[string][]string{"start": {"新开工", "开工", "动工", "开建"}, "finish": {"完工", "竣工"}}
)

// askedStage is the stage an English question asks a count at ("start building": "start";
// "finish installing": "finish"), "" for none or both.
func askedStage(q string) string {
	q = strings.ToLower(q)
	s, f := reStartQ.MatchString(q), reFinishQ.MatchString(q)
	switch {
	case s && !f:
		return "start"
	case f && !s:
		return "finish"
	}
	return ""
}

// figureStage is the stage a figure of the quote counts at: the stage word of its list item
// (开工50部), else the first after it in its clause, which a list shares (21条主次干路、支路开工);
// "" when none or both.
func figureStage(quote string, v num.Value) string {
	ts, te := tightBounds(quote, v.Start, v.End)
	if s := stageIn(quote[ts:te]); s != "" {
		return s
	}
	_, ce := clauseBounds(quote, v.Start, v.End)
	rest := quote[te:ce]
	first, stage := len(rest), ""
	for st, ws := range stageWords {
		for _, w := range ws {
			if i := strings.Index(rest, w); i >= 0 && i < first {
				first, stage = i, st
			}
		}
	}
	return stage
}

// stageIn is the one stage the words of text name, "" for none or both.
func stageIn(text string) string {
	found := ""
	for st, ws := range stageWords {
		for _, w := range ws {
			if strings.Contains(text, w) {
				if found != "" && found != st {
					return ""
				}
				found = st
			}
		}
	}
	return found
}

// offStage reports whether a figure counts at another stage than the one asked (stage, from
// askedStage): 10条道路竣工 for "how many roads did the district start building".
func offStage(stage, quote string, v num.Value) bool {
	if stage == "" {
		return false
	}
	s := figureStage(quote, v)
	return s != "" && s != stage
}

// parallelNamed reports whether another count of the quote in the same specific measure word
// stands by the asked head noun: counts listed side by side in one measure word count one kind
// of thing (王化路等21条主次干路、支路开工,通久路等10条道路竣工: 21条 are roads too). The generic
// 个 and 项 count anything and say nothing.
func parallelNamed(a retrieval.Plan, quote string, v num.Value, head string) bool {
	if head == "" || v.Unit == "" || v.Unit == "个" || v.Unit == "项" || v.Dim() != num.DimCount {
		return false
	}
	for _, w := range quoteValues(quote) {
		if w.Start != v.Start && w.Unit == v.Unit && headNear(a, quote, w, head) {
			return true
		}
	}
	return false
}

// every reports whether a figure of the quote is a period written after 每 (每2个月组织一次:
// every 2 months), what "how often" asks for.
func every(quote string, v num.Value) bool {
	_, dur := durationUnit(quote, v)
	return dur != "" && strings.HasSuffix(quote[:v.Start], "每")
}

// factNear is the near qualifier (超, 突破, 约…) the sentence of a fact row writes right before
// its value text (the first after its wording), "" for none: a row reads 超95% as 95% with
// qualifier 以上, but the English says what the report says, "more than 95% (超95%)".
func factNear(f corpus.Fact, value string) string {
	s := f.Sentence
	from := 0
	if i := strings.Index(s, f.Wording); f.Wording != "" && i >= 0 {
		from = i + len(f.Wording)
	}
	i := strings.Index(s[from:], value)
	if value == "" || i < 0 {
		return ""
	}
	return lastNear(s[:from+i])
}

// rePartitive is a question that names what it counts before asking how many of them: "of the
// road safety hazards Huigou found, how many were fixed?".
var rePartitive = regexp.MustCompile(`^(?:of|among|out of) (?:the|its|their|all the|all) ([a-z][a-z' -]*?),? how many\b`)

// partitiveAsk is the count a partitive question names ("of the hazards found, how many were
// fixed": hazards) when "how many" has no noun of its own; false for other questions. The
// question asks for the part: the count of that noun after the whole (排查隐患31处,整改到位27处).
func partitiveAsk(q string, w wantFigure) (wantFigure, bool) {
	if w.head != "" || w.dim != num.DimCount {
		return wantFigure{}, false
	}
	m := rePartitive.FindStringSubmatch(strings.TrimSpace(q))
	if m == nil {
		return wantFigure{}, false
	}
	x := countWant(m[1])
	return x, x.head != ""
}

// thingMeasures are measure words of things (间 rooms, 条 roads and rivers, 套 flats, 座 and 所
// buildings…): a count in one of them counts no people, households or enterprises, whatever
// noun the question gives it (整改群租房1278间 is no count of companies).
const thingMeasures = "间条套台座所张件场轮部口株棵盏"

// thingMeasure reports whether a count is written in a measure word of things while the
// question asks for a count of people, households or enterprises (class).
func thingMeasure(v num.Value, class string) bool {
	switch class {
	case "people", "households", "enterprises":
		return v.Noun == "" && v.Unit != "" && strings.Contains(thingMeasures, v.Unit)
	}
	return false
}

// reRound is a round number written without digits after a near qualifier: 近万名 (nearly
// 10,000 people), 超千人, 逾百家.
var reRound = regexp.MustCompile(`[近约超逾]([万千百])(?:余|多)?(?:名|人|家|户|个|件|次|元|亩)?`)

// roundValues are the round numbers of a quote written without digits (reRound), read as num
// reads the same with a 1 before them (近万名 as 1万名), at their place in the quote; the near
// qualifier before them stays the quote's (describeFigure reads it).
func roundValues(quote string) []num.Value {
	var out []num.Value
	for _, m := range reRound.FindAllStringSubmatchIndex(quote, -1) {
		at := m[2] // 万 of 近万名
		vs := num.FindWith("1"+quote[at:m[1]], num.Options{Ungrouped: true})
		if len(vs) != 1 || vs[0].Start != 0 {
			continue
		}
		v := vs[0]
		shift := func(i int) int { return at + i - 1 }
		v.Start, v.NumStart, v.NumEnd = at, at, at+len(quote[at:m[3]])
		v.End, v.QualEnd = shift(v.End), shift(v.QualEnd)
		v.Text, v.Form = quote[v.Start:v.End], num.FormChinese
		out = append(out, v)
	}
	return out
}

// withRound adds to the values num finds in a quote (vs, in order) the round numbers written
// without digits that none of them covers, in order.
func withRound(quote string, vs []num.Value) []num.Value {
	for _, r := range append(roundValues(quote), scaleValues(quote)...) {
		if !slices.ContainsFunc(vs, func(v num.Value) bool { return v.Start < r.End && r.Start < v.End }) {
			vs = append(vs, r)
		}
	}
	slices.SortStableFunc(vs, func(x, y num.Value) int { return x.Start - y.Start })
	return vs
}

// perHead is "per capita" when the clause of an amount of the quote writes it per person before
// it (城镇居民人均可支配收入完成30532元), "per household" for 户均, "" otherwise: a rate of change
// (人均收入增长8%) is no amount per head.
func perHead(quote string, f quoteFigure) string {
	if f.per != "" || f.to != nil || f.change != 0 || f.v.Ordinal {
		return ""
	}
	switch f.v.Dim() {
	case num.DimPct, num.DimPoints, num.DimNone, num.DimTimes:
		return ""
	}
	cs, _ := tightBounds(quote, f.v.Start, f.v.End)
	lead := quote[cs:f.v.Start]
	switch {
	case strings.Contains(lead, "人均"):
		return "per capita"
	case strings.Contains(lead, "户均"):
		return "per household"
	}
	return ""
}

// attributiveLabel is the question term a figure is an attribute of: the figure stands right
// before the noun it measures (南部工业区75吨/日污泥减量化处置中心: 75吨/日 is the sludge centre's,
// not the industrial zone's), so a term in the run of Han characters right after the figure's
// original (at most attrReach of them) names it before one that precedes it; "" for none.
func attributiveLabel(a retrieval.Plan, quote string, f quoteFigure) string {
	end := f.from + len(f.original(quote))
	var run []rune
	for _, r := range quote[end:] {
		if !zh.IsHan(r) || len(run) == attrReach {
			break
		}
		run = append(run, r)
	}
	s := string(run)
	if len(run) < 2 || run[0] == '的' || slices.ContainsFunc(clauseVerbs, func(v string) bool { return strings.HasPrefix(s, v) }) {
		return "" // 5470万元实施…改造: the figure is what was spent, not a part of what follows
	}
	best, at := "", -1
	for _, t := range a.Terms {
		if t.Weight < 0.3 || t.From == "" || frameLabels[strings.ToLower(t.From)] || genericMeasure[strings.ToLower(t.From)] {
			continue
		}
		for _, v := range t.Variants {
			if i := strings.LastIndex(s, v); len([]rune(v)) >= 2 && i > at {
				best, at = t.From, i // the last: a Chinese noun phrase ends on its head (…紫菜养殖)
			}
		}
	}
	return best
}

// clauseVerbs are verbs a clause goes on with after a figure (投资5470万元实施…, 8.2亿元用于…,
// 时隔18年重新启动…): the words after it then say what was done, not what the figure measures.
var clauseVerbs = []string{"实施", "用于", "用在", "重新", "启动", "完成", "推进", "建设", "建成", "开展", "打造", "实现",
	"新建", "改造", "带动", "惠及", "覆盖", "投入", "支持", "用来", "解决", "帮助", "提升", "提高", "达到", "位居", "排名",
	"居", "占", "为", "对", "在", "于", "达", "共", "计", "以", "和", "及", "与"}

// attrReach is how many characters after a figure the noun it is an attribute of may reach.
const attrReach = 8

// modifierAfter reports whether the noun phrase right after a generic count (nounPhraseAfter:
// 13个污水处理提质增效达标区) holds the wording of a word of the asked noun phrase other than its
// head ("sewage treatment" of "sewage treatment upgrade zones"): the count counts the asked
// noun though the glossary words its head otherwise.
func modifierAfter(a retrieval.Plan, quote string, v num.Value, noun string) bool {
	phrase := nounPhraseAfter(quote, v)
	if phrase == "" || !strings.Contains(noun, " ") {
		return false
	}
	for _, t := range a.Terms {
		if t.Weight < 0.5 || !nounWord(noun, t.From) || sameWord(lastWord(strings.ToLower(t.From)), lastWord(noun)) {
			continue
		}
		if slices.ContainsFunc(t.Variants, func(w string) bool { return len([]rune(w)) >= 2 && strings.Contains(phrase, w) }) {
			return true
		}
	}
	return false
}

// moneyLeads are the words a report writes an amount of money right after, so that a scaled
// number after them without 元 is yuan: 投资1000万, 资金1200万.
var moneyLeads = []string{"投资", "投入", "资金", "收入", "支出", "补贴", "补助", "融资", "金额", "总额", "营收", "税收", "产值", "销售额", "经费", "奖金"}

// leadWords may stand between a money word and its amount (投资达1000万, 收入超300万).
var leadWords = []string{"达到", "达", "为", "约", "超过", "超", "突破", "近", "逾", "共", "累计", "完成"}

// yuanAmount is a bare scaled number of the quote read as yuan when a money word stands right
// before it (投资1000万的李宅民宿: 10 million yuan); the value itself otherwise.
func yuanAmount(quote string, v num.Value) num.Value {
	if v.Unit != "" || v.Multiplier == "" || v.Ordinal || v.QualEnd != v.End {
		return v
	}
	lead := quote[:v.Start]
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range leadWords {
			if strings.HasSuffix(lead, w) {
				lead, trimmed = strings.TrimSuffix(lead, w), true
			}
		}
	}
	if slices.ContainsFunc(moneyLeads, func(w string) bool { return strings.HasSuffix(lead, w) }) {
		v.Unit = "元"
	}
	return v
}

// identifier reports whether a bare number of the quote names a thing rather than counts it
// (地铁14号线, 5号楼): a number before 号.
func identifier(quote string, v num.Value) bool {
	return v.Dim() == num.DimNone && !v.Ordinal && strings.HasPrefix(quote[v.End:], "号")
}

// reScale is a scale written without digits before 级 or 规模 (千亿级企业, 万吨级码头, 千亿规模):
// the class of a thing, which num reads no number in.
var reScale = regexp.MustCompile(`([千百十]?[万亿])(?:元|吨)?(?:级|规模|能级)`)

// scaleValues are the scales of a quote written without digits (reScale), read as num reads
// them in digits (千亿 as 1000亿, 万吨 as 1万吨), at their place in the quote.
func scaleValues(quote string) []num.Value {
	var out []num.Value
	for _, m := range reScale.FindAllStringSubmatchIndex(quote, -1) {
		if r, _ := utf8.DecodeLastRuneInString(quote[:m[0]]); unicode.IsDigit(r) || r == '.' || strings.ContainsRune("一二三四五六七八九两", r) {
			continue // 300亿能级: num reads it
		}
		at, end := m[2], m[1]
		for _, s := range []string{"能级", "级", "规模"} {
			end = min(end, m[1]-len(s)*btoi(strings.HasSuffix(quote[:m[1]], s)))
		}
		p := "1" + quote[at:end]
		for _, d := range []struct{ zh, digits string }{{"千", "1000"}, {"百", "100"}, {"十", "10"}} {
			if strings.HasPrefix(quote[at:end], d.zh) {
				p = d.digits + strings.TrimPrefix(quote[at:end], d.zh) // 千亿 as 1000亿
			}
		}
		vs := num.FindWith(p, num.Options{Ungrouped: true})
		if len(vs) != 1 || vs[0].Start != 0 || vs[0].End != len(p) {
			continue
		}
		v := vs[0]
		v.Start, v.NumStart, v.NumEnd = at, at, m[3]
		v.End, v.QualEnd = end, end
		v.Text, v.Form = quote[at:end], num.FormChinese
		out = append(out, v)
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scaleSuffix is the word after a figure of the quote that makes it the scale of a thing (300亿
// 能级: a 30-billion scale; 万吨级码头: a 10,000-tonne class), with its English; "" for none.
func scaleSuffix(quote string, v num.Value) (suffix, english string) {
	rest := quote[v.QualEnd:]
	for _, s := range []struct{ zh, en string }{{"能级", "scale"}, {"规模", "scale"}, {"级", "class"}} {
		if strings.HasPrefix(rest, s.zh) {
			return s.zh, s.en
		}
	}
	return "", ""
}
