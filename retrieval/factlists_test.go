package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestTopicSkipsOnlyReportsFactsAnswer: the topic scan of a list question answered from the
// facts table leaves out exactly the reports with a fact row that meets the question's
// condition, keeps every other report's evidence as it was, and counts every report checked.
func TestTopicSkipsOnlyReportsFactsAnswer(t *testing.T) {
	ix := bundledIndex(t)
	skipped := 0
	for _, q := range []string{
		"Which towns target 10% revenue growth?", "哪些镇设定了一般公共预算收入增长目标?",
		"Compare the GDP growth targets of all reports.", "哪些报告的地区生产总值增长目标在6%以上?",
		"Which reports target GDP growth of at least 7%?", "哪些报告的一般公共预算收入下降了?",
	} {
		p := Analyze(q, ix)
		if !p.Aggregate {
			t.Fatalf("%s: not a list question", q)
		}
		sc := ix.newScorer(p)
		sc.fits = ix.timeFrame(p)
		lexQ := LexicalQuery(p)
		scope := ix.scopeReports(p)
		fs := ix.matchingFacts(p, ix.chunkFilter(scope), scope)
		skip := answeredByFacts(p, fs, false)
		all, n := ix.topic(sc, lexQ, scope, nil)
		some, m := ix.topic(sc, lexQ, scope, skip)
		if n != m {
			t.Errorf("%s: %d reports checked with the skip, %d without", q, m, n)
		}
		byKey := map[corpus.ReportKey]Evidence{}
		for _, e := range some {
			byKey[e.Hit.Chunk.Key()] = e
		}
		for _, e := range all {
			k := e.Hit.Chunk.Key()
			got, kept := byKey[k]
			switch {
			case skip[k] && kept:
				t.Errorf("%s: report %v is answered by its facts but was scored", q, k)
			case skip[k]:
				skipped++
			case !kept:
				t.Errorf("%s: report %v lost its evidence", q, k)
			case got.Quote != e.Quote || got.Coverage != e.Coverage:
				t.Errorf("%s: report %v: evidence %q, want %q", q, k, got.Quote, e.Quote)
			}
		}
		if len(some) > len(all) {
			t.Errorf("%s: %d reports with evidence with the skip, %d without", q, len(some), len(all))
		}
		for k := range skip {
			ok := false
			for _, f := range fs {
				ok = ok || f.Key() == k && p.AsksFor(f) && FactMeets(p, f)
			}
			if !ok {
				t.Errorf("%s: report %v skipped without a fact that meets the question", q, k)
			}
		}
	}
	if skipped == 0 {
		t.Error("no report was skipped: the check checked nothing")
	}
}

// TestNoSkipWhenAskedBeside: a question that asks something beside the figure, or compares
// named places, reads every report's evidence.
func TestNoSkipWhenAskedBeside(t *testing.T) {
	f := corpus.Fact{Source: "s", Report: 1, Indicator: "地区生产总值", Measure: "growth", Value: 5, Unit: "%"}
	p := Plan{Aggregate: true}
	if answeredByFacts(p, []corpus.Fact{f}, false) == nil {
		t.Fatal("a plain list question skips nothing")
	}
	if answeredByFacts(p, []corpus.Fact{f}, true) != nil {
		t.Error("a comparison of named places skips reports")
	}
	p.Terms = []Term{{From: "同步", Variants: []string{"同步"}, Weight: 1}}
	if len(p.asideTerms()) > 0 && answeredByFacts(p, []corpus.Fact{f}, false) != nil {
		t.Error("a question asking beside the figure skips reports")
	}
	if answeredByFacts(Plan{}, []corpus.Fact{f}, false) != nil {
		t.Error("a question that is not a list skips reports")
	}
}
