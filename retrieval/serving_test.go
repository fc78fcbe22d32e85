package retrieval

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/corpus"
)

// TestChunkIDCanonical holds canonicalSeq and chunkBySeq's check of the report number to the
// format ingest.ChunkID writes: "%s#%d#%04d".
func TestChunkIDCanonical(t *testing.T) {
	for _, text := range []string{"0000", "0001", "0042", "9999", "10000", "12345", "001", "1", "01234", "+001", "-001", "00a1", "", "100000", "0100000"} {
		seq, err := strconv.Atoi(text)
		if err != nil || seq < 0 {
			continue
		}
		if got, want := canonicalSeq(text, seq), text == fmt.Sprintf("%04d", seq); got != want {
			t.Errorf("canonicalSeq(%q, %d) = %v, want %v", text, seq, got, want)
		}
	}
	for _, text := range []string{"1", "12", "0", "-3", "01", "+1", "007"} {
		rep, err := strconv.Atoi(text)
		if err != nil {
			continue
		}
		if got, want := text == strconv.Itoa(rep), text == fmt.Sprintf("%d", rep); got != want {
			t.Errorf("report %q: canonical %v, want %v", text, got, want)
		}
	}
}

// referenceFuse is fuse as it was before it decoded passages lazily: every candidate decoded,
// boosted and sorted.
func referenceFuse(ix *Index, a Plan, lex, dense []Scored, fs []corpus.Fact, k int) []Hit {
	fused := map[int]*Hit{}
	get := func(i int) *Hit {
		h, ok := fused[i]
		if !ok {
			h = &Hit{Chunk: ix.Chunk(i)}
			fused[i] = h
		}
		return h
	}
	for r, s := range lex {
		h := get(s.Doc)
		h.Lexical = r + 1
		h.Score += weightLex / float64(rrfK+r+1)
	}
	for r, s := range dense {
		h := get(s.Doc)
		h.Dense = r + 1
		h.Score += weightDense / float64(rrfK+r+1)
	}
	seen := map[int]bool{}
	rank := 0
	for _, f := range fs {
		i, ok := ix.chunkIndex(f.ChunkID)
		if !ok || seen[i] {
			continue
		}
		seen[i] = true
		rank++
		h := get(i)
		h.Fact = rank
		h.Score += weightFact / float64(rrfK+rank)
	}
	out := make([]Hit, 0, len(fused))
	for _, h := range fused {
		if a.Intent != "" {
			sec := h.Chunk.SectionPath()
			if a.Intent == IntentTarget && targetSection(sec) || a.Intent == IntentActual && actualSection(sec) {
				h.Score *= 1 + sectionBoost
			}
		}
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Chunk.ID < out[j].Chunk.ID
	})
	if k > 0 && len(out) > k {
		out = out[:k]
	}
	return out
}

// TestFuseDecodesOnlyWhatRanks: fuse, which decodes passages only while they can still rank,
// returns what decoding every candidate returns, for eval questions (some over every report, with
// hundreds of fact rows), at every depth, with and without a time frame.
func TestFuseDecodesOnlyWhatRanks(t *testing.T) {
	_, oneShot, _ := openAll(t, scale.Store(t, 3))
	ctx := context.Background()
	for qi, q := range evalQuestions(t) {
		if qi >= 6 && qi%3 != 0 {
			continue // the first six search every report; a third of the rest is enough
		}
		p, scope, keys := oneShot.denseScope(Analyze(q, oneShot))
		fs := oneShot.matchingFacts(p, nil, nil)
		if scope != nil {
			fs = oneShot.matchingFacts(p, scope, keys)
		}
		lex := oneShot.bm25.Search(oneShot.lexicalQuery(p), listDepth, scope)
		dense, err := oneShot.dense(ctx, DenseText(p), listDepth, scope, oneShot.chunkRuns(keys))
		if err != nil {
			t.Fatal(err)
		}
		for _, intent := range []string{p.Intent, IntentTarget, IntentActual, ""} {
			a := p
			a.Intent = intent
			for _, k := range []int{1, 3, 10, 0} {
				got, want := oneShot.fuse(a, lex, dense, fs, k), referenceFuse(oneShot, a, lex, dense, fs, k)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q intent %q k %d: fused %d hits differ from the reference's %d", q, intent, k, len(got), len(want))
				}
			}
		}
	}
}

// TestBM25ScratchReuse: searches that reuse a pooled scratch, one after another and at once,
// score as a fresh index does.
func TestBM25ScratchReuse(t *testing.T) {
	docs := corpusDocs(t)
	ix := NewBM25(docs)
	queries := []map[string]float64{{"增长": 1, "收入": 0.5}, {"老旧": 1, "小区": 1, "改造": 1}, {"生产": 1, "总值": 1}, {"没有": 1}}
	filters := []func(int) bool{nil, func(d int) bool { return d%2 == 0 }, func(d int) bool { return d < 40 }, func(int) bool { return false }}
	type search struct{ q, f, n int }
	var all []search
	for qi := range queries {
		for fi := range filters {
			for _, n := range []int{0, 5, 50} {
				all = append(all, search{qi, fi, n})
			}
		}
	}
	want := make([][]Scored, len(all))
	for i, s := range all {
		want[i] = NewBM25(docs).Search(queries[s.q], s.n, filters[s.f])
	}
	for i, s := range all {
		if got := ix.Search(queries[s.q], s.n, filters[s.f]); !reflect.DeepEqual(got, want[i]) {
			t.Fatalf("search %d (%+v) after others: %v, want %v", i, s, got, want[i])
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(all); i += 4 {
				s := all[i]
				if got := ix.Search(queries[s.q], s.n, filters[s.f]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("search %d (%+v) at once with others: %v, want %v", i, s, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}
