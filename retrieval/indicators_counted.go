package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
)

// reCountedPhrase matches the noun phrase a count question asks about, after "how many" and an
// optional unit ("how many mu of …"), up to its verb.
var reCountedPhrase = lazyre.New(`\bhow many (?:[a-z]+ of )?([a-z][a-z -]*?) (?:did|does|do|were|was|are|is|has|have|had|will|can|could)\b`)

// countedModifier reports whether a count question names an indicator only inside the thing it
// counts, before that thing's own plural head ("how many mu of grain production demonstration
// plots": the plots, not 粮食产量). hyphenModifier reads the hyphenated form; this the open one.
func countedModifier(q string, ind facts.Indicator) bool {
	lq := strings.ToLower(q)
	m := reCountedPhrase.FindStringSubmatch(lq)
	if m == nil {
		return false
	}
	phrase := m[1]
	found := false
	for _, e := range ind.English {
		e = strings.ToLower(e)
		if !strings.Contains(e, " ") {
			continue
		}
		if strings.Count(lq, e) != strings.Count(phrase, e) {
			return false // named outside the counted thing too
		}
		i := strings.Index(phrase, e+" ")
		if i < 0 {
			continue
		}
		rest := strings.Fields(phrase[i+len(e):])
		if len(rest) == 0 || generalModifiers[rest[0]] || enStop[rest[0]] {
			continue
		}
		last := rest[len(rest)-1]
		found = found || len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	}
	return found
}
