package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// Rankings asked in everyday words: "Where did Lili end up on the list of China's top 100
// towns?", "What position did Shengze reach…", "How high did the district place…", "Where does
// the district stand among the four urban districts…". The answer is a place in a ranking
// (晋升至第14位, 位列…第六名, 排四城区首位), so the question's verbs of placing ("end up", "stand",
// "reach") name no subject to look for, the list it is on is no list of reports, and its "top
// 100" is the ranking's name, not a figure to compare with.

// reEnRankAsk matches an English question that asks a place in a ranking.
var reEnRankAsk = lazyre.New(`\bwhere (?:did|does|do|is|was|will)\b.*\b(?:end(?:ed|s)? up|stands?|stood|placed?|places|finish(?:ed|es)?|come|came|sits?|land(?:ed|s)?)\b` +
	`|\bhow high (?:did|does|do|is|was)\b.*\b(?:place[ds]?|rank(?:ed|s)?|finish(?:ed)?|come|came|stand|stood)\b` +
	`|\b(?:what|which) (?:position|place|rank|ranking)\b`)

// reEnRankContext matches the words that say a question is about a ranking, not a location:
// a list, a ranking, "among", a "top N", an assessment.
var reEnRankContext = lazyre.New(`\b(?:lists?|rankings?|among|top[- ]?\d[\d,]*|league|table|assessments?|evaluations?|position|rank)\b`)

// RankAsk reports whether an English question (lower-case) asks a place in a ranking.
func RankAsk(norm string) bool {
	return reEnRankAsk.MatchString(norm) && reEnRankContext.MatchString(norm)
}

// rankCueWords are the words of a ranking question that only ask the place.
var rankCueWords = map[string]bool{"end": true, "end up": true, "ended up": true, "up": true, "stand": true, "stands": true,
	"stood": true, "place": true, "placed": true, "position": true, "high": true, "finish": true, "finished": true,
	"come": true, "came": true, "reach": true, "reached": true, "land": true, "landed": true, "sit": true}

// rankWordings are how reports write a place in a ranking besides its ordinal (第14位, 第六名).
var rankWordings = []string{"排名", "位列", "位居", "名列", "首位"}

// rankWeight is the weight of the ranking term: it helps a ranking sentence up, but a report
// that writes its place only as an ordinal (晋升至第14位) must still cover the question.
const rankWeight = 0.5

// reZhRankAsk matches how a Chinese question asks a place in a ranking (排到了第几位, 排名第几,
// 位列第几名, spoken 排老几, 排名多少, 排多少名): question words, like 多少, that no report writes.
var reZhRankAsk = lazyre.New(`(?:排名|排|位列|名列|位居)?(?:到|在)?了?(?:第几|老几)(?:位|名)?|(?:排名|名次)(?:是|为)?(?:多少|怎么样|如何)|排(?:到|在)?了?(?:多少|几)名`)

// zhRankTerms returns the ranking term of a Chinese question whose asking words (reZhRankAsk)
// ask a place in a ranking — with a word of ranking or placing (排名第几, 排第几, 第几名), not
// 第几 alone (第几次) — since cutting those words cuts the only word that says a ranking is asked
// (盛泽镇排名第几 would search 盛泽镇 alone). nil otherwise.
func zhRankTerms(q string) []Term {
	for _, m := range reZhRankAsk.FindAllString(q, -1) {
		if strings.ContainsAny(m, "排列居位名") {
			return []Term{{From: "排名", Variants: rankWordings, Weight: rankWeight}}
		}
	}
	return nil
}

// reListWord is the list a ranking question names.
var reListWord = lazyre.New(`\blists?\b`)

// rankAsk reads an English ranking question: its placing words leave the terms, a ranking term
// joins them, and the list it names does not make it a list question.
func (a *Plan) rankAsk() {
	q := strings.ToLower(a.Norm)
	if a.Lang != "en" || !RankAsk(q) {
		return
	}
	a.Terms = slices.DeleteFunc(a.Terms, func(t Term) bool { return rankCueWords[strings.ToLower(t.From)] })
	if !slices.ContainsFunc(a.Terms, func(t Term) bool { return strings.EqualFold(t.From, "rank") }) {
		a.Terms = append(a.Terms, Term{From: "rank", Variants: rankWordings, Weight: rankWeight})
	}
	a.Aggregate = enAgg.MatchString(reListWord.ReplaceAllString(q, " "))
}

// rankNameBefore reports whether the text before a number names a ranking by it: "top 100",
// "top-1,000" (reEnRankingName) — the list's name, not a figure.
func rankNameBefore(before string) bool {
	before = strings.ToLower(before)
	return strings.HasSuffix(before, "top ") || strings.HasSuffix(before, "top-")
}
