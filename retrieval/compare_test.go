package retrieval_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/retrieval"
)

// comparePair returns two places of the decade corpus with names of their own (one town and
// one district when there are both) whose reports the index knows by name, and an indicator
// both state as actual amounts in 2022.
func comparePair(t *testing.T, ix *retrieval.Index, m *scale.Manifest) (a, b scale.Place, indicator string) {
	t.Helper()
	known := func(p scale.Place) bool {
		if p.SharesName || slices.ContainsFunc(m.Places, func(q scale.Place) bool { return q.Name == p.Name && q.City != p.City }) {
			return false
		}
		return slices.ContainsFunc(ix.Reports, func(r corpus.Report) bool { return r.Entity == p.Entity() })
	}
	report := func(p scale.Place, year int) corpus.ReportKey {
		for _, r := range ix.Reports {
			if r.Entity == p.Entity() && r.Year == year {
				return r.Key()
			}
		}
		return corpus.ReportKey{}
	}
	stated := func(p scale.Place) map[string]bool {
		out := map[string]bool{}
		for _, f := range retrieval.AllFactsOf(ix) {
			if f.Key() == report(p, 2022) && f.Kind == corpus.KindActual && f.Measure == facts.MeasureAmount {
				if ind, ok := facts.Lookup(f.Indicator); ok && len(ind.English) > 0 {
					out[f.Indicator] = true
				}
			}
		}
		return out
	}
	var cands []scale.Place
	for _, p := range m.Places {
		if known(p) {
			cands = append(cands, p)
		}
	}
	slices.SortStableFunc(cands, func(x, y scale.Place) int { return strings.Compare(y.Level, x.Level) }) // towns (镇) first
	for i, x := range cands {
		for _, y := range cands[i+1:] {
			sx, sy := stated(x), stated(y)
			var common []string
			for ind := range sx {
				if sy[ind] {
					common = append(common, ind)
				}
			}
			slices.Sort(common)
			if len(common) > 0 && (x.Level != y.Level || i == len(cands)-2) {
				return x, y, common[0]
			}
		}
	}
	t.Fatalf("no two places of the corpus state one indicator in 2022: %+v", cands)
	return
}

// enName is how an English question names a place: "Guichuan town".
func enName(p scale.Place) string {
	lvl := map[string]string{"镇": "town", "区": "district"}[p.Level]
	py := places.PinyinBase(p.Entity())
	return strings.ToUpper(py[:1]) + py[1:] + " " + lvl
}

