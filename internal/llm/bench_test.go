package llm

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// benchLatency stands in for a remote embeddings API: every request costs this much.
const benchLatency = 50 * time.Millisecond

// BenchmarkEmbed embeds 512 passage-sized texts into 1536 dimensions (text-embedding-3-small's)
// against the fake with 50 ms per request:
// batched as EmbedBatch does, and one text per request as chromem-go's
// NewEmbeddingFuncOpenAICompat does (sequentially, and with the same concurrency).
//
//	go test ./internal/llm -run '^$' -bench Embed -benchtime 3x
func BenchmarkEmbed(b *testing.B) {
	in := make([]string, 512)
	for i := range in {
		in[i] = fmt.Sprintf("第%d段。全镇发展的主要预期目标是:地区生产总值增长5%%左右,一般公共预算收入增长5.5%%左右,进出口总额保持稳定,全社会研究与试验发展经费支出占地区生产总值的比重超4%%。", i)
	}
	for _, bc := range []struct {
		name string
		dim  int
		opts Options
	}{
		{"batch64-conc4", 1536, Options{BatchSize: 64, Concurrency: 4}},
		{"batch64-conc1", 1536, Options{BatchSize: 64, Concurrency: 1}},
		{"one-per-request-conc4", 1536, Options{BatchSize: 1, Concurrency: 4}},
		{"one-per-request-conc1", 1536, Options{BatchSize: 1, Concurrency: 1}},
		// A small dimension shows the latency floor, without JSON work on 1536 floats per text.
		{"batch64-conc4-dim64", 64, Options{BatchSize: 64, Concurrency: 4}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			srv := newServer(b, llmtest.Options{Dim: bc.dim, EmbedLatency: benchLatency})
			c := newTestClient(b, srv, "", time.Minute, bc.opts)
			b.ResetTimer()
			for b.Loop() {
				if _, err := c.EmbedBatch(context.Background(), "m", in); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(in)*b.N)/b.Elapsed().Seconds(), "texts/s")
			b.ReportMetric(float64(srv.EmbedRequests())/float64(b.N), "requests/op")
		})
	}
}
