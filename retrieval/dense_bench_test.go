package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// referenceDense is dense search as chromem-go's Query does it: score every chunk, sort, and
// (with a filter chromem cannot express) filter the whole ranking.
func referenceDense(ix *Index, text string, n int, allow func(int) bool) ([]Scored, error) {
	ctx := context.Background()
	vec, err := ix.embed(ctx, text)
	if err != nil {
		return nil, err
	}
	want := n
	if allow != nil {
		want = ix.col.Count()
	}
	res, err := ix.col.QueryEmbedding(ctx, vec, min(want, ix.col.Count()), nil, nil)
	if err != nil {
		return nil, err
	}
	var out []Scored
	for _, r := range res {
		i := ix.chunkByID[r.ID]
		if allow != nil && !allow(i) {
			continue
		}
		out = append(out, Scored{Doc: i, Score: float64(r.Similarity)})
		if len(out) == n {
			break
		}
	}
	return out, nil
}

func bundledIndex(tb testing.TB) *Index {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), data.CorpusName)
	if err := os.WriteFile(path, data.Corpus, 0o644); err != nil {
		tb.Fatal(err)
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	snap, _, err := ingest.Build(context.Background(), []string{path}, ingest.Options{Embedder: emb})
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

// TestDenseMatchesChromem: the same similarities, rank by rank, as chromem's Query (bit for
// bit: the same float32 products added in the same order), and the same chunks where no two
// share a similarity.
func TestDenseMatchesChromem(t *testing.T) {
	checkDense(t, bundledIndex(t))
}

// TestDenseMatchesChromemAtScale runs the same check on the 100× benchmark store, where many
// chunks tie (copies of a passage that names no place and no figure); it runs only when
// $REPORTBOT_SCALE_DIR keeps that store.
func TestDenseMatchesChromemAtScale(t *testing.T) {
	if os.Getenv(scale.CacheEnv) == "" {
		t.Skip("set " + scale.CacheEnv + " to run on the 100× store")
	}
	snap, err := store.Open(scale.Store(t, 100))
	if err != nil {
		t.Fatal(err)
	}
	ix, err := NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		t.Fatal(err)
	}
	checkDense(t, ix)
}

func checkDense(t *testing.T, ix *Index) {
	t.Helper()
	texts := []string{"盛泽镇2023年地区生产总值增长目标是多少?", "一般公共预算收入 增长", "老旧小区改造", "GDP 8.5%", "x"}
	allows := []func(int) bool{nil, func(i int) bool { return ix.chunks[i].Report == 5 }, func(i int) bool { return i%7 == 0 }, func(int) bool { return false }}
	for _, text := range texts {
		for ai, allow := range allows {
			for _, n := range []int{1, 10, 50, 1000} {
				got, err := ix.dense(context.Background(), text, n, allow, nil)
				if err != nil {
					t.Fatal(err)
				}
				if ai == 1 {
					// The same reports as runs: the same ranking, chunk for chunk.
					keys := map[corpus.ReportKey]bool{}
					for _, c := range ix.chunks {
						if c.Report == 5 {
							keys[c.Key()] = true
						}
					}
					byRuns, err := ix.dense(context.Background(), text, n, ix.chunkFilter(keys), ix.chunkRuns(keys))
					if err != nil || !reflect.DeepEqual(byRuns, got) {
						t.Fatalf("%q n %d: by runs %v (%v), by filter %v", text, n, byRuns, err, got)
					}
				}
				want, err := referenceDense(ix, text, n, allow)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("%q allow %d n %d: %d results, want %d", text, ai, n, len(got), len(want))
				}
				all, err := referenceDense(ix, text, len(ix.chunks), allow)
				if err != nil {
					t.Fatal(err)
				}
				same := map[float64]int{} // how many chunks share each similarity
				for _, s := range all {
					same[s.Score]++
				}
				for r := range want {
					if got[r].Score != want[r].Score {
						t.Fatalf("%q allow %d n %d rank %d: similarity %v, want %v", text, ai, n, r, got[r].Score, want[r].Score)
					}
					if same[want[r].Score] == 1 && got[r].Doc != want[r].Doc {
						t.Fatalf("%q allow %d n %d rank %d: chunk %d, want %d", text, ai, n, r, got[r].Doc, want[r].Doc)
					}
				}
			}
		}
	}
}

func BenchmarkDense(b *testing.B) {
	ix := bundledIndex(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := ix.dense(ctx, "盛泽镇2023年地区生产总值增长目标是多少?", 50, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
