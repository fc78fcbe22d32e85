package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
)

// Rewrite is a model's structured reading of a question (the same shape as answer.Rewrite,
// declared here so that retrieval does not import the answer service).
type Rewrite struct {
	Question   string   `json:"question"`
	Queries    []string `json:"queries"`
	Entities   []string `json:"entities"`
	Level      string   `json:"level"`
	Indicator  string   `json:"indicator"`
	Kind       string   `json:"kind"`
	Value      string   `json:"value"`
	Comparator string   `json:"comparator"`
}

// Apply merges a model's rewrite into an offline analysis: a standalone question replaces a
// follow-up, its Chinese queries become extra terms, and stated entities, level, indicator and
// kind fill what the offline analysis did not find. The offline reading wins where both speak,
// except for places, which a model resolves better in follow-ups.
func Apply(a Analysis, ix *Index, rw Rewrite) Analysis {
	if q := strings.TrimSpace(rw.Question); q != "" && q != a.Question {
		b := Analyze(q, ix)
		b.Question = a.Question
		if b.Lang != "" {
			a = b
		}
	}
	for _, q := range rw.Queries {
		if q = strings.TrimSpace(q); q != "" {
			a.Terms = append(a.Terms, Term{From: "model", Variants: []string{q}, Weight: 0.7})
		}
	}
	if ix != nil && len(rw.Entities) > 0 {
		for _, e := range rw.Entities {
			names, keys := ix.matchPlaces(e)
			for _, n := range names {
				a.Places = appendUnique(a.Places, n)
			}
			a.Reports = appendKeys(a.Reports, keys...)
		}
	}
	if a.Level == "" {
		a.Level = rw.Level
	}
	if a.Intent == "" && (rw.Kind == IntentTarget || rw.Kind == IntentActual) {
		a.Intent = rw.Kind
	}
	if rw.Indicator != "" {
		if ind, ok := facts.Lookup(rw.Indicator); ok {
			a.Indicators = appendUnique(a.Indicators, ind.Name)
		}
	}
	return a
}
