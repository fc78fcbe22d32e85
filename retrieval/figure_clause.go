package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// A figure counts the noun of its own clause: in 系统推进排污口整治工作,完成13个污水处理提质增效
// 达标区建设 the 13 counts treatment areas, not the sewage outlets of the clause before; in
// 整改群租房1278间,企业改造投入70余万元 the 1278 counts rooms, not the enterprises after the
// comma. The words that name what a figure counts are looked for within its clause only.

// clauseMarks end a clause (the 、 of an enumeration does not).
const clauseMarks = ",;:，；：。!?！？"

// clauseBounds returns the byte offsets of the clause of text that holds figure v: from after
// the clause mark before it to the clause mark after it.
func clauseBounds(text string, v num.Value) (lo, hi int) { return clauseSpan(text, v.Start, v.End) }

// clauseSpan returns the byte offsets of the clause of text that holds text[start:end].
func clauseSpan(text string, start, end int) (lo, hi int) {
	lo = strings.LastIndexAny(text[:start], clauseMarks)
	if lo < 0 {
		lo = 0
	} else {
		_, n := utf8.DecodeRuneInString(text[lo:])
		lo += n
	}
	hi = len(text)
	if j := strings.IndexAny(text[end:], clauseMarks); j >= 0 {
		hi = end + j
	}
	return lo, hi
}

// nearInClause reports whether one of words names what figure v of text counts: it stands
// before the figure in its clause (白色泡沫浮球及套袋包裹浮球1839个, however long the noun), or
// within nounAfter characters after it in its clause (10个项目). A figure whose clause ends on
// it (…发放“防疫包”5736件,) may take its noun from next to it, as near does; one followed in its
// clause by a noun of its own (完成13个污水处理提质增效达标区建设) counts that noun, not a word of
// the clause before; nor does a figure count a word of another sentence, but one that ends its
// clause counts the subject its sentence names before it.
func nearInClause(text string, v num.Value, words []string, reach int) bool {
	lo, hi := clauseBounds(text, v)
	before := text[lo:v.Start]
	after := []rune(text[v.End:hi])
	s := before + "|" + string(after[:min(len(after), nounAfter)])
	if slices.ContainsFunc(words, func(w string) bool { return w != "" && strings.Contains(s, w) }) {
		return true
	}
	if !endsClause(text[v.End:hi], v.Unit != "") {
		return false
	}
	// Beside it, within its sentence: the sentence before or after speaks of other things.
	slo := zh.AfterLast(text[:v.Start], sentenceMarks)
	shi := len(text)
	if j := strings.IndexAny(text[v.End:], sentenceMarks); j >= 0 {
		shi = v.End + j
	}
	in := v
	in.Start, in.End = v.Start-slo, v.End-slo
	if near(text[slo:shi], in, words, reach) {
		return true
	}
	// A sentence names its subject once for the counts that follow (持续推进海上养殖综合整治,…,
	// 清理老旧木质渔排66口,白色泡沫浮球及套袋包裹浮球1839个), unless the figure's clause names a
	// thing of a class it counts (力争入驻项目不少于36个 counts projects, whatever the sentence is
	// about).
	if clauseClass(text[lo:v.Start]) != "" {
		return false
	}
	subject := text[slo:v.Start]
	return slices.ContainsFunc(words, func(w string) bool { return w != "" && strings.Contains(subject, w) })
}

// sentenceMarks end a sentence.
const sentenceMarks = "。!?！？"

// endsClause reports whether rest (the text after a figure, to its clause's end) holds no
// noun of the figure's own: at most the measure word of a bare number (98轮). After a figure
// with its unit (一条 of 谋划建设海鲜美食一条街) a character is its noun.
func endsClause(rest string, hasUnit bool) bool {
	if m := MeasureWord(rest); m != "" && !hasUnit {
		rest = rest[len(m):]
	}
	return letters(rest) == 0
}

// thirdNounWord is the word after a how-many question's two-word noun (m, reEnHowMany's match
// in q) when it continues the noun ("how many gas safety hazards"), else "".
func thirdNounWord(q string, m []string) string {
	i := strings.Index(q, m[0])
	if i < 0 {
		return ""
	}
	rest := strings.Fields(q[i+len(m[0]):])
	if len(rest) == 0 {
		return ""
	}
	w := strings.Trim(rest[0], "?.,!;:'\"")
	if w != rest[0] && strings.TrimRight(rest[0], "?.,!;:") != w {
		return "" // quoted or otherwise marked: not a plain word
	}
	if !reEnWord.MatchString(w) || reEnWord.FindString(w) != w || !nounNext(w) {
		return ""
	}
	return w
}

// FigureMentioned reports, for a question FigureNamed checks, whether text states a figure of
// any kind next to what the question names: "不少于100期" after 全民阅读推广系列活动 for "how many
// reading-promotion sessions", though 期 is no measure word figures count in. Such a quote
// answers in its own words; the reports are not then said to lack the figure.
func FigureMentioned(p Plan, text string) bool {
	_, checked, named := figureNamedBy(p, text, true, true)
	return checked && named
}

