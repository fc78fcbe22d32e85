package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A negated part: an English list question may exclude a kind of its topic in an aside
// ("charging stations for electric cars or trucks (not e-bikes)", "…, but not e-bikes"). The
// excluded kind is no alternative of the topic: dropNegatedParts takes its term out of the topic
// and keeps its renderings apart, and topical declines a span that holds one of them (a span
// about 电动自行车充电桩 speaks of e-bikes' charging, which the asker ruled out).

// reEnNegatedPart is an aside that excludes a part: "(not X)", "(excluding X)", ", not X,",
// ", but not X", ", other than X", ", except X"; $1 or $2 is X.
var reEnNegatedPart = lazyre.New(`\(\s*(?:not|but not|excluding|except|other than)\s+([^)]+)\)|,\s*(?:but not|not|excluding|except|other than)\s+([a-z][a-z -]*?)\s*(?:[,?.;]|$)`)

// negatedParts returns the texts an English question excludes.
func negatedParts(norm string) []string {
	var out []string
	for _, m := range reEnNegatedPart.FindAllStringSubmatch(strings.ToLower(norm), -1) {
		for _, g := range m[1:] {
			if g = strings.TrimSpace(g); g != "" {
				out = append(out, g)
			}
		}
	}
	return out
}

// dropNegatedParts moves the topic words of each term written only inside an excluded part
// into sc.negated, leaving the term no topic word of its own.
func (sc *scorer) dropNegatedParts(p Plan) {
	if p.Lang != "en" {
		return
	}
	parts := negatedParts(p.Norm)
	if len(parts) == 0 {
		return
	}
	rest := strings.ToLower(p.Norm)
	for _, m := range reEnNegatedPart.FindAllString(rest, -1) {
		rest = strings.Replace(rest, m, " ", 1)
	}
	for i, t := range sc.terms {
		from := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(t.from)), "s")
		if t.number || from == "" || strings.Contains(rest, from) {
			continue
		}
		for _, part := range parts {
			if strings.Contains(part, from) {
				sc.negated = append(sc.negated, t.topics...)
				sc.terms[i].topics = nil
				break
			}
		}
	}
}
