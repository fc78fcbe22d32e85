package retrieval_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
)

// benchQuestions is a realistic mix: Chinese and English lookups about named places (which the
// scope filter narrows to one report), questions naming only a level or a city, and comparisons
// across every report.
var benchQuestions = []string{
	"盛泽镇2023年工业投资目标是多少?",
	"黎里镇去年财政收入完成了多少?",
	"浍沟镇2023年投资增长目标定了多少?",
	"岱西的村集体经济收入一共多少?",
	"齐都镇今年固定资产投资要增长多少?",
	"沙埕镇清理互花米草多少亩?",
	"盘锦那个区今年GDP打算增长多少?",
	"哪个区老楼加装电梯开工了416部?",
	"What is Shengze's fiscal revenue target?",
	"What was Lili town's GDP in 2023?",
	"How many deep-water net cages does Shacheng have now?",
	"How many elderly residents got free health check-ups in Qidu?",
	"How many migrant workers did the Panjin district help recover unpaid wages for?",
	"What was the average PM2.5 concentration in the Beijing district last year?",
	"Which town's rural domestic sewage treatment rate reached 93%?",
	"Which towns target 10% revenue growth?",
	"Compare the towns' fiscal revenue growth targets for 2023.",
	"哪些镇设定了一般公共预算收入增长目标?",
	"哪些报告提到了老旧小区改造?",
	"What is Shanghai's GDP growth target for 2023?",
}

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
// question, cycling through benchQuestions, and reports the median and 99th percentile of the
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
				a := retrieval.Analyze(benchQuestions[i%len(benchQuestions)], ix)
				if _, err := ix.Search(ctx, a, 10); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			slices.Sort(lat)
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
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

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
