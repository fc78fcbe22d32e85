package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// mergeBase puts base's kept reports before the newly parsed ones in snap (whose chunks have the
// vectors vecs) and returns the vectors of all of snap's chunks. A report is kept unless its
// source is among snap's (the file was ingested again) or opts.Remove names it; a source to
// remove that the store does not hold is an error, as is a store built with another embedder or
// chunk size.
func mergeBase(snap *store.Snapshot, vecs [][]float32, base *store.Generation, opts Options) ([][]float32, error) {
	m := base.Manifest
	if m.Embedder != opts.Embedder.Name || (opts.Embedder.Dim != 0 && m.Dim != opts.Embedder.Dim) {
		return nil, fmt.Errorf("the store was built with the embedder %s (dimension %d), this ingest embeds with %s (dimension %d); rebuild it with --replace (nothing was written)",
			m.Embedder, m.Dim, opts.Embedder.Name, opts.Embedder.Dim)
	}
	if m.ChunkChars != opts.ChunkChars {
		return nil, fmt.Errorf("the store was built with --chunk-chars %d, this ingest uses %d; pass the same, or rebuild it with --replace (nothing was written)", m.ChunkChars, opts.ChunkChars)
	}
	drop := map[string]bool{}
	for _, src := range snap.Manifest.Sources {
		drop[src] = true
	}
	for _, src := range opts.Remove {
		if !slices.Contains(m.Sources, src) {
			return nil, fmt.Errorf("--remove %s: the store holds no such source (its sources: %s); nothing was written", src, sourceList(m.Sources))
		}
		drop[src] = true
	}
	keep := make([]bool, len(base.Reports))
	var reports []corpus.Report
	for i, r := range base.Reports {
		if keep[i] = !drop[r.Source]; keep[i] {
			reports = append(reports, r)
		}
	}
	var chunks []corpus.Chunk
	var idx []int // the kept chunks' indices in base
	for i := range base.Chunks.Len() {
		if !keep[base.Chunks.ReportIndex(i)] {
			continue
		}
		c, ok := base.Chunks.Chunk(i)
		if !ok {
			return nil, fmt.Errorf("the store's chunk %d is damaged; rebuild it with --replace (nothing was written)", i)
		}
		chunks = append(chunks, c)
		idx = append(idx, i)
	}
	// The vectors file is column-major: read it a column at a time, not a vector at a time.
	dim := base.Vectors.Dim()
	flat := make([]float32, len(idx)*dim)
	kept := make([][]float32, len(idx))
	for k := range kept {
		kept[k] = flat[k*dim : (k+1)*dim : (k+1)*dim]
	}
	for j := range dim {
		col := base.Vectors.Column(j)
		for k, i := range idx {
			kept[k][j] = col[i]
		}
	}
	var facts []corpus.Fact
	for _, f := range base.Facts {
		if !drop[f.Source] {
			facts = append(facts, f)
		}
	}
	var sources []string
	for _, src := range m.Sources {
		if !drop[src] {
			sources = append(sources, src)
		}
	}
	snap.Reports = append(reports, snap.Reports...)
	snap.Chunks = append(chunks, snap.Chunks...)
	snap.Facts = append(facts, snap.Facts...)
	snap.Manifest.Sources = append(sources, snap.Manifest.Sources...)
	return append(kept, vecs...), nil
}

func sourceList(srcs []string) string {
	if len(srcs) > 10 {
		return strings.Join(srcs[:10], ", ") + fmt.Sprintf(", … (%d in all)", len(srcs))
	}
	return strings.Join(srcs, ", ")
}
