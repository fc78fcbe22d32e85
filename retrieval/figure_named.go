package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Whether a passage states a figure of the noun a question asks about (FigureNamed), and the
// wordings of that noun.
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
	return figureNamed(p, text, true)
}

// figureNamed is FigureNamed; byMeasure is whether a count in a measure word of the asked noun
// names it (otherwise only a wording next to the figure does: the measure words of a lexicon's
// guess, 商 of 招商 for "promotion", end many other words).
func figureNamed(p Plan, text string, byMeasure bool) (noun string, checked, named bool) {
	return figureNamedBy(p, text, byMeasure, false)
}

// figureNamedBy is figureNamed; anyFigure counts a figure of any kind next to the asked
// thing, not only one of the kind asked for (FigureMentioned).
func figureNamedBy(p Plan, text string, byMeasure, anyFigure bool) (noun string, checked, named bool) {
	noun, checked, named = figureNamedOne(p, text, byMeasure, anyFigure)
	if named {
		return noun, checked, named
	}
	if g, ok := GlossedPlan(p); ok {
		// The other name in brackets answers as well as the first (figure_gloss.go).
		if _, c, n := figureNamedOne(g, text, byMeasure, anyFigure); c && n {
			return noun, checked, true
		}
	}
	return noun, checked, named
}

