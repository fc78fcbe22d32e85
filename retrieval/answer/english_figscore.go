package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// How a figure of a quote is scored for what a question asks: its class, the asked noun next
// to it, the question's terms in its clause and list item; and the rate of change stated right
// after a figure.

// scoreFigure scores a figure of the quote for an ask: its class, the asked noun next to it
// (named: the quote says it counts that noun), the question's terms in its list item and the
// nearest of them. ok is false for a count of something else than the noun asked about, when
// known says the quote would name it, and for a figure whose clause holds nothing of the
// question (no term, no asked class or noun).
func scoreFigure(a retrieval.Plan, quote string, ask figureAsk, v num.Value, known bool) (score float64, named, ok bool) {
	// Of the asked class, also a bare number after the class's count word: 观看人次突破4000万.
	class := ask.class != "" && (sameCount(v.Class(), ask.class) || v.Class() == "" && retrieval.ClassCountBefore(quote, v, ask.class) != "" ||
		retrieval.UnitCountsClass(quote, v, ask.class)) // 市场主体3700多户 asked as businesses
	near := ask.head != "" && headNear(a, quote, v, ask.head) || inPhrase(v, ask.noun) || // 5个村 asked as "villages' … projects"
		classHead(v, ask.head) || // 269个小区 (residential compounds) asked as "housing compounds"
		modifierAfter(a, quote, v, ask.noun) || // 13个污水处理…达标区 asked as "sewage treatment upgrade zones"
		modifierBefore(a, quote, v, ask.noun) // 巡逻队伍49个 asked as "patrol teams"
	measured := ask.head != "" && (headMeasure(a, quote, v, ask.head) || parallelNamed(a, quote, v, ask.head))
	if retrieval.FigureOtherKind(a, quote, v) {
		return 0, false, false // the head counted as another kind: 小巨人企业9家 asked as "headquarters firms"
	}
	attested := near || measured
	// A generic count right after a noun of the class counts it (…及附属项目等项目12个), though
	// that earns it no more than the terms around it.
	after := ask.class != "" && retrieval.ClassNounBefore(quote, v, ask.class)
	if ask.noun != "" && known && !class && !attested && !after && !ask.rank {
		return 0, false, false // a count of something else: 3处 (centres) asked as "elderly residents"
	}
	if class {
		score += 4
	}
	switch {
	case near:
		score += 6 // the figure counts the noun asked about: 发动志愿者5万余人次
	case measured:
		score += 3 // in a measure word of its wordings (3124件 for "cases": 案件), a weaker sign
	}
	if countsBefore(a, quote, v, ask.head) {
		score += 2 // 13个老旧小区, not the 156栋 of their buildings after them
	}
	cs, ce := tightBounds(quote, v.Start, v.End)
	clause := quote[cs:ce]
	ws, we := clauseBounds(quote, v.Start, v.End)
	if ps, _ := clauseBounds(quote, max(ws-1, 0), max(ws-1, 0)); ws > 0 && !strings.HasSuffix(quote[:ws], "。") {
		ws = ps // and the clause before, which often names the subject: 完成自然灾害综合风险普查,综合评分…第十
	}
	if _, ne := clauseBounds(quote, min(we+1, len(quote)), min(we+1, len(quote))); we < len(quote) && !strings.HasPrefix(quote[we:], "。") {
		we = ne // and the clause after, which may say what it was spent on: 投资2900余万元,推进…污水改造
	}
	supported := false
	ls := zh.AfterLast(quote[:v.Start], ",;:，；：。") // the clause, its list included
	measure, hasMeasure := measureTerm(a)
	counted, hasCounted := retrieval.CountedTerm(a) // a Chinese question's counted thing: 多少个区科技领军人才
	for _, t := range a.Terms {
		weight := 1.0
		if ask.head != "" && (strings.Contains(strings.ToLower(t.From), ask.head) || len(headTerms(retrieval.Plan{Terms: []retrieval.Term{t}}, ask.head, 0)) > 0) ||
			hasMeasure && t.From == measure.From || hasCounted && t.From == counted {
			weight = 3 // the term of the noun (or measure: "operating income"; the thing after 多少个) asked about
		} else if nounWord(ask.noun, t.From) || nounWord(ask.thing, t.From) {
			weight = 2 // a modifier of the asked noun: water of "risky water spots" (危险水域254处); a word of what a unit measures
		} else if numberTerm(a, t) {
			weight = 3 // an amount the counted thing is of: 亿元以上项目超过10个 for "projects worth over 100 million yuan"
		} else if genericMeasure[strings.ToLower(t.From)] {
			weight = 0.25 // "relief money": 救助金, not the 慈善资金 beside it
		}
		share, before := 0.0, 0.0
		for _, variant := range t.Variants {
			share = max(share, bigramShare(variant, clause))
			before = max(before, bigramShare(variant, quote[ws:ce]))
			supported = supported || bigramShare(variant, quote[ws:we]) >= 0.5 || bigramHits(variant, quote[ws:we]) >= 2 ||
				bigramShare(variant, quote[ls:we]) >= 1 // the verb a list of items shares: 慰问…、…、…军人175人
		}
		// Terms of the clause before it count half: 城乡居民医保参保47369人,参保率94.5%.
		score += weight * (share + 0.5*before)
	}
	if !supported && !class && !attested && !after {
		return 0, false, false // nothing of the question near it: 1.65万亿元 of trade asked as livelihood spending
	}
	if _, d, near := termNear(a, clause, v.Start-cs); near {
		score += 2 / (1 + float64(d)/4)
	}
	if retrieval.NamesSubPlace(a, quote[ls:max(ce, v.End)]) {
		score += 6 // the village asked of: 其中摇星浦、前岸均突破180万元, not the six villages' 超50万元 before it
	}
	score += partScore(a, quote, v) // 其中…资助金额48万元, not the total's 支出362万元 (english_partof.go)
	return score, class || attested || after, true
}

