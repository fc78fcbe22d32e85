package retrieval

import (
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/store"
)

// The index's facts are a store.FactTable: an index opened on a store generation reads a
// segment's facts only when a question first asks for one of them (a topic list reads none, a
// lookup those of its report's segment), an index built in memory holds them as one part.

// noFact is what fact returns for a fact whose segment could not be read (damaged after the
// store was opened): it names no indicator, so it matches no question.
var noFact corpus.Fact

// numFacts is how many facts the index holds.
func (ix *Index) numFacts() int { return ix.facts.Len() }

// fact returns fact i (0 ≤ i < numFacts), reading its segment's facts on first use.
func (ix *Index) fact(i int) *corpus.Fact {
	k, first := ix.facts.PartOf(i)
	fs, err := ix.facts.Part(k)
	if err != nil || i-first >= len(fs) {
		return &noFact
	}
	return &fs[i-first]
}

// eachFactPart calls fn with each segment's facts in order (first is the index of the first),
// reading those not yet read; a segment whose facts cannot be read is skipped.
func (ix *Index) eachFactPart(fn func(first int, fs []corpus.Fact)) {
	ix.facts.ReadAll()
	for k := range ix.facts.Parts() {
		if fs, err := ix.facts.Part(k); err == nil {
			fn(ix.facts.First(k), fs)
		}
	}
}

// factTable returns a corpus's facts as a table: its FactTable when it has one, else its Facts.
func (c Corpus) factTable() *store.FactTable {
	if c.FactTable != nil {
		return c.FactTable
	}
	return store.FactsOf(c.Facts)
}

// matchingFacts returns the facts a plan asks about (indicator, intent, number, scope). keys are
// the reports scope admits (nil: unknown or every report): when there are few, only their facts
// are read, not every report's.
func (ix *Index) matchingFacts(a Plan, scope func(int) bool, keys map[corpus.ReportKey]bool) []corpus.Fact {
	if len(a.Indicators) == 0 {
		return nil
	}
	few := scope != nil && len(keys) > 0 && len(keys) <= fewReports
	var all []corpus.Fact
	if few {
		all = ix.factsOfReports(keys)
	}
	var out []corpus.Fact
	for _, ind := range append(slices.Clone(a.Indicators), InPlaceOf(a.Indicators)...) {
		q := facts.Query{Indicator: ind, Kind: a.Intent}
		scoped := false // all holds only facts in scope
		if !few {
			all, scoped = ix.factsCalled(ind, a.Intent, scope)
		}
		for _, f := range facts.Filter(all, q) {
			if scope != nil && !scoped {
				ci, ok := ix.chunkIndex(f.ChunkID)
				if !ok || !scope(ci) {
					continue
				}
			}
			out = append(out, f)
		}
	}
	// Facts whose value the question names come first.
	sort.SliceStable(out, func(i, j int) bool { return numberMatch(a, out[i]) && !numberMatch(a, out[j]) })
	return out
}

// factsCalled returns, in Facts order, the facts facts.Filter may find for an indicator: those
// whose Indicator or Wording is its canonical name (or, for a phrase Lookup does not know, the
// phrase itself), of the kind asked (every kind when ""), not every fact of the corpus. When it
// knows each fact's chunk (factChunk) it also leaves out those scope (when not nil) refuses, and
// says so.
func (ix *Index) factsCalled(indicator, kind string, scope func(int) bool) (out []corpus.Fact, scoped bool) {
	if indicator == "" {
		ix.eachFactPart(func(_ int, fs []corpus.Fact) { out = append(out, fs...) })
		return out, false // Filter keeps every indicator
	}
	name := indicator
	if in, ok := facts.Lookup(indicator); ok {
		name = in.Name
	}
	idx := ix.factsByName()[name]
	scoped = scope != nil && len(ix.factChunk) == ix.numFacts()
	out = make([]corpus.Fact, 0, len(idx))
	for _, i := range idx {
		if scoped && !scope(int(ix.factChunk[i])) {
			continue
		}
		if f := ix.fact(int(i)); kind == "" || f.Kind == kind {
			out = append(out, *f)
		}
	}
	return out, scoped
}

// indexFactsByName returns the indices of the facts by Indicator and by Wording, ascending.
// Each part is read and indexed on its own, one per core (a comparison over every report
// waited for 150,000 facts indexed one after another), and the parts' lists are joined in
// order.
func (ix *Index) indexFactsByName() map[string][]int32 {
	n := ix.facts.Parts()
	parts := make([]map[string][]int32, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
				fs, err := ix.facts.Part(k)
				if err != nil {
					continue // as eachFactPart: a segment whose facts cannot be read has none
				}
				first, m := ix.facts.First(k), map[string][]int32{}
				for j, f := range fs {
					i := int32(first + j)
					m[f.Indicator] = append(m[f.Indicator], i)
					if f.Wording != f.Indicator {
						m[f.Wording] = append(m[f.Wording], i)
					}
				}
				parts[k] = m
			}
		})
	}
	wg.Wait()
	if n == 1 {
		return parts[0]
	}
	m := map[string][]int32{}
	for _, part := range parts {
		for name, idx := range part {
			m[name] = append(m[name], idx...)
		}
	}
	return m
}

// fewReports is how many reports a scope may name for matchingFacts to read their facts alone.
const fewReports = 64

// factsOfReports returns the facts of the reports keys names, in Facts order.
func (ix *Index) factsOfReports(keys map[corpus.ReportKey]bool) []corpus.Fact {
	var idx []int32
	for k := range keys {
		idx = append(idx, ix.reportFacts(k)...)
	}
	slices.Sort(idx)
	out := make([]corpus.Fact, len(idx))
	for i, f := range idx {
		out[i] = *ix.fact(int(f))
	}
	return out
}
