package retrieval_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// scales are the corpus sizes benchmarked: the bundled corpus and 100 times it.
var scales = []int{1, 100}

func openIndex(tb testing.TB, dir string) *retrieval.Index {
	tb.Helper()
	snap, err := store.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

// BenchmarkQuestions times Analyze + Search (k=10: ranking, sentence scoring and evidence) per
// question, cycling through retrievaltest.Questions, and reports the median and 99th percentile of the
// single-question latencies.
func BenchmarkQuestions(b *testing.B) {
	for _, n := range scales {
		dir := scale.Store(b, n)
		ix := openIndex(b, dir)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				a := retrieval.Analyze(retrievaltest.Questions[i%len(retrievaltest.Questions)], ix)
				if _, err := ix.Search(ctx, a, 10); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			retrievaltest.ReportLatencies(b, lat)
		})
	}
}

// BenchmarkNewIndex times indexing a loaded store (BM25, place matcher, dense vectors): the part
// of start-up after store.Open.
func BenchmarkNewIndex(b *testing.B) {
	for _, n := range scales {
		snap, err := store.Open(scale.Store(b, n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
