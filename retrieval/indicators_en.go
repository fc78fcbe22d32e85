package retrieval

import (
	"regexp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/glossary"
)

// englishIndicators returns the indicators an English question names: facts.Find's, less those
// named only inside a longer glossary phrase that means something else — "marine economy"
// (海洋经济) does not ask about GDP although "economy" is one of GDP's English names.
func englishIndicators(q string, matches []glossary.Match) []string {
	shadowed := map[string]bool{}
	outside := []byte(q)
	for _, m := range matches {
		for i := m.Start; i < m.End && i < len(outside); i++ {
			outside[i] = ' '
		}
		phrase := q[m.Start:min(m.End, len(q))]
		if !strings.Contains(strings.TrimSpace(phrase), " ") {
			continue // one word: the glossary and the indicator table read the same word
		}
		for _, ind := range facts.Find(phrase) {
			if !slices.ContainsFunc(m.Chinese, func(c string) bool { return c == ind.Name || slices.Contains(ind.Variants, c) }) {
				shadowed[ind.Name] = true
			}
		}
	}
	named := map[string]bool{}
	for _, ind := range facts.Find(string(outside)) {
		named[ind.Name] = true
	}
	var out []string
	for _, ind := range facts.Find(q) {
		if (!shadowed[ind.Name] || named[ind.Name]) && !spentOn(q, ind) {
			out = appendUnique(out, ind.Name)
		}
	}
	return out
}

// reSpentOn matches what a question says a sum goes to: projects, programmes, works.
var reSpentOn = regexp.MustCompile(`\b(?:key |major |construction )?(?:projects?|programmes?|programs?|works)\b`)

// spentOn reports whether an indicator is named only by a one-word English name ("investment")
// in a question that says what the sum goes to ("How much investment does Lili plan to complete
// on its 27 key projects"): the sum of those projects (完成投资86亿元), not the indicator
// (固定资产投资).
func spentOn(q string, ind facts.Indicator) bool {
	lq := strings.ToLower(q)
	if !reSpentOn.MatchString(lq) {
		return false
	}
	single := false
	for _, e := range ind.English {
		e = strings.ToLower(e)
		if !regexp.MustCompile(`\b` + regexp.QuoteMeta(e) + `s?\b`).MatchString(lq) {
			continue
		}
		if strings.ContainsAny(e, " -") {
			return false // "fixed-asset investment on key projects" asks the indicator
		}
		single = true
	}
	return single
}
