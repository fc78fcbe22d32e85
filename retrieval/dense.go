package retrieval

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// dense returns chunk indices by dense similarity to text, best first, at most n, restricted to
// allow when not nil; runs, when not nil, are the chunks allow admits as ascending ranges
// (chunkRuns), which spares asking allow of every chunk. Unfiltered, it is chromem-go's query: of the nearest lists' collections in
// `serve` (store.Lists.Search), of the one collection in an index built whole (NewIndex), with
// no collection the mapped columns. Filtered, it scores only the chunks
// allow admits, over the query's non-zero coordinates, which gives the very similarities
// chromem's Query computes (the same float32 products summed in the same order; the skipped
// terms are zeros); ties go to the earlier chunk.
func (ix *Index) dense(ctx context.Context, text string, n int, allow func(int) bool, runs []chunkRun) ([]Scored, error) {
	if strings.TrimSpace(text) == "" || ix.NumChunks() == 0 || n <= 0 {
		return nil, nil
	}
	vec, err := ix.embed(ctx, text)
	if err != nil {
		return nil, fmt.Errorf("embed query: %w", err)
	}
	if len(vec) != ix.Manifest.Dim {
		return nil, fmt.Errorf("%w: query vector has dimension %d, the store %d", ErrEmbedderMismatch, len(vec), ix.Manifest.Dim)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("dense search: %w", err)
	}
	if allow == nil {
		runs = nil
	}
	if ix.lists != nil && (allow == nil || ix.admitsMore(allow, runs, ix.lists.Probe)) {
		// In `serve`, unfiltered or filtered to more chunks than a search of the lists nearest
		// the question reads: chromem-go's search of those lists.
		res, err := ix.lists.Search(ctx, vec, n, allow)
		if err != nil {
			return nil, err
		}
		out := make([]Scored, 0, len(res))
		for _, r := range res {
			if r.Chunk < ix.NumChunks() {
				out = append(out, Scored{Doc: r.Chunk, Score: float64(r.Similarity)})
			}
		}
		return out, nil
	}
	if allow == nil && ix.col != nil {
		// Unfiltered, an index built whole: chromem-go's exhaustive search of its collection.
		res, err := ix.col.QueryEmbedding(ctx, vec, min(n, ix.col.Count()), nil, nil)
		if err != nil {
			return nil, fmt.Errorf("dense search: %w", err)
		}
		out := make([]Scored, 0, len(res))
		for _, r := range res {
			if i, ok := ix.chunkIndex(r.ID); ok {
				out = append(out, Scored{Doc: i, Score: float64(r.Similarity)})
			}
		}
		return out, nil
	}
	// Filtered to a few reports' chunks, no more than the lists a search queries hold (or in a
	// one-shot process, without chromem): score the admitted chunks' stored vectors directly,
	// over the query's non-zero coordinates only.
	vec = unitVector(vec)
	var nz []int32
	for j, x := range vec {
		if x != 0 {
			nz = append(nz, int32(j))
		}
	}
	if ix.columns {
		return ix.denseColumns(vec, nz, n, allow, runs), nil
	}
	top := make([]Scored, 0, n+1) // best first
	for i := range eachChunk(ix.NumChunks(), allow, runs) {
		v := ix.vecs[i]
		var sim float32
		for _, j := range nz {
			sim += vec[j] * v[j]
		}
		if len(top) == n && float64(sim) <= top[n-1].Score {
			continue
		}
		k := sort.Search(len(top), func(k int) bool { return top[k].Score < float64(sim) })
		top = slices.Insert(top, k, Scored{Doc: i, Score: float64(sim)})
		if len(top) > n {
			top = top[:n]
		}
	}
	return top, nil
}

// admitsMore reports whether allow admits more than m chunks (runs, when not nil, are the chunks
// it admits).
func (ix *Index) admitsMore(allow func(int) bool, runs []chunkRun, m int) bool {
	if runs != nil {
		for _, r := range runs {
			if m -= r.hi - r.lo; m < 0 {
				return true
			}
		}
		return false
	}
	for i := range ix.NumChunks() {
		if allow(i) {
			if m--; m < 0 {
				return true
			}
		}
	}
	return false
}

// chunkRun is the chunks lo ≤ i < hi.
type chunkRun struct{ lo, hi int }

// chunkRuns returns the chunks of the reports keys names as ascending runs, or nil when keys is
// empty or a report's chunks are not contiguous (indexRuns).
func (ix *Index) chunkRuns(keys map[corpus.ReportKey]bool) []chunkRun {
	if len(keys) == 0 || ix.firstChunk == nil {
		return nil
	}
	runs := make([]chunkRun, 0, len(keys))
	for k := range keys {
		r, ok := ix.reportOf[k]
		if !ok {
			continue
		}
		if ix.firstChunk[r] < 0 {
			continue // a report without chunks
		}
		runs = append(runs, chunkRun{int(ix.firstChunk[r]), int(ix.runEnd[r])})
	}
	slices.SortFunc(runs, func(a, b chunkRun) int { return a.lo - b.lo })
	return runs
}

// eachChunk yields the chunks 0 ≤ i < n that allow admits (every one when nil), in order: those
// of runs when not nil.
func eachChunk(n int, allow func(int) bool, runs []chunkRun) iter.Seq[int] {
	return func(yield func(int) bool) {
		if allow != nil && runs != nil {
			for _, r := range runs {
				for i := r.lo; i < r.hi; i++ {
					if !yield(i) {
						return
					}
				}
			}
			return
		}
		for i := range n {
			if (allow == nil || allow(i)) && !yield(i) {
				return
			}
		}
	}
}

// unitVector returns v, or v normalised when it is not of unit length, exactly as chromem-go
// normalises a query before scoring.
func unitVector(v []float32) []float32 { return store.UnitVector(v) }