// figureNamedOne is figureNamedBy for the question as one noun names the asked thing.
func figureNamedOne(p Plan, text string, byMeasure, anyFigure bool) (noun string, checked, named bool) {
	w := wantFigure(p)
	fit := w.fitsNotRank
	if anyFigure {
		fit = func(string, num.Value) bool { return true }
	}
	if !byMeasure {
		w.measures = nil
	}
	if !w.asks {
		return "", false, true
	}
	var wordings []string
	var wordingsAt func(v num.Value) []string // the wordings that name figure v, when not all do
	m, mods := howManyMods(p.Norm)
	switch {
	case p.Lang == "en" && m != nil:
		noun = strings.Join(append(mods, m[1]), " ") // "illegally parked cars"
		if nounNext(m[2]) {
			noun += " " + m[2]
			if run := headRun(p, m); run != nil {
				noun += " " + strings.Join(run, " ") // "… care service centers": the centers are counted
			} else if third := thirdNounWord(p.Norm, m); third != "" && len(ownWordings(p, []string{third})) > 0 {
				// "how many gas safety hazards": the hazards are counted. Only a word the
				// glossary renders: a lexicon's guess (events → 项目) names other things.
				noun += " " + third
			}
		}
		if v, err := num.Parse("2 " + noun); err == nil && v.Dim() != num.DimCount && v.Dim() != num.DimNone {
			return "", false, true // a unit ("how many percentage points", "how many mu"), not a thing counted
		}
		wordings = askedWordings(p, strings.Fields(noun))
		// Only when the glossary words the head noun: a modifier's own wording (住宅 of
		// "housing compounds", whose compounds only the lexicon guesses at) is often left out
		// beside the count (269个小区).
		fields := strings.Fields(noun)
		if own := ownWordings(p, fields); len(own) > 0 && len(ownWordings(p, fields[len(fields)-1:])) > 0 {
			// A figure whose clause has not even the first character of the glossary's words
			// for the asked thing (床 of 床位 for "hospital beds"; 桥 of 桥梁 stands in 桥涵;
			// 学 of 学位 in 产学研 is in another clause than 新增科技型企业25家) counts something
			// else, beside the question's other words (新增): only those words name it.
			all := wordings
			wordingsAt = func(v num.Value) []string {
				cl := clauseAt(text, v)
				if slices.ContainsFunc(own, func(w string) bool { return strings.ContainsRune(cl, firstRune(w)) }) {
					return all
				}
				return own
			}
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
		_, counted, ok := zhCountedTerm(p)
		if ok {
			// The noun put after 多少件 is what is counted; a verb before it (办理) is not.
			noun, wordings = counted, zhBigrams(counted)
		}
		for _, t := range p.Terms {
			if n := zhNoun(t); n != "" && !ok {
				noun = n
				wordings = append(wordings, zhBigrams(n)...) // the question runs words together
			}
		}
		if noun == "" {
			return "", false, true
		}
		// The asker's word for what the text writes otherwise with a character of it (案子 for
		// 立案, 小册子 for 手册: pivotWord) names the figure beside the text's word. A word of the
		// same sense and no shared character (乔木 "tree" for 果树 "fruit tree") is the report's
		// wider thing, not what is counted.
		for _, r := range runsNotIn(noun, text) {
			if pw, ok := pivotWord(lexicon.SenseKeys, nil, r, text); ok && pw != r && strings.ContainsAny(pw, r) {
				wordings = append(wordings, pw)
			}
		}
		// The asker's word for what the reports write otherwise (违建 for 违章搭建, 深耕 for
		// 深翻: thesaurus.go) names the figure beside the reports' word, as it grounds the
		// quote (rephrasedRun).
		for _, m := range zhThesaurus().Find(noun) {
			wordings = append(wordings, m.Alternatives...)
		}
		// A Chinese sentence names its subject once for several figures (圆满完成互花米草除治
		// 攻坚任务,除治面积达681亩): a figure of the sentence holding the noun answers.
		for _, v := range figures(text) {
			if fit(text, v) && slices.ContainsFunc(wordings, func(b string) bool { return strings.Contains(sentenceAt(text, v), b) }) {
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
		ws := wordings
		if wordingsAt != nil {
			ws = wordingsAt(v)
		}
		// A noun that names only the class ("how many people") is counted by any count of it in
		// a sentence that holds a wording of the question (全区人民众志成城…,8.4万名医护人员…).
		classOnly := classNoun && classOnlyHeads[noun] && sameClass(v.Class(), w.class) &&
			slices.ContainsFunc(ws, func(b string) bool { return b != "" && strings.Contains(sentenceAt(text, v), b) })
		if fit(text, v) && (classOnly || nearInClause(text, v, ws, classReach) || countedIn(text, v, w.measures) || classNoun && countBefore(text, v, w.class) || p.Lang == "en" && headCounted(p, w, text, v)) {
			return noun, true, true
		}
	}
	return noun, true, false
}

// reEnWhatMeasure finds the measure an English question asks for of a thing that reports state
// rarely ("what is the population of …", "what was the average house price in …"): the noun it
// asks the figure of. Other measures (output, rate) are often stated away from their noun.
var reEnWhatMeasure = lazyre.New(`^what(?:'s| is| was| are| were) (?:the )?(?:[a-z'’-]+ ){0,3}?(population|price|prices|salary|salaries|wage|wages)\b`)

// askedWordings are the Chinese wordings of the question's terms that may name what a figure
// answering it counts or measures: those of the asked words (at least nounWeight), and of the
// other terms the glossary or the reports' words give (at least otherWeight), not a lexicon's
// guess ("visited" → 走访, 人次 beside 61人次 of insurance subsidies).
func askedWordings(p Plan, asked []string) []string {
	var wordings []string
	for _, t := range p.Terms {
		ofNoun := slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
			return slices.ContainsFunc(asked, func(w string) bool { return wordOf(w, f) })
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
	reZhAskTail = lazyre.New(`(?:有|是|要|达到|为)?(?:多少|多大|多高|多长|几).*$`)
	reZhTime    = lazyre.New(`^(?:今年|去年|明年|全年|上年|\d{4}年)`)
)

// zhNoun is the part of a Chinese question's term that may name what its figure counts (the
// term without its question and time words: 养殖面积 of 养殖面积有多大); "" when that is not two
// or more Han characters, or is an intent or question word, or a verb alone (zhVerbOnly).
func zhNoun(t Term) string {
	if t.Weight < 1 {
		return ""
	}
	n := reZhTime.ReplaceAllString(reZhAskTail.ReplaceAllString(t.From, ""), "")
	rs := []rune(n)
	if len(rs) < 2 || !zh.IsHan(rs[0]) || slices.Contains(zhIntentWords, n) || slices.Contains(subjectIgnore, n) || reYearWord.MatchString(n) || zhVerbOnly(n) {
		return ""
	}
	return n
}

// answerShare is the least share of the coverage of a best sentence that states no figure of
// the kind asked for that a sentence that answers must have to be quoted instead: the one that
// names the topic in full (扎实推进住宅小区物业管理全覆盖, a plan) often states no figure, and the
// one with the figure names the topic in fewer words (269个小区实现物业管理全覆盖).
const answerShare = 0.5

// answeringBest returns, for a how-much question whose best span b among the first hits states
// no figure of the kind asked for ("how many compounds now have property management"), the best
// span among the first lexiconDepth hits that answers as it stands: in the time frame, with a
// fitting figure next to a wording of what the question names (figureNamed, not by a measure
// word alone), and covering at
// least answerShare of b's coverage.
func (sc *scorer) answeringBest(p Plan, hits []Hit, b Evidence) (Evidence, bool) {
	return sc.answeringIn(p, hits, lexiconDepth, b)
}

// answeringIn is answeringBest's test over the first depth hits.
func (sc *scorer) answeringIn(p Plan, hits []Hit, depth int, b Evidence) (Evidence, bool) {
	strict := *sc
	strict.answering = func(text string) bool {
		_, checked, named := figureNamed(p, text, false)
		return checked && named
	}
	d, ok := strict.best(hits, depth, nil)
	return d, ok && d.Figure && !d.OffFrame && d.Coverage >= answerShare*b.Coverage
}

// clauseAt is the clause of text that holds figure v: from the punctuation before it to the
// punctuation after it.
func clauseAt(text string, v num.Value) string {
	lo, hi := clauseBounds(text, v)
	return text[lo:hi]
}
