package ingest

import (
	"context"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// MaxSmallSegments is how many small segments (of fewer than a quarter of a full segment's
// chunks, such as each incremental add writes) a generation may have before compaction merges
// adjacent ones: every question looks each of its terms up once per segment. Larger segments are
// never merged: that would rewrite a large part of the store for one added report.
const MaxSmallSegments = 8

// compactionPlan returns the runs of adjacent segments (of chunks[i] chunks each) to merge, as
// [lo, hi) index pairs: while more than MaxSmallSegments are small (fewer than full/4 chunks),
// the adjacent pair of small segments (or runs already planned) with the fewest chunks together
// is merged. Adjacent merges keep the chunks' order.
func compactionPlan(chunks []int, full int) [][2]int {
	type run struct{ lo, hi, n int }
	small := func(r run) bool { return r.n < full/4 }
	runs := make([]run, len(chunks))
	for i, n := range chunks {
		runs[i] = run{i, i + 1, n}
	}
	for {
		nSmall := 0
		for _, r := range runs {
			if small(r) {
				nSmall++
			}
		}
		if nSmall <= MaxSmallSegments {
			break
		}
		best := -1
		for i := 0; i+1 < len(runs); i++ {
			if small(runs[i]) && small(runs[i+1]) && (best < 0 || runs[i].n+runs[i+1].n < runs[best].n+runs[best+1].n) {
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
