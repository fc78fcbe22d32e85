package retrieval_test

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// BenchmarkOpenIndex times opening a store generation as `ask` (mapped) and `serve` (mapped plus
// the chromem-go collections of the segments' lists built on the mapped rows) do, then retrieval over the question mix,
// with p50/p99. The store is $REPORTBOT_BENCH_DB (any size, e.g. a decade corpus from ingest/scale/gen). scoped-p99-ms is the
// p99 of the questions scoped to fewer than half the reports (lookups of a named place), apart
// from those that check every report (filters and comparisons across the corpus).
func BenchmarkOpenIndex(b *testing.B) {
	dir := os.Getenv("REPORTBOT_BENCH_DB")
	if dir == "" {
		b.Skip("set REPORTBOT_BENCH_DB to a store directory")
	}
	for _, mode := range []string{"one-shot", "serving"} {
		b.Run(mode+"/open", func(b *testing.B) {
			for range b.N {
				g, err := store.OpenGeneration(dir)
				if err != nil {
					b.Fatal(err)
				}
				var lists *store.Lists
				if mode == "serving" {
					if lists, err = g.Lists(); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), lists); err != nil {
					b.Fatal(err)
				}
				if lists != nil {
					lists.Close()
				}
				g.Close()
			}
		})
		b.Run(mode+"/questions", func(b *testing.B) {
			g, err := store.OpenGeneration(dir)
			if err != nil {
				b.Fatal(err)
			}
			var lists *store.Lists
			if mode == "serving" {
				if lists, err = g.Lists(); err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { lists.Close() })
			}
			ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), lists)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			var scoped []time.Duration // questions whose scope is some reports, not all
			for i := 0; i < b.N; i++ {
				start := time.Now()
				a := retrieval.Analyze(retrievaltest.Questions[i%len(retrievaltest.Questions)], ix)
				res, err := ix.Search(ctx, a, 10)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				if res.Scope != nil && len(res.Scope) < len(ix.Reports)/2 {
					scoped = append(scoped, lat[len(lat)-1])
				}
			}
			b.StopTimer()
			retrievaltest.ReportLatencies(b, lat)
			if len(scoped) > 0 {
				slices.Sort(scoped)
				b.ReportMetric(float64(scoped[min(len(scoped)-1, len(scoped)*99/100)])/float64(time.Millisecond), "scoped-p99-ms")
			}
		})
	}
}
