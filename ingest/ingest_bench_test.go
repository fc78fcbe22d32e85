package ingest_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
)

// BenchmarkRun times a whole offline ingest (read, parse, facts, local embedder, chromem
// collection, store written and synced) of the bundled corpus and of 100 times it. It reports
// the Go heap in use at the end of a run and the peak of the heap's address space (Sys).
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1, 100} {
		paths, err := scale.Corpus(b.TempDir(), n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
			var sum *ingest.Summary
			for i := 0; i < b.N; i++ {
				dir := b.TempDir()
				sum, err = ingest.Run(context.Background(), dir, paths, ingest.Options{Embedder: emb})
				if err != nil {
					b.Fatal(err)
				}
			}
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(sum.Chunks), "chunks")
			b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MiB")
		})
	}
}
