package retrieval

import (
	"context"
	"time"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// RetrieveStages runs what Search does before it scores sentences (scope, fact rows, BM25, dense
// search, fusion), for the serving benchmark: it returns how long the dense search took and
// whether it queried chromem-go's lists (in `serve`: unfiltered, or a scope of many chunks).
func (ix *Index) RetrieveStages(ctx context.Context, p Plan) (dense time.Duration, unfiltered bool, err error) {
	p, scope, keys := ix.denseScope(p)
	runs := ix.chunkRuns(keys)
	facts := ix.matchingFacts(p, scope, keys)
	lexQ := ix.lexicalQuery(p)
	lex := ix.bm25.Search(lexQ, listDepth, scope)
	if len(lex) == 0 && scope != nil && len(p.Reports) == 0 {
		scope = nil
		lex = ix.bm25.Search(lexQ, listDepth, nil)
		facts = ix.matchingFacts(p, nil, nil)
	}
	start := time.Now()
	d, err := ix.dense(ctx, DenseText(p), listDepth, scope, runs)
	dense = time.Since(start)
	if err != nil {
		return dense, false, err
	}
	ix.fuse(p, lex, d, facts, 10)
	return dense, ix.lists != nil && (scope == nil || ix.admitsMore(scope, runs, ix.lists.Probe)), nil
}

// denseScope is the plan and scope Search searches with.
func (ix *Index) denseScope(p Plan) (Plan, func(int) bool, map[corpus.ReportKey]bool) {
	p = placeOnly(p)
	cmp, compare := ix.comparison(p)
	if compare {
		p.Aggregate = true
		p = bareComparison(p)
	}
	keys := ix.scopeReports(p)
	if k := cmp.keys(); compare && len(k) > 0 {
		keys = k
	}
	return p, ix.chunkFilter(keys), keys
}

// DenseRecall compares the dense ranking Search makes for p from ix's lists with every list's
// (all, the exhaustive chromem-go search of the same collections): the share of all's first 10
// and first listDepth chunks that ix finds (a chunk tied with all's last one counts). ok is false
// when Search's dense search for p does not query the lists (a scope of few chunks).
func (ix *Index) DenseRecall(ctx context.Context, p Plan, all *store.Lists) (at10, atDepth float64, ok bool, err error) {
	at10, atDepth, _, ok, err = ix.DenseRecallSim(ctx, p, all)
	return at10, atDepth, ok, err
}

// DenseRecallSim is DenseRecall, also returning the ratio of the similarity sums of ix's first
// 10 chunks and all's.
func (ix *Index) DenseRecallSim(ctx context.Context, p Plan, all *store.Lists) (at10, atDepth, sim10 float64, ok bool, err error) {
	p, scope, keys := ix.denseScope(p)
	runs := ix.chunkRuns(keys)
	if ix.lists == nil || scope != nil && !ix.admitsMore(scope, runs, ix.lists.Probe) {
		return 0, 0, 0, false, nil
	}
	text := DenseText(p)
	got, err := ix.dense(ctx, text, listDepth, scope, runs)
	if err != nil || len(got) == 0 {
		return 0, 0, 0, false, err
	}
	vec, err := ix.embed(ctx, text)
	if err != nil {
		return 0, 0, 0, false, err
	}
	want, err := all.Search(ctx, vec, listDepth, scope)
	if err != nil || len(want) == 0 {
		return 0, 0, 0, false, err
	}
	recall := func(n int) float64 {
		n = min(n, len(want))
		last := want[n-1].Similarity
		in := map[int]bool{}
		for _, w := range want[:n] {
			in[w.Chunk] = true
		}
		found := 0
		for _, g := range got[:min(n, len(got))] {
			if in[g.Doc] || float32(g.Score) >= last {
				found++
			}
		}
		return float64(found) / float64(n)
	}
	var gs, ws float64
	for k := range min(10, len(want)) {
		ws += float64(want[k].Similarity)
		if k < len(got) {
			gs += got[k].Score
		}
	}
	return recall(10), recall(listDepth), gs / ws, true, nil
}
