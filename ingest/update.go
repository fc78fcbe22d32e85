package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/store"
)

// checkBase refuses to add to a store built with another embedder or chunk size, or to remove a
// source the store does not hold.
func checkBase(base *store.Generation, opts Options) error {
	m := base.Manifest
	if m.Embedder != opts.Embedder.Name || (opts.Embedder.Dim != 0 && m.Dim != opts.Embedder.Dim) {
		return fmt.Errorf("the store was built with the embedder %s (dimension %d), this ingest embeds with %s (dimension %d); rebuild it with --replace (nothing was written)",
			m.Embedder, m.Dim, opts.Embedder.Name, opts.Embedder.Dim)
	}
	if m.ChunkChars != opts.ChunkChars {
		return fmt.Errorf("the store was built with --chunk-chars %d, this ingest uses %d; pass the same, or rebuild it with --replace (nothing was written)", m.ChunkChars, opts.ChunkChars)
	}
	for _, src := range opts.Remove {
		if !slices.Contains(m.Sources, src) {
			return fmt.Errorf("--remove %s: the store holds no such source (its sources: %s); nothing was written", src, sourceList(m.Sources))
		}
	}
	return nil
}

// keepBase returns the segments of the new generation: base's segments, each kept as it is
// unless it holds a source of the fresh segments (ingested again) or one to remove, in which
// case it is rewritten without those sources (or dropped when nothing is left), then the fresh
// segments.
func keepBase(ctx context.Context, l *store.Lock, base *store.Generation, fresh []store.SegmentRef, opts Options) ([]store.SegmentRef, error) {
	drop := map[string]bool{}
	for _, s := range fresh {
		for _, src := range s.Sources {
			drop[src] = true
		}
	}
	for _, src := range opts.Remove {
		drop[src] = true
	}
	var segs []store.SegmentRef
	for k, s := range base.Segments {
		if !slices.ContainsFunc(s.Sources, func(src string) bool { return drop[src] }) {
			segs = append(segs, s.SegmentRef)
			continue
		}
		stage(opts.Progress, "rewriting "+s.Name, 0)
		ref, ok, err := rewrite(ctx, l, base, k, k+1, func(r corpus.Report) bool { return !drop[r.Source] })
		if err != nil {
			return nil, err
		}
		if ok {
			segs = append(segs, ref)
		}
	}
	if len(fresh) > 0 && base.Manifest.Chunks > 0 && base.Manifest.Dim != base.Vectors.Dim() {
		return nil, fmt.Errorf("the store is inconsistent (dimension %d in its manifest, %d in its vectors); rebuild it with --replace (nothing was written)", base.Manifest.Dim, base.Vectors.Dim())
	}
	return append(segs, fresh...), nil
}

// rewrite writes the reports of g's segments lo..hi-1 that keep admits, with their chunks,
// facts, vectors and lexicon counts, as one new segment, from the segments' own files: nothing
// is parsed or embedded again. It reports false when keep admits no report.
func rewrite(ctx context.Context, l *store.Lock, g *store.Generation, lo, hi int, keep func(corpus.Report) bool) (store.SegmentRef, bool, error) {
	first := g.Segments[lo]
	endReport, endChunk := len(g.Reports), g.Chunks.Len()
	if hi < len(g.Segments) {
		endReport, endChunk = g.Segments[hi].FirstReport, g.Segments[hi].FirstChunk
	}
	d := &store.SegmentData{Dim: g.Vectors.Dim()}
	kept := map[string]bool{}
	all := true
	for _, r := range g.Reports[first.FirstReport:endReport] {
		if keep(r) {
			d.Reports = append(d.Reports, r)
			if !kept[r.Source] {
				kept[r.Source] = true
				d.Sources = append(d.Sources, r.Source)
			}
		} else {
			all = false
		}
	}
	if len(d.Reports) == 0 {
		return store.SegmentRef{}, false, nil
	}
	keptReport := make(map[corpus.ReportKey]bool, len(d.Reports))
	for _, r := range d.Reports {
		keptReport[r.Key()] = true
	}
	var idx []int // the kept chunks' indices in g
	for i := first.FirstChunk; i < endChunk; i++ {
		if err := ctx.Err(); err != nil {
			return store.SegmentRef{}, false, interrupted(err)
		}
		c, ok := g.Chunks.Chunk(i)
		if !ok {
			return store.SegmentRef{}, false, fmt.Errorf("the store's chunk %d is damaged; rebuild it with --replace (nothing was written)", i)
		}
		if keptReport[c.Key()] {
			d.Chunks = append(d.Chunks, c)
			idx = append(idx, i)
		}
	}
	for k := lo; k < hi; k++ { // one part of the facts per segment
		fs, err := g.Facts.Part(k)
		if err != nil {
			return store.SegmentRef{}, false, fmt.Errorf("%w (nothing was written)", err)
		}
		for _, f := range fs {
			if keptReport[corpus.ReportKey{Source: f.Source, Report: f.Report}] {
				d.Facts = append(d.Facts, f)
			}
		}
	}
	d.Vectors = keptVectors(g, idx)
	if all {
		// Nothing dropped: the lexicon counts add up.
		var err error
		for k := lo; k < hi; k++ {
			c, cerr := g.SegmentCounts(k)
			if cerr != nil {
				return store.SegmentRef{}, false, cerr
			}
			if d.Counts == nil {
				d.Counts = c
			} else if d.Counts, err = lexicon.Sum(d.Counts, c); err != nil {
				return store.SegmentRef{}, false, err
			}
		}
	}
	ref, err := l.WriteSegment(ctx, d)
	if err != nil {
		if ctx.Err() != nil {
			return store.SegmentRef{}, false, interrupted(ctx.Err())
		}
		return store.SegmentRef{}, false, fmt.Errorf("%w (nothing was written; the previous store is unchanged)", err)
	}
	return ref, true, nil
}

// keptVectors reads the vectors of g's chunks idx (ascending), a segment's column at a time.
func keptVectors(g *store.Generation, idx []int) [][]float32 {
	dim := g.Vectors.Dim()
	flat := make([]float32, len(idx)*dim)
	out := make([][]float32, len(idx))
	for k := range out {
		out[k] = flat[k*dim : (k+1)*dim : (k+1)*dim]
	}
	for s := range g.Vectors.Segments() {
		base := g.Vectors.SegmentStart(s)
		end := g.Chunks.Len()
		if s+1 < g.Vectors.Segments() {
			end = g.Vectors.SegmentStart(s + 1)
		}
		var ks []int
		for k, i := range idx {
			if i >= base && i < end {
				ks = append(ks, k)
			}
		}
		if len(ks) == 0 {
			continue
		}
		for j := range dim {
			col := g.Vectors.SegmentColumn(s, j)
			for _, k := range ks {
				out[k][j] = col[idx[k]-base]
			}
		}
	}
	return out
}

func sourceList(srcs []string) string {
	if len(srcs) > 10 {
		return strings.Join(srcs[:10], ", ") + fmt.Sprintf(", … (%d in all)", len(srcs))
	}
	return strings.Join(srcs, ", ")
}
