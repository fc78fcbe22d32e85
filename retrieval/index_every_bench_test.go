package retrieval

import (
	"context"
	"os"
	"testing"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// everyReportQuestions are questions over every report: a comparison of all towns (its fact rows
// answer a third of them; the rest are scanned and none speaks of the topic), a filter with a
// threshold, and topic lists that most reports answer.
var everyReportQuestions = []string{
	"Compare the GDP growth targets of all towns.",
	"Which towns target revenue growth of at least 8%?",
	"哪些镇提到了乡村振兴?",
	"Which reports mention elderly care?",
	"哪些报告提到了老旧小区改造?",
}

// BenchmarkEveryReport times Search (with each report's evidence, Index.topic) for questions
// over every report, on the store $REPORTBOT_BENCH_DB when set (as `ask` opens it), else on the
// bundled corpus. The topic scan is the part the topic gate (topicgate.go) shortens.
func BenchmarkEveryReport(b *testing.B) {
	var ix *Index
	if dir := os.Getenv("REPORTBOT_BENCH_DB"); dir != "" {
		g, err := store.OpenGeneration(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { g.Close() })
		if ix, err = OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), nil); err != nil {
			b.Fatal(err)
		}
	} else {
		ix = bundledIndex(b)
	}
	ctx := context.Background()
	for _, q := range everyReportQuestions {
		b.Run(q, func(b *testing.B) {
			p := Analyze(q, ix)
			var checked, found int
			for b.Loop() {
				res, err := ix.Search(ctx, p, 10)
				if err != nil {
					b.Fatal(err)
				}
				checked, found = res.Checked, len(res.Topic)
			}
			b.ReportMetric(float64(checked), "checked")
			b.ReportMetric(float64(found), "evidence")
		})
	}
}

// BenchmarkTopicGate times the gate alone over every passage of the bundled corpus, per question.
func BenchmarkTopicGate(b *testing.B) {
	ix := bundledIndex(b)
	for _, q := range everyReportQuestions {
		b.Run(q, func(b *testing.B) {
			sc := ix.newScorer(Analyze(q, ix))
			sc.requireTopic = true
			g := ix.newTopicGate(sc, nil)
			if g == nil {
				b.Skip("no gate")
			}
			for b.Loop() {
				g.texts = nil
				for i, c := range ix.chunks {
					p := gatePassage{doc: i, c: c, next: -1}
					if n, ok := ix.nextChunk(c); ok {
						p.next, p.n = i+1, n
					}
					g.may(&p)
				}
			}
		})
	}
}
