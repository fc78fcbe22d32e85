package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A question may give the counted thing a second name in brackets: "How many new businesses
// (market entities) were registered …": the reports count 市场主体 (market entities), and a
// figure of either name answers. The bracket widens the asked noun; it never adds a word the
// figure must stand beside.

// reEnHowManyGloss finds an English how-many noun followed by a bracketed other name: the
// question before the noun (1), the noun (2) and the bracket's words (3).
var reEnHowManyGloss = lazyre.New(`^(.*\bhow many (?:[a-z\-]+ ){0,2})([a-z\-]+) \(([a-z][a-z\- ]*)\)`)

// glossedHowMany returns the question with its how-many noun replaced by the other name the
// question gives it in brackets ("how many new market entities were registered …"), and
// whether it gives one.
func glossedHowMany(q string) (string, bool) {
	m := reEnHowManyGloss.Compiled().FindStringSubmatchIndex(q)
	if m == nil {
		return "", false
	}
	gloss := strings.TrimSpace(q[m[6]:m[7]])
	if gloss == "" {
		return "", false
	}
	return q[m[2]:m[3]] + gloss + q[m[1]:], true
}

// GlossedPlan returns p with its how-many noun replaced by the other name the question gives it
// in brackets ("How many new businesses (market entities) …" asks, for figures, how many new
// market entities), and whether the question gives one. The plan's terms are p's: both names
// are searched for.
func GlossedPlan(p Plan) (Plan, bool) {
	if p.Lang != "en" {
		return p, false
	}
	alt, ok := glossedHowMany(p.Norm)
	if !ok {
		return p, false
	}
	p.Norm = alt
	return p, true
}
