package ingest

import (
	"context"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// MaxSegments is how many segments a generation may have before compaction merges small ones:
// every question looks each of its terms up once per segment.
const MaxSegments = 8

// compactionPlan returns the runs of adjacent segments to merge, as [lo, hi) index pairs, so that
// at most MaxSegments remain where that is possible: while there are too many, the adjacent pair
// (of segments or runs already planned) with the fewest chunks together is merged, unless that
// would make a segment of more than full chunks (full segments are never merged: merging them
// would rewrite most of the store). Adjacent merges keep the chunks' order.
func compactionPlan(chunks []int, full int) [][2]int {
	type run struct{ lo, hi, n int }
	runs := make([]run, len(chunks))
	for i, n := range chunks {
		runs[i] = run{i, i + 1, n}
	}
	for len(runs) > MaxSegments {
		best := -1
		for i := 0; i+1 < len(runs); i++ {
			n := runs[i].n + runs[i+1].n
			if n <= full && (best < 0 || n < runs[best].n+runs[best+1].n) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		runs[best] = run{runs[best].lo, runs[best+1].hi, runs[best].n + runs[best+1].n}
		runs = append(runs[:best+1], runs[best+2:]...)
	}
	var out [][2]int
	for _, r := range runs {
		if r.hi-r.lo > 1 {
			out = append(out, [2]int{r.lo, r.hi})
		}
	}
	return out
}

// compact merges segments as compactionPlan says, each run into one new segment written from
// the run's own files (nothing parsed or embedded again; the lexicon counts are summed).
func compact(ctx context.Context, l *store.Lock, segs []store.SegmentRef, full, dim int) ([]store.SegmentRef, error) {
	chunks := make([]int, len(segs))
	for i, s := range segs {
		chunks[i] = s.Chunks
	}
	plan := compactionPlan(chunks, full)
	if len(plan) == 0 {
		return segs, nil
	}
	out := append([]store.SegmentRef(nil), segs[:plan[0][0]]...)
	for p, r := range plan {
		g, err := l.OpenSegments(segs[r[0]:r[1]], dim)
		if err != nil {
			return nil, err
		}
		ref, _, err := rewrite(ctx, l, g, 0, len(g.Segments), func(corpus.Report) bool { return true })
		g.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, ref)
		next := len(segs)
		if p+1 < len(plan) {
			next = plan[p+1][0]
		}
		out = append(out, segs[r[1]:next]...)
	}
	return out, nil
}
