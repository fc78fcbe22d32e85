package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
)

// Alternatives and their qualifiers in a list question (topical.go): "canteens or meal points
// for the elderly" is about the canteens; and wordings of a topic that are other words for it.

// qualifierTerms returns the terms (by Term.From) that only qualify a question's alternatives:
// in English a term after them behind a preposition ("canteens or meal points for the
// elderly"), in Chinese a term before them joined by 的 (老年人的助餐点或食堂) or marked as whom they
// serve (给老人搞了助餐或食堂: topical_beneficiary.go). The alternatives are
// then the topic: a report that speaks of the elderly alone does not speak of their canteens.
// A term before English alternatives is their head ("homestays in their tourism or rural
// plans"), as is one after Chinese ones.
func qualifierTerms(p Plan, alts map[string]bool) map[string]bool {
	if len(alts) == 0 {
		return nil
	}
	first, last := -1, -1 // the alternatives' first start and last end in the question
	for _, t := range p.Terms {
		if alts[t.From] && reMeasureOf.MatchString(strings.ToLower(t.From)) {
			return nil // "市场主体的新增数量或增长率": measures of the topic the qualifier names
		}
		if i := termAt(p, t); i >= 0 && alts[t.From] {
			if first < 0 || i < first {
				first = i
			}
			last = max(last, i+len(t.From))
		}
	}
	if first < 0 {
		return nil
	}
	out := modifierAlternatives(p, alts)
	for _, t := range p.Terms {
		if alts[t.From] && slices.Contains(genericVerbs, t.From) {
			// A verb joined to alternatives names what is done with them ("举办或筹办体育赛事":
			// held or prepared, sports events), not one of them.
			out[t.From] = true
			continue
		}
		i := termAt(p, t)
		if i < 0 || alts[t.From] || t.Weight < 1 {
			continue
		}
		switch {
		case p.Lang == "en" && i >= last && rePreposition.MatchString(p.Norm[last:i]),
			p.Lang == "zh" && i+len(t.From) <= first && strings.Contains(p.Norm[i+len(t.From):first], "的"),
			zhBeneficiary(p, i, first) && i+len(t.From) <= first: // 给老人搞了助餐或食堂 (topical_beneficiary.go)
			out[t.From] = true
		}
	}
	return out
}

// termAt is where a term stands in its question (-1: not found as written).
func termAt(p Plan, t Term) int {
	from := strings.ToLower(t.From)
	if from == "" {
		return -1
	}
	return strings.Index(p.Norm, from)
}

// reMeasureOf matches alternatives that are measures of a thing (its number, rate, amount),
// not things of their own.
var reMeasureOf = lazyre.New(`数量|数目|[比效]率|增长率|增速|增幅|金额|总额|总量|规模|比重|占比|\b(?:number|numbers|rate|rates|amount|share|growth|total|figure|figures|count|level|size|value)\b`)

// rePreposition matches a preposition that puts a qualifier after what it qualifies.
var rePreposition = lazyre.New(`\b(?:for|of|in|among|to|at|on|by|from|with|serving)\b`)

// sharesBigram reports whether two wordings have two adjacent characters in common. A shorter
// wording of three or more characters that shares none with a term's first is another word for
// it (电瓶车 for 电动自行车), not a part of it that drops what the topic is of (自行车).
func sharesBigram(a, b string) bool {
	rs := []rune(a)
	for i := 0; i+1 < len(rs); i++ {
		if strings.Contains(b, string(rs[i:i+2])) {
			return true
		}
	}
	return false
}

// withoutRepeats returns the gap between two terms of a question without the words of a term
// (by Term.From, in any number: "vegetable" for vegetables) said again at its end: "or soil"
// between "soil pollution" and "protection" joins the two as "or".
func withoutRepeats(gap string, terms []Term) string {
	trimmed := strings.TrimRight(gap, " ")
	for _, t := range terms {
		from := strings.ToLower(t.From)
		if from == "" {
			continue
		}
		for _, form := range []string{from, strings.TrimSuffix(from, "s"), from + "s"} {
			if rest, ok := strings.CutSuffix(trimmed, form); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
				return rest + " "
			}
		}
	}
	return gap
}

// stemAlone is the length (in characters) from which a shared stem is a topic whatever single
// character an alternative adds after it: 污水处理设施或污水处理厂 asks of 污水处理, as a
// facility or a plant.
const stemAlone = 4

// shareStems gives alternatives that share their first words the shared words as a topic word:
// "新材料产业或新材料项目" asks about new materials, whether a report names them as an industry,
// a project or a firm (真好碳素新材料等10户企业). The stem must be two characters or more,
// held by at most two thirds of the reports (not a modifier every report uses, such as 农村
// or 重点), and leave each alternative a word of its own after it.
func (sc *scorer) shareStems(ix *Index) {
	var alts []int
	for i, t := range sc.terms {
		if t.alt && !t.number && !t.qualifier && len(t.wordings) > 0 {
			alts = append(alts, i)
		}
	}
	if len(alts) < 2 {
		return
	}
	stem := []rune(sc.terms[alts[0]].wordings[0])
	for _, i := range alts[1:] {
		w := []rune(sc.terms[i].wordings[0])
		n := 0
		for n < len(stem) && n < len(w) && stem[n] == w[n] {
			n++
		}
		stem = stem[:n]
	}
	if len(stem) < 2 || !zh.AllHan(stem) || 3*ix.reportsHoldingAll(string(stem)) > 2*len(ix.Reports) {
		return // a modifier most reports hold (农村 of 农村公路或农村电网, 重点) is no topic
	}
	for _, i := range alts {
		if rest := len([]rune(sc.terms[i].wordings[0])) - len(stem); rest < 1 || rest < 2 && len(stem) < stemAlone {
			return
		}
	}
	for _, i := range alts {
		sc.terms[i].topics = append(sc.terms[i].topics, newTopicWord(string(stem)))
	}
}

// modifierAlternatives returns the English alternatives that stand right before another term,
// only a space or a hyphen between them, where the other alternatives are compounds of their
// own (two words or more): the alternative is the compound too ("elderly canteens, meal points
// or senior dining tables": senior dining tables), and its first word only modifies its head. A
// report that speaks of seniors alone (老年人疫苗接种) does not speak of their dining tables.
// Single words before one head ("rural or urban areas") share it, and are left alone, as is
// an alternative of two words or more, a name of its own ("tap water supply": 自来水 alone is
// tap water).
func modifierAlternatives(p Plan, alts map[string]bool) map[string]bool {
	out := map[string]bool{}
	if p.Lang != "en" {
		return out
	}
	ps := termSpans(p)
	for i := 0; i+1 < len(ps); i++ {
		a, b := ps[i], ps[i+1]
		if !alts[a.from] || alts[b.from] || b.start < a.wordEnd || strings.Contains(a.from, " ") || !otherCompoundAlternative(alts, a.from) {
			continue
		}
		if gap := p.Norm[a.wordEnd:b.start]; gap != "" && strings.Trim(gap, " -") == "" {
			out[a.from] = true
		}
	}
	return out
}

// otherCompoundAlternative reports whether an alternative other than from is two words or more.
func otherCompoundAlternative(alts map[string]bool, from string) bool {
	for a, ok := range alts {
		if ok && a != from && strings.Contains(strings.TrimSpace(a), " ") {
			return true
		}
	}
	return false
}
