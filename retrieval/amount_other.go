package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// AmountOfOther reports whether text (a quoted sentence) states the amounts of money an English
// how-much question asks for only for other things than the one asked: the question's thing
// (a wording of one of its terms of weight at least otherWeight that is no money word) stands
// in a clause of the sentence, and every amount stands in another clause that names a thing of
// its own ("How much went into repairing Huigou's martyrs' tombs?": 发放优抚怃恤金218.47万元 pays
// benefits; 维修烈士墓9座 counts the tombs, at no cost). An amount whose clause names no thing
// of its own (投入78万元资金,购置飞机4台…) is the next clause's and may be the asked one; when the
// sentence holds none of the thing's wordings, the amount may name it in other words: neither
// is judged other.
func AmountOfOther(p Plan, text string) (things []string, other bool) {
	w, ok := spendAsk(p)
	if !ok {
		return nil, false
	}
	things, wordings, named := spendThings(p)
	if len(wordings) == 0 {
		return nil, false
	}
	holds := func(s string) bool {
		return slices.ContainsFunc(wordings, func(x string) bool { return strings.Contains(s, x) })
	}
	// The thing stands in a clause that counts it (维修烈士墓9座) and states no amount; each
	// amount's clause names a thing of its own.
	counted, amounts := false, 0
	for _, v := range figures(text) {
		lo, hi := clauseBounds(text, v)
		if !w.fitsNotRank(text, v) {
			counted = counted || holds(text[lo:hi])
			continue
		}
		amounts++
		cl := text[lo:v.Start] + text[v.End:hi]
		if slices.ContainsFunc(named, func(x string) bool { return strings.Contains(cl, x) }) || !ownsThing(cl) {
			return nil, false
		}
	}
	if !counted {
		return nil, false
	}
	return things, amounts > 0
}

// spendThings returns the question's words for the thing a spending question asks the cost
// of (things) and their wordings (wordings: terms of weight at least otherWeight that are no
// money word), and the wordings of any of its terms of weight at least nounWeight (named): one
// of those in an amount's clause names the amount as the asked one (发放慰问金21万元 for
// "condolence money").
func spendThings(p Plan) (things, wordings, named []string) {
	for _, t := range p.Terms {
		if t.Weight < nounWeight || spendTerm(t) {
			continue
		}
		for _, v := range t.Variants {
			if !thingWording(v) {
				continue
			}
			named = append(named, v)
			if t.Weight >= otherWeight {
				wordings = append(wordings, v)
				things = appendUnique(things, t.From)
			}
		}
	}
	return things, wordings, named
}

// spendAsk reads the figure an English spending question asks for (an amount of money,
// reEnSpendQ); ok is false for any other question.
func spendAsk(p Plan) (w figureWant, ok bool) {
	if p.Lang != "en" {
		return w, false
	}
	w = wantFigure(p)
	return w, w.asks && w.dim == num.DimCNY && reEnSpendQ.MatchString(p.Norm)
}

// spendTerm reports whether a term says money is spent rather than on what (资金 of "money",
// "spend"): no wording of the asked thing.
func spendTerm(t Term) bool {
	return slices.ContainsFunc(t.Variants, isMoneyWord) || reEnSpendQ.MatchString(strings.ToLower(t.From))
}

// thingWording reports whether a term's Chinese wording can name a thing: two characters or
// more, and not a verb alone.
func thingWording(v string) bool {
	return utf8.RuneCountInString(v) >= 2 && !zhVerbOnly(v)
}

// reEnSpendQ is an English question that asks what was spent on a thing ("how much money went
// into…", "how much did … spend/invest…", "what did … cost"), not a figure that is an amount
// of itself (income, output, investment of the year).
var reEnSpendQ = lazyre.New(`\b(?:money|spend|spent|spending|cost|costs|invest|invested|funds|funding|put into|went into|go into|goes into)\b`)

// moneyWords are the words of a clause that say money is spent, not on what: a clause of
// nothing else (投入78万元资金) spends it on the next clause's thing.
var moneyWords = []string{"专项资金", "总投资", "资金", "经费", "投资", "投入", "累计", "共计", "合计", "追加", "完成", "筹措", "争取", "使用", "花费", "达到", "超过", "元", "万", "亿", "约", "余", "近", "超", "达", "共", "计", "用", "了"}

// isMoneyWord reports whether a term's wording is a word of money (资金 of "money", 投资 of
// "invest"): it says what is asked, not of what.
func isMoneyWord(s string) bool { return slices.Contains(moneyWords, s) || s == "钱" || s == "费用" }

// ownsThing reports whether a clause (its figure cut out) names a thing besides the words of
// money: at least three Han characters left once moneyWords are removed (发放优抚怃恤金).
func ownsThing(cl string) bool {
	for _, m := range moneyWords {
		cl = strings.ReplaceAll(cl, m, "")
	}
	return hanCount(cl) >= 3
}

// AmountUnstated reports, for an English spending question ("how much money did … spend
// building elderly canteens"), whether text names the asked thing (a wording of a term of
// weight at least otherWeight that is no money word) but states no amount at all (完成水岙村等
// 一批长者食堂建设): the report mentions the thing without its cost. things are the question's
// words for it.
func AmountUnstated(p Plan, text string) (things []string, unstated bool) {
	w, ok := spendAsk(p)
	if !ok {
		return nil, false
	}
	things, wordings, _ := spendThings(p)
	if !slices.ContainsFunc(wordings, func(v string) bool { return strings.Contains(text, v) }) {
		return nil, false
	}
	for _, v := range figures(text) {
		if w.fitsNotRank(text, v) {
			return nil, false
		}
	}
	return things, true
}
