package retrieval

import (
	"maps"

	"github.com/reportbot/reportbot/internal/zh"
)

// Paired topics: a topic of two parallel words that open with the same character (碳达峰碳中和,
// carbon peaking and carbon neutrality) is named by a numeral's abbreviation, 双 and that
// character (双碳: “双碳”要求, 双碳目标), as reports name such pairs (双减, 双控). The
// abbreviation is held only where it names alone (namesAlone: not 双减双控's 双减), as every
// numeral's abbreviation is (topicWord.heldAsWord).

// pairAbbreviation returns 双 and the first character of a topic word made of two different
// Han words of equal length, three characters or more each, that open with that character
// (碳达峰碳中和 → 双碳); else "". Words of two are left alone: their shared character is as
// often a common opening (文化文明) as the thing paired.
func pairAbbreviation(w string) string {
	rs := []rune(w)
	h := len(rs) / 2
	if len(rs)%2 == 1 || h < 3 || !zh.AllHan(rs) || rs[0] != rs[h] || string(rs[:h]) == string(rs[h:]) {
		return ""
	}
	abbr := "双" + string(rs[0])
	if !isNumeralAbbreviation([]rune(abbr)) {
		return ""
	}
	return abbr
}

// withNamedTopics returns the passage query of a list with the tokens of the decisive term's
// pair abbreviation (pairAbbreviation) added at the term's heaviest token weight: a report that
// writes only 双碳 holds none of 碳达峰碳中和's tokens, and its passage would never be ranked
// among the report's first. lexQ itself is left as it is.
func withNamedTopics(sc *scorer, lexQ map[string]float64) map[string]float64 {
	if sc.decisive < 0 {
		return lexQ
	}
	t := sc.terms[sc.decisive]
	var add []string
	for _, w := range topicWordings(t.wordings) {
		if abbr := pairAbbreviation(w); abbr != "" {
			add = append(add, zh.Tokens(abbr)...)
		}
	}
	if len(add) == 0 {
		return lexQ
	}
	top := 0.0
	for _, w := range t.wordings {
		for _, tok := range zh.Tokens(w) {
			top = max(top, lexQ[tok])
		}
	}
	q := maps.Clone(lexQ)
	for _, tok := range add {
		q[tok] = max(q[tok], top)
	}
	return q
}
