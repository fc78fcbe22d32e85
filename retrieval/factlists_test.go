package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestTopicSkipsOnlyReportsFactsAnswer: the topic scan of a list question answered from the
// facts table leaves out exactly the reports with a fact row that meets the question's
// condition (a threshold list: any row it asks for, Plan.RowsDecide), keeps every other report's evidence as it was, and counts every report checked.
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
				ok = ok || f.Key() == k && p.AsksFor(f) && (p.RowsDecide() || FactMeets(p, f))
			}
			if !ok {
				t.Errorf("%s: report %v skipped without a fact that meets the question (or, for a threshold list, none it asks for)", q, k)
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

// TestRowsDecideThresholdLists: a threshold list skips the reports whose row it asks for does
// not meet the number (their rows decide them: near misses), as well as those whose row meets,
// but not a report whose rows' figures the number cannot be compared with (a rate for an amount);
// a question about falls, a list without a number and a question asking beside the figure skip
// only what they did.
func TestRowsDecideThresholdLists(t *testing.T) {
	meets := corpus.Fact{Source: "s", Report: 1, Indicator: "地区生产总值", Kind: "target", Measure: "growth", Value: 9, Unit: "%"}
	misses := corpus.Fact{Source: "s", Report: 2, Indicator: "地区生产总值", Kind: "target", Measure: "growth", Value: 5, Unit: "%"}
	level := corpus.Fact{Source: "s", Report: 3, Indicator: "地区生产总值", Kind: "target", Measure: "level", Value: 500, Unit: "亿元"}
	rate := corpus.Fact{Source: "s", Report: 4, Indicator: "固定资产投资", Kind: "actual", Measure: "growth", Value: 12, Unit: "%"}
	fs := []corpus.Fact{meets, misses, level}
	p := Plan{Aggregate: true, Growth: true, Comparator: ">=", Numbers: []Number{{Value: 8, Unit: "%"}}}
	if !FactMeets(p, meets) || FactMeets(p, misses) {
		t.Fatal("the rows do not meet as the test means")
	}
	skip := answeredByFacts(p, fs, false)
	if !skip[meets.Key()] || !skip[misses.Key()] {
		t.Errorf("a threshold list skips %v; want both reports with a growth row", skip)
	}
	if skip[level.Key()] {
		t.Error("a report whose only row is not of the measure asked (an amount for growth) is not decided by it")
	}
	fall := p
	fall.Decline = true
	if fall.RowsDecide() || answeredByFacts(fall, fs, false)[misses.Key()] {
		t.Error("a question about falls keeps the passages' verdict")
	}
	amount := Plan{Aggregate: true, Comparator: ">", Numbers: []Number{{Value: 100, Unit: "亿元"}}}
	if !amount.RowsDecide() || answeredByFacts(amount, []corpus.Fact{rate}, false)[rate.Key()] {
		t.Error("a growth rate does not decide a threshold on an amount: the report is scanned")
	}
	plain := Plan{Aggregate: true, Growth: true}
	if plain.RowsDecide() {
		t.Error("a list without a number is no threshold list")
	}
	defer func() { rowsDecide = true }()
	rowsDecide = false
	if answeredByFacts(p, fs, false)[misses.Key()] {
		t.Error("with the rows not deciding, a report whose row misses is scanned")
	}
}