// numberTerm reports whether a term is the wording of a number the question states (its
// Plan.Numbers): a threshold naming which of the counted things are asked about.
func numberTerm(a retrieval.Plan, t retrieval.Term) bool {
	return slices.ContainsFunc(a.Numbers, func(n retrieval.Number) bool { return n.Text == t.From })
}

// listed reports whether two figures of the quote stand next to each other in a list (at most
// four characters apart: 全市第一、全省第十).
func listed(quote string, x, y num.Value) bool {
	gap := quote[min(x.QualEnd, y.QualEnd):max(x.Start, y.Start)]
	return strings.TrimSpace(gap) != "" && utf8.RuneCountInString(gap) <= 4
}

// attachedChange is the rate of change stated right after figure i of the quote, in the next
// clause ("55亿元,同比增长5.2%"): the change of the same indicator.
func attachedChange(a retrieval.Plan, quote string, vs []num.Value, i int) (quoteFigure, bool) {
	if i+1 >= len(vs) || vs[i].Dim() == num.DimPct || vs[i].Dim() == num.DimPoints {
		return quoteFigure{}, false
	}
	next := vs[i+1]
	if d := next.Dim(); d != num.DimPct && d != num.DimPoints {
		return quoteFigure{}, false
	}
	between := strings.TrimLeft(quote[vs[i].QualEnd:next.Start], ",，")
	if sign, n, _ := changeBefore(between); sign == 0 || n != len(between) && strings.ContainsAny(between[:len(between)-n], ",，;；。") {
		return quoteFigure{}, false
	}
	f := describeFigure(a, quote, next, "")
	f.label = ""
	return f, true
}

// nounWord reports whether a term's words are all words of the asked noun phrase (water of
// "risky water spots"; not part of "as part of").
func nounWord(noun, term string) bool {
	words := strings.Fields(strings.ToLower(noun))
	fs := strings.Fields(strings.ToLower(term))
	return len(words) > 1 && len(fs) > 0 && !slices.ContainsFunc(fs, func(f string) bool {
		return !slices.ContainsFunc(words, func(w string) bool { return w == f || w == f+"s" || w == f+"es" })
	})
}
