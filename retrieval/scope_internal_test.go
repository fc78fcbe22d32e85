package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestCandidateConstraints: for a name several places share, an indicator some candidates'
// reports state is met (each candidate is listed with its own evidence); one no candidate states
// stays unmet, and other questions are left alone.
func TestCandidateConstraints(t *testing.T) {
	a, b := corpus.ReportKey{Source: "a", Report: 1}, corpus.ReportKey{Source: "b", Report: 1}
	unmet := func(lacking ...corpus.ReportKey) []Constraint {
		return []Constraint{{Kind: ConstraintPlace, Value: "新城镇", Met: true}, {Kind: ConstraintIndicator, Value: "工业投资", Reports: lacking, Have: []string{"地区生产总值"}}}
	}
	for _, tc := range []struct {
		name  string
		cands []corpus.ReportKey
		res   []Constraint
		met   bool
	}{
		{"one candidate lacks it", []corpus.ReportKey{a, b}, unmet(b), true},
		{"every candidate lacks it", []corpus.ReportKey{a, b}, unmet(a, b), false},
		{"not a shared name", nil, unmet(b), false},
	} {
		res := Result{Selection: Selection{Candidates: tc.cands}, Constraints: tc.res}
		candidateConstraints(&res)
		if c := res.Constraints[1]; c.Met != tc.met || c.Met && (c.Have != nil || c.Reports != nil) {
			t.Errorf("%s: %+v, want met %v", tc.name, c, tc.met)
		}
	}
}