// zhChangeVerbs are verbs a Chinese question counts with ("今年计划新增多少个养老服务设施"): they say
// the things are added, not what they are.
var zhChangeVerbs = []string{"新增", "新建", "建成", "增加", "累计", "共计"}

// zhVerbOnly reports whether a Chinese question's term is a verb alone (新增, or a generic verb
// such as 推进): it names nothing a figure counts, so a sentence holding it (新增中小学和幼儿园学位
// 约7200个) does not thereby count the asked thing.
func zhVerbOnly(n string) bool {
	return slices.Contains(zhChangeVerbs, n) || slices.Contains(genericVerbs, n)
}

// classMeasures are the generic measure words (num's, of no class) a count of a class may be
// written in: enterprises are counted 个 (or 家, a class of its own), never 条 or 间 (企业自查
// 隐患918条 counts hazards, 整改群租房1278间 rooms); times are counted 场 or 轮, never 个 (设置码头
// 防疫执勤点20个 counts duty points, not times). Classes not listed are not checked.
var classMeasures = map[string]string{
	"enterprises": "个",
	"villages":    "个",
	"households":  "个",
	"projects":    "个项处座",
	"schools":     "个所座",
	"times":       "场轮",
}

// measureCounts reports whether figure v's measure word (its generic unit, or the character
// after a bare number) may count class: true when it has none, or the class is not checked.
func measureCounts(text string, v num.Value, class string) bool {
	allowed, ok := classMeasures[class]
	if !ok {
		return true
	}
	m := v.Unit
	if m == "" {
		m = MeasureWord(text[v.End:])
	}
	if m == "" || utf8.RuneCountInString(m) != 1 {
		return true
	}
	if u, err := num.Parse("1" + m); err == nil && u.Class() != "" {
		return true // a measure word of a class of its own (家, 次): matches judges it
	}
	return strings.Contains(allowed, m)
}

// clauseClass is the count class (classNouns) of a noun the part of a clause before a figure
// names (项目 in 力争入驻项目不少于), "" when it names none.
func clauseClass(before string) string {
	for _, class := range []string{"projects", "enterprises", "villages", "schools", "households", "people"} {
		if slices.ContainsFunc(classNouns[class], func(n string) bool { return strings.Contains(before, n) }) {
			return class
		}
	}
	return ""
}

// FigureActed reports, for an English how-many question FigureNamed checks, whether text states
// a figure of the asked kind whose clause holds, before the figure, a wording of one of the
// question's terms other than its time words, whatever the term weighs: 拆除违章搭建13宗 for "How
// many illegal structures did Shacheng tear down last year?" (拆除, tear down), though no wording
// of the structures stands by it. The clause then tells of what the question asks, in words
// the translation lacks for its noun; a figure whose clause holds none of the question's words
// (开展培训19次 for "how many beds") does not.
func FigureActed(p Plan, text string) bool {
	if p.Lang != "en" || !reEnHowMany.MatchString(p.Norm) {
		return false
	}
	w := wantFigure(p)
	for _, v := range figures(text) {
		if !w.fitsNotRank(text, v) {
			continue
		}
		lo, _ := clauseBounds(text, v)
		before := text[lo:v.Start]
		for _, t := range p.Terms {
			if reFrameWord.MatchString(strings.ToLower(t.From)) {
				continue
			}
			if slices.ContainsFunc(t.Variants, func(x string) bool {
				return utf8.RuneCountInString(x) >= 2 && !zhVerbOnly(x) && !slices.Contains(zhIntentWords, x) && strings.Contains(before, x)
			}) {
				return true
			}
		}
	}
	return false
}

// reLeadModifier is a word that modifies the noun after "how many" without naming it: a past
// participle or an adverb ("how many illegally parked cars": the cars are counted).
var reLeadModifier = lazyre.New(`^[a-z]{3,}(?:ed|lly|ously|ively|ently|ately)$`)

// howManyMatch is reEnHowMany's match in q, past the participles and adverbs that lead the
// counted noun ("illegally parked cars" is matched from "cars"); nil for no how-many question.
func howManyMatch(q string) []string {
	m, _ := howManyMods(q)
	return m
}

// howManyMods is howManyMatch with the modifiers it passed ("illegally", "parked"): they name
// the counted thing too, though they are not its head.
func howManyMods(q string) (m, mods []string) {
	m = reEnHowMany.FindStringSubmatch(q)
	for m != nil && m[2] != "" && !nounStop[m[2]] && reLeadModifier.MatchString(m[1]) {
		at, i := strings.Index(q, m[0]), strings.Index(m[0], " "+m[1]+" ")
		if at < 0 || i < 0 {
			break
		}
		rest := q[at+i+len(m[1])+2:] // after the modifier and its space
		next := reEnHowMany.FindStringSubmatch("how many " + rest)
		if next == nil {
			break
		}
		q, m, mods = "how many "+rest, next, append(mods, m[1])
	}
	return m, mods
}
