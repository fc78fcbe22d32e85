package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/store"
)

// The per-passage figures table (store.FigureTable, written at ingest) holds every figure a span
// of a passage may state, as the threshold test reads a span's figures (Plan.meetsThreshold:
// num.FindWith on normalised text). A span meets a threshold list's number only when one of its
// figures does (Plan.meetsValue); a span of a passage states the passage's figures or, when it
// runs into the next passage's first statement, the next passage's. So a passage neither of whose
// tables holds a figure that meets the number has no span that meets it, and a report none of
// whose passages has one is a near miss (or out) without the second reading meetingBest gives
// it: at 10,000 reports most of a filter's near misses (增长8%左右 for "at least 10%", beside no
// other figure of 10% or more in their revenue passages).

// figureTable is a Source that holds the per-passage figures table.
type figureTable interface {
	Figures() *store.FigureTable
}

// Figures returns the generation's per-passage figures table; nil when it has none or it cannot
// be read (threshold lists then read every passage, as without one).
func (s localSource) Figures() *store.FigureTable {
	t, err := s.g.Figures()
	if err != nil {
		return nil
	}
	return t
}

// meetingGate returns, for each of a report's passages (docs: the generation's chunk indices, in
// the order of its hits), whether a span of it may state a figure that meets the threshold
// list's number; ok is false when the table cannot say (no table, or no test of one figure).
func (ix *Index) meetingGate(sc *scorer, rep int32, docs []int) (may []bool, ok bool) {
	src, isTable := ix.src.(figureTable)
	if !isTable || sc.meetsValue == nil {
		return nil, false
	}
	t := src.Figures()
	if t == nil {
		return nil, false
	}
	memo := map[int]bool{}
	holds := func(d int) bool {
		v, seen := memo[d]
		if !seen {
			found, known := t.Any(d, sc.meetsValue)
			v = found || !known
			memo[d] = v
		}
		return v
	}
	may = make([]bool, len(docs))
	for i, d := range docs {
		may[i] = holds(d) || d+1 < ix.NumChunks() && ix.chunkReport[d+1] == rep && holds(d+1)
	}
	return may, true
}

// tableMeetingBest is sc.meetingBest for a report's hits (docs their chunk indices), reading only
// the passages the figures table leaves a chance of a span that meets the number: none, and the
// report keeps b (its best span, which meets no number) without a second reading. The passages
// ruled out have no span meetingBest would keep, so the evidence is meetingBest's.
func (ix *Index) tableMeetingBest(sc *scorer, rep int32, docs []int, b Evidence, hits []Hit, bound func(i int) float64) Evidence {
	if sc.meets == nil || sc.meets(b.Lead+b.Sentence) {
		return b
	}
	may, ok := ix.meetingGate(sc, rep, docs)
	if !ok {
		return sc.meetingBest(b, hits, bound)
	}
	if !slices.Contains(may, true) {
		return b
	}
	msc := *sc
	gate := sc.gate
	msc.gate = func(i int) bool { return may[i] && (gate == nil || gate(i)) }
	return msc.meetingBest(b, hits, bound)
}
