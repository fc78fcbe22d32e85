package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
)

// Rankings named by a number: 世界500强 and "the Fortune Global 500", 中国农民合作社500强 and a
// "Top 500" list. The number is part of the list's name, not a value to compare with, and the
// name is a term to look for: in a Chinese question as written (500强), in an English one
// ("top 500", "Top-500") as the reports write it (500强), in place of the lexicon's rendering
// of "top" alone (百强, the top hundred).

// reRankingName matches a ranking's name in a Chinese question: 500强, 100强.
var reRankingName = lazyre.New(`\d+强`)

// reEnRankingName matches a ranking's name in an English question: "top 500", "top-100", "top 1,000".
var reEnRankingName = lazyre.New(`\btop[- ]?(\d{1,3}(?:,\d{3})+|\d+)\b`)

// rankingTerms adds the terms of the rankings a question names (reRankingName,
// reEnRankingName); an English one replaces the terms of its word "top".
func (a *Plan) rankingTerms() {
	for _, r := range reRankingName.FindAllString(a.Norm, -1) {
		a.Terms = append(a.Terms, Term{From: r, Variants: []string{r}, Weight: 1}) // 500强: a name to look for
	}
	if a.Lang != "en" {
		return
	}
	lower := strings.ToLower(a.Norm)
	ms := reEnRankingName.FindAllStringSubmatch(lower, -1)
	if len(ms) == 0 {
		return
	}
	a.Terms = slices.DeleteFunc(a.Terms, func(t Term) bool { return strings.EqualFold(t.From, "top") })
	for _, m := range ms {
		a.Terms = append(a.Terms, Term{From: m[0], Variants: []string{strings.ReplaceAll(m[1], ",", "") + "强"}, Weight: 1})
	}
}
