package answer_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// BenchmarkAsk times whole offline answers (plan, search, compose) over retrievaltest.Questions, on the
// bundled corpus and 100 times it, and reports the median and 99th percentile.
//
//	go test ./retrieval/answer -run '^$' -bench Ask -benchmem
func BenchmarkAsk(b *testing.B) {
	for _, n := range []int{1, 100} {
		snap, err := store.Open(scale.Store(b, n))
		if err != nil {
			b.Fatal(err)
		}
		ix, err := retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
		if err != nil {
			b.Fatal(err)
		}
		s := answer.New(ix, answer.Options{})
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := s.Ask(ctx, answer.Request{Question: retrievaltest.Questions[i%len(retrievaltest.Questions)]}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			retrievaltest.ReportLatencies(b, lat)
		})
	}
}
