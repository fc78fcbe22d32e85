package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/retrieval"
)

// qualifierPair is a pair of qualifiers that split one indicator into parts no figure of the
// other part answers: rural and urban residents' income, the industry above designated size
// and the whole of it.
type qualifierPair struct {
	name [2]string // English names of the two parts, for the answer
	ask  [2]*lazyre.Regexp
	text [2]*lazyre.Regexp // a wording of each part in the reports; nil: the reports have none
	both *lazyre.Regexp    // a wording of both parts at once (城乡), nil for none
}

// qualifierPairs are the splits a question may ask for one side of. The whole of industry has no
// wording of its own in the reports (工业总产值 alone may be either), so only a question that asks
// for it in so many words (全口径, 规模以下, below designated size) is held to it.
var qualifierPairs = []qualifierPair{
	{
		name: [2]string{"rural", "urban"},
		ask: [2]*lazyre.Regexp{
			lazyre.New(`\brural\b|\bfarmers?\b|\bvillagers?\b|农村|农民|乡村`),
			lazyre.New(`\burban\b|\bcity residents?\b|城镇|城市居民|城区居民`),
		},
		text: [2]*lazyre.Regexp{lazyre.New(`农村|农民|乡村|村民`), lazyre.New(`城镇|城市居民|城区居民|市区`)},
		both: lazyre.New(`城乡`),
	},
	{
		name: [2]string{"whole-industry", "above-designated-size"},
		ask: [2]*lazyre.Regexp{
			lazyre.New(`全口径|规模以下|规下|\bbelow (?:the )?(?:designated|scale)|\ball industr|\bincluding (?:smaller|small|all)\b`),
			nil,
		},
		text: [2]*lazyre.Regexp{nil, lazyre.New(`规上|规模以上`)},
	},
}

// declineQualifier declines a lookup whose question asks for one part of a split indicator
// (rural residents' income, 全口径 industrial output) when the quote never names that part and
// the figure it opens with is stated for the other part (城镇居民人均可支配收入完成30532元 for
// rural income, 规上工业总产值700亿元 for 全口径): the figure answers another question.
func declineQualifier(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	q := strings.ToLower(a.Question)
	quote := res.Best.Quote
	clause := firstFigureClause(quote)
	if clause == "" {
		return path
	}
	for _, pair := range qualifierPairs {
		for side := range 2 {
			other := 1 - side
			if pair.ask[side] == nil || !pair.ask[side].MatchString(q) || pair.text[other] == nil {
				continue
			}
			if pair.ask[other] != nil && pair.ask[other].MatchString(q) {
				continue // the question names both parts
			}
			if pair.text[side] != nil && pair.text[side].MatchString(quote) || pair.both != nil && pair.both.MatchString(quote) {
				continue
			}
			if pair.text[other].MatchString(clause) {
				return decline(a, ans, qualifierText(a, res, pair.name[side], pair.name[other], clause))
			}
		}
	}
	return path
}

// firstFigureClause is the first clause of s (between ，,；;。 marks) that holds a digit, "" for none.
func firstFigureClause(s string) string {
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,；;。！？!?", r) }) {
		if strings.ContainsAny(c, "0123456789") {
			return c
		}
	}
	return ""
}

// qualifierText says the report states the figure for the other part only and quotes it.
func qualifierText(a retrieval.Plan, res retrieval.Result, asked, other, clause string) string {
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return scopeName(a, res) + "给出的是“" + clause + "”,没有给出问题所问口径的数字:" + quote
	}
	said := "the " + other + " figure only (" + clause + "), not the " + asked + " one"
	return scopeSays(a, res, "states "+said, "state "+said) + ": " + quote
}
