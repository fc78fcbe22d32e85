package retrieval

import (
	"math/bits"
	"slices"

	"github.com/reportbot/reportbot/internal/store"
)

// The per-indicator table (store.IndicatorRunTable, written at ingest) lists, for each run of
// two to four characters of an indicator's wordings, the passages some span of which holds it
// outside the measure of a ratio — where topicWord.heldIn looks for a topic word that does not
// itself name a ratio (reRatio is facts.RatioMeasure, the table's). A topical span holds a run or
// all spaced pieces of a topic word of a term the gate looks at (topicGate), in its text with
// the ratios taken out; so when every such word names no ratio and each of its runs and one of
// its spaced pieces is a run of the table, a passage the table lists for none of them has no
// topical span, and a report with no listed passage is not read at all. That is most of the scan
// of a comparison or filter of an indicator over every report: reports that name it only in a
// ratio's measure (单位地区生产总值能耗, 占地区生产总值比重), 1,110 of 4,440 at 10,000 reports for
// a comparison of GDP targets, and those that do not name it.

// indicatorRuns is a Source that holds the per-indicator table; nil when it has none (a store with
// a segment written before the table existed).
type indicatorRuns interface {
	IndicatorRuns() *store.IndicatorRunTable
}

// IndicatorRuns returns the generation's per-indicator table; nil when it has none or it cannot
// be read (the scan then reads every report, as without one).
func (s localSource) IndicatorRuns() *store.IndicatorRunTable {
	t, err := s.g.IndicatorRuns()
	if err != nil {
		return nil
	}
	return t
}

// runBits returns a bit per chunk set for the passages the table lists for the gate's topic
// words (see above); nil when the table cannot decide: no table, topicality by alternatives
// (topical's anyOf branch, which has tests of its own), a topic word that may name a ratio, or
// a run or all of a word's spaced pieces that are not runs of the table. A passage whose bit is
// clear has no topical span.
func (ix *Index) runBits(g *topicGate) []uint64 {
	src, ok := ix.src.(indicatorRuns)
	if !ok || !mayDecide(g) {
		return nil // the table is not read for a topic that is no indicator's
	}
	return ix.runBitsOf(g, src.IndicatorRuns())
}

// mayDecide reports whether a table written by this build could decide for the gate's topic
// words: every run (and a spaced piece of each word) is among store.IndicatorRuns, and no word
// names a ratio. runBitsOf decides from the table itself; this only spares a question whose
// topic is no indicator's (乡村振兴) the reading of the table.
func mayDecide(g *topicGate) bool {
	if g == nil || g.sc.anyOf && !g.sc.decisiveBesideAlternatives() {
		return false
	}
	runs := store.IndicatorRuns()
	known := func(k int) bool {
		_, ok := slices.BinarySearch(runs, string(g.subs[k].runes))
		return ok
	}
	for _, i := range g.terms {
		for _, w := range g.sc.terms[i].topics {
			if w.mayNameRatio() {
				return false
			}
		}
		for _, ts := range g.sc.topicOf[i] {
			if !allKnown(ts.runs, known) || len(ts.spaced) > 0 && !slices.ContainsFunc(ts.spaced, known) {
				return false
			}
		}
	}
	return true
}

// allKnown reports whether known holds for every k of ks.
func allKnown(ks []int, known func(int) bool) bool {
	for _, k := range ks {
		if !known(k) {
			return false
		}
	}
	return true
}

// runBitsOf is runBits with table t (nil: none).
func (ix *Index) runBitsOf(g *topicGate, t *store.IndicatorRunTable) []uint64 {
	if t == nil || g == nil || g.sc.anyOf && !g.sc.decisiveBesideAlternatives() {
		return nil
	}
	var lists [][]uint32
	for _, i := range g.terms {
		for _, w := range g.sc.terms[i].topics {
			if w.mayNameRatio() {
				return nil // heldIn takes no ratio out of its text
			}
		}
		for _, ts := range g.sc.topicOf[i] {
			for _, k := range ts.runs {
				ps, ok := t.Passages(string(g.subs[k].runes))
				if !ok {
					return nil
				}
				lists = append(lists, ps)
			}
			if len(ts.spaced) > 0 {
				// Every piece is held where the word is: the piece listed for fewest passages.
				var best []uint32
				found := false
				for _, k := range ts.spaced {
					if ps, ok := t.Passages(string(g.subs[k].runes)); ok && (!found || len(ps) < len(best)) {
						best, found = ps, true
					}
				}
				if !found {
					return nil
				}
				lists = append(lists, best)
			}
		}
	}
	if len(lists) == 0 {
		return nil
	}
	out := make([]uint64, (ix.NumChunks()+63)/64)
	for _, ps := range lists {
		for _, p := range ps {
			if int(p) < ix.NumChunks() {
				out[p>>6] |= 1 << (p & 63)
			}
		}
	}
	return out
}

// reportsOf returns a flag per report: whether any of its chunks has its bit set in bs.
func (ix *Index) reportsOf(bs []uint64) []bool {
	out := make([]bool, len(ix.Reports))
	for w, word := range bs {
		for word != 0 {
			d := w<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			out[ix.chunkReport[d]] = true
		}
	}
	return out
}
