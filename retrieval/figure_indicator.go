package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/facts"
)

// The figure of another indicator: a question about an indicator ("去年社会消费品零售总额增长了
// 多少?") is not answered by a sentence that states another indicator's figure (进出口总额完成
// 4.7亿元,同比增长9.3%;), nor by the next sentence of a list of indicators (社会消费品零售总额
// 172.59亿元; | 城镇居民人均可支配收入51796元,同比增长2.7%;): the figure belongs to the indicator
// its own sentence names. A sentence that names no indicator (同比增长5%) may still answer.

// otherIndicator lowers the score of a span whose figure's sentence names indicators, none of
// them the one asked about.
const otherIndicator = 0.5

// askedIndicators are the indicators a plan asks about with their loose relatives (财政收入 for
// 一般公共预算收入), and those its other full-weight terms name ("domestic capital" → 国内实际到位
// 资金 beside "investment promotion" → 招商引资): nil for a question about no indicator.
func askedIndicators(p Plan) []string {
	if len(p.Indicators) == 0 {
		return nil
	}
	out := relatedIndicators(p.Indicators)
	for _, t := range p.Terms {
		if t.Weight < 1 {
			continue
		}
		for _, v := range t.Variants {
			for _, ind := range facts.Find(v) {
				out = appendUnique(out, ind.Name)
			}
		}
	}
	return out
}

// namesOtherIndicator reports whether text names indicators (facts.Find) and none of asked, nor
// a narrower one whose name ends with one of them (城镇居民人均可支配收入 for 居民人均可支配收入;
// not 进出口总额 for 出口总额: answersFor).
func namesOtherIndicator(text string, asked []string) bool {
	found := facts.Find(text)
	if len(found) == 0 {
		return false
	}
	return !slices.ContainsFunc(found, func(ind facts.Indicator) bool {
		return slices.ContainsFunc(asked, func(n string) bool { return answersFor(ind.Name, n) })
	})
}

// figureSentence is the sentence of a span that states its figure: the statement after (or
// before) a matching lead, else the lead and statement together.
func (sp span) figureSentence() string {
	if sp.figureNext || sp.figurePrev || sp.prevLead {
		return sp.text
	}
	return sp.lead + sp.text
}