func TestSearchReadsComparisons(t *testing.T) {
	ix, m := decadeIndex(t)
	a, b, ind := comparePair(t, ix, m)
	t.Logf("comparing %s and %s on %s", a.Entity(), b.Entity(), ind)
	indEn := facts.Indicators()[slices.IndexFunc(facts.Indicators(), func(x facts.Indicator) bool { return x.Name == ind })].English[0]
	search := func(q string) retrieval.Result {
		t.Helper()
		res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for _, q := range []string{
		"比较" + a.Entity() + "和" + b.Entity() + "2022年的" + ind + "。",
		a.Entity() + "和" + b.Entity() + "2022年" + ind + "谁多?",
		a.Entity() + "与" + b.Entity() + "相比,2022年" + ind + "哪个高?",
		"2022年" + a.Entity() + "、" + b.Entity() + "的" + ind + "分别是多少?",
		"Compare the 2022 " + indEn + " of " + enName(a) + " and " + enName(b) + ".",
		enName(a) + " vs " + enName(b) + ": " + indEn + " in 2022",
		"Which is higher in 2022, the " + indEn + " of " + enName(a) + " or of " + enName(b) + "?",
		"What " + indEn + " did " + enName(a) + " and " + enName(b) + " each report for 2022?",
	} {
		res := search(q)
		c := res.Comparison
		if c == nil {
			t.Errorf("%q: not read as a comparison", q)
			continue
		}
		var names []string
		for _, cp := range c.Places {
			names = append(names, cp.Name)
			r, ok := ix.Report(cp.Report)
			if !ok || r.Year != 2022 || r.Entity != cp.Name {
				t.Errorf("%q: %s compared from %+v, want its 2022 report", q, cp.Name, r)
			}
			if len(cp.Facts) == 0 {
				t.Errorf("%q: %s has no %s facts", q, cp.Name, ind)
			}
			for _, f := range cp.Facts {
				if f.Key() != cp.Report || f.Indicator != ind || f.Kind != corpus.KindActual || f.Measure != facts.MeasureAmount {
					t.Errorf("%q: %s: fact %+v is not its 2022 actual amount of %s", q, cp.Name, f, ind)
				}
			}
		}
		if !slices.Equal(names, []string{a.Entity(), b.Entity()}) {
			t.Errorf("%q: compared %v, want %s and %s in the question's order", q, names, a.Entity(), b.Entity())
		}
		if c.Indicator != ind || c.Kind != corpus.KindActual || c.Measure != facts.MeasureAmount {
			t.Errorf("%q: series %s %s %s, want %s actual amount", q, c.Indicator, c.Kind, c.Measure, ind)
		}
		if unmet := res.Unmet(); len(unmet) > 0 {
			t.Errorf("%q: unmet constraints %+v", q, unmet)
		}
	}

	// Not comparisons: one place; one place and a year.
	for _, q := range []string{a.Entity() + "2022年" + ind + "是多少?", "What was the " + indEn + " of " + enName(a) + "?"} {
		if c := search(q).Comparison; c != nil {
			t.Errorf("%q: read as a comparison of %+v", q, c.Places)
		}
	}

	// One place's years, when the question compares them.
	c := search(a.Entity() + "2021年和2022年的" + ind + "相比如何?").Comparison
	if c == nil || len(c.Places) != 2 || c.Places[0].Year != 2021 || c.Places[1].Year != 2022 {
		t.Fatalf("one place, two years: %+v", c)
	}
	for _, cp := range c.Places {
		if r, _ := ix.Report(cp.Report); r.Year != cp.Year || r.Entity != a.Entity() {
			t.Errorf("one place, two years: %d from %+v", cp.Year, r)
		}
	}

	// One place's years when one of them has no report: not a comparison of reports (one report
	// may state both years).
	if c := search(a.Entity() + "2019年和2022年的" + ind + "相比如何?").Comparison; c != nil {
		t.Errorf("one place, a year without a report: read as a comparison of %+v", c.Places)
	}

	// A year no report is of: each place says which years it has.
	c = search(a.Entity() + "和" + b.Entity() + "2019年" + ind + "谁多?").Comparison
	if c == nil || len(c.Places) != 2 {
		t.Fatalf("a year without reports: %+v", c)
	}
	for _, cp := range c.Places {
		if cp.Found() || !slices.Equal(cp.Years, []int{2021, 2022, 2023}) {
			t.Errorf("a year without reports: %+v", cp)
		}
	}
}

// TestComparisonOfSharedNames: a name several places share, compared with another place, is
// compared as each of them (with its city); named with its city, as that one only.
func TestComparisonOfSharedNames(t *testing.T) {
	ix, m := decadeIndex(t)
	a, _, ind := comparePair(t, ix, m)
	var shared scale.Place
	for _, p := range m.Places {
		if p.SharesName && slices.ContainsFunc(ix.Reports, func(r corpus.Report) bool { return r.Entity == p.Entity() && r.City == p.City }) {
			shared = p
			break
		}
	}
	if shared.Name == "" {
		t.Skip("no shared name the index knows")
	}
	search := func(q string) *retrieval.Comparison {
		t.Helper()
		res, err := ix.Search(context.Background(), retrieval.Analyze(q, ix), 10)
		if err != nil {
			t.Fatal(err)
		}
		return res.Comparison
	}
	c := search(a.Entity() + "和" + shared.Entity() + "2022年" + ind + "谁多?")
	if c == nil || len(c.Places) < 3 {
		t.Fatalf("a shared name: %+v, want %s and every %s", c, a.Entity(), shared.Entity())
	}
	c = search(a.Entity() + "和" + shared.City + shared.Entity() + "2022年" + ind + "谁多?")
	if c == nil || len(c.Places) != 2 {
		t.Fatalf("a shared name with its city: %+v", c)
	}
	if r, _ := ix.Report(c.Places[1].Report); r.City != shared.City || r.Entity != shared.Entity() {
		t.Errorf("a shared name with its city: compared %+v", r)
	}
}
