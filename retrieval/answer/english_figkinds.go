package answer

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
)

// Kinds of figures and question forms the English figure line reads beyond english_figures.go:
// ages that say whom a figure is for, a count's class in the question's other words, quoted
// words in a question's noun phrase, measure words with a unit of their own, periods, partitive
// questions, counts in measure words of things, amounts per head, qualifiers as the sentence
// writes them.
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
var reQuotedWords = lazyre.New(`(^|[\s(])['‘"“]([a-z][a-z\s-]*[a-z])['’"”]`)

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
	if batchCount(quote, v) {
		cs, _ := clauseBounds(quote, v.Start, v.End)
		if strings.HasPrefix(rest, "期") && slices.ContainsFunc(issueWords, func(w string) bool { return strings.Contains(quote[cs:v.Start], w) }) {
			return "期", map[bool]string{true: "issue", false: "issues"}[v.Amount() == 1] // 通报26期
		}
		for _, b := range batchUnits {
			if strings.HasPrefix(rest, b.zh) {
				if v.Amount() == 1 {
					return b.zh, b.one
				}
				return b.zh, b.many
			}
		}
	}
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

// batchUnits are measure words that count sessions (issues of what is published: issueWords) or
// batches after a number written in digits (活动100期, 发布各类通报26期, 分3批) but name a phase or a class after a Chinese numeral or 第 (二期工程,
// 第一批): num and retrieval read no count in them.
var batchUnits = []struct{ zh, one, many string }{{"期", "session", "sessions"}, {"批", "batch", "batches"}}

// issueWords are what a report publishes in issues (通报26期: 26 issues, not sessions).
var issueWords = []string{"报", "刊", "杂志", "期刊"}

// batchCount reports whether a bare number of the quote counts issues or batches (batchUnits):
// written in digits, not after 第, and its measure word not followed by a project word
// (3期工程 is the third phase).
func batchCount(quote string, v num.Value) bool {
	if v.Dim() != num.DimNone || v.Ordinal || v.Form != num.FormArabic || v.QualEnd != v.End || strings.HasSuffix(quote[:v.Start], "第") {
		return false
	}
	rest := quote[v.End:]
	for _, b := range batchUnits {
		if after, ok := strings.CutPrefix(rest, b.zh); ok {
			return !strings.HasPrefix(after, "工程") && !strings.HasPrefix(after, "项目")
		}
	}
	return false
}

// topRank reports whether a count of the quote is a place in a ranking written as "the first
// N" (位列…前10名, 前3位): a rank, which the English line states as "top 10".
func topRank(quote string, v num.Value) bool {
	return strings.HasSuffix(quote[:v.Start], "前") && (v.Unit == "名" || v.Unit == "位") && !v.Approx && v.Multiplier == "" &&
		v.QualEnd == v.End
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
var rePartitive = lazyre.New(`^(?:of|among|out of) (?:the|its|their|all the|all) ([a-z][a-z' -]*?),? how many\b`)

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
// question asks for a count of people, households or enterprises (class), or in any measure
// word of no class while it asks how many times (notTimes reads a bare number's measure word).
func thingMeasure(v num.Value, class string) bool {
	switch class {
	case "people", "households", "enterprises":
		return v.Noun == "" && v.Unit != "" && strings.Contains(thingMeasures, v.Unit)
	case "times":
		return v.Unit != "" // times are counted in 次 (a class of its own), never in 个 or 处
	}
	return false
}

// timesMeasures are the measure words after a bare number that count times (98轮, 3回, 5遍).
var timesMeasures = []string{"轮", "回", "遍", "趟", "期", "场次", "批次"}

// notTimes reports whether a count without a class of its own is no count of times when the
// question asks how many times (class): 6支 counts teams, 20个 posts.
func notTimes(text string, v num.Value, class string) bool {
	if class != "times" || v.Class() != "" || v.Ordinal {
		return false
	}
	if v.Unit != "" {
		return true
	}
	m := retrieval.MeasureWord(text[v.End:])
	return m != "" && !slices.Contains(timesMeasures, m)
}

// perHead is "per capita" when the clause of an amount of the quote writes it per person before
// it (城镇居民人均可支配收入完成30532元), "per household" for 户均, "per 10,000 people" for an
// indicator of 万人 (万人发明专利拥有量73.43件), "" otherwise: a rate of change (人均收入增长8%)
// is no amount per head.
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
	for _, p := range []struct{ zh, en string }{{"万人", "per 10,000 people"}, {"千人", "per 1,000 people"}, {"百人", "per 100 people"}} {
		// 万人发明专利拥有量73.43件; not 10万人参与 (a count of people) nor 每万人 (read before)
		if i := strings.Index(lead, p.zh); i >= 0 && !strings.ContainsAny(lead[max(0, i-3):i], "0123456789.每") {
			return p.en
		}
	}
	return ""
}

// capacityFigure reports whether a figure of the quote may be a capacity: an amount in a unit
// of its own (tonnes, kW, cubic metres, 千伏), not money, a count, a rate or a bare number.
func capacityFigure(quote string, v num.Value) bool {
	switch v.Dim() {
	case num.DimCNY, num.DimUSD, num.DimCount, num.DimPct, num.DimPoints, num.DimTimes:
		return false
	case num.DimNone:
		_, m := measureUnit(quote, v)
		_, l := latinUnit(quote, v)
		return m != "" || l != ""
	}
	return true
}

// reGlossed is a question's words right before a Chinese term in brackets: "how many hectares
// of 'leave-blank-and-green' (留白增绿)"; the words in quotation marks when they end there.
var (
	reGlossed       = lazyre.New(`([A-Za-z][A-Za-z'’ -]*?)\s*[(（]\s*([^)）]+?)\s*[)）]`)
	reQuotedGlossed = lazyre.New(`['‘"“]([^'‘’"“”]+)['’"”]$`)
)

// glossBefore is the English a question writes right before a Chinese term in brackets: the
// words in quotation marks that end there, else its last word (above-quota of "new above-quota
// (限上) enterprises"); the term itself when the question glosses it nowhere.
func glossBefore(question, term string) string {
	for _, m := range reGlossed.FindAllStringSubmatch(question, -1) {
		if m[2] != term {
			continue
		}
		before := strings.TrimSpace(m[1])
		if q := reQuotedGlossed.FindStringSubmatch(before); q != nil {
			return q[1]
		}
		ws := strings.Fields(before)
		return ws[len(ws)-1]
	}
	return term
}
