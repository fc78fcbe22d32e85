package llm

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/reportbot/reportbot/retrieval/answer"
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

// BenchmarkVerify measures what verification adds to a generated answer: five passages of
// report text and an English answer with eight figures, citations and a quotation.
//
//	go test ./internal/llm -run '^$' -bench Verify
func BenchmarkVerify(b *testing.B) {
	passages := []answer.Citation{
		{N: 1, Section: "二、2024年工作安排", Text: "全镇发展的主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长5.5%左右,进出口总额保持稳定,全社会研究与试验发展经费支出占地区生产总值的比重超4%,全员劳动生产率与GDP增长基本同步,工业增加值率同口径提升,居民人均可支配收入与经济增长基本同步,失业水平持续保持低位。"},
		{N: 2, Section: "一、2023年工作回顾", Text: "经济总量迈上新台阶。预计完成一般公共预算收入31.81亿元;工业总产值840亿元,增长2.19%;其中规上工业总产值613亿元,基本与去年持平;工业开票销售1250亿元,增长5.4%;全社会固定资产投资90亿元,增长21.74%;其中工业投资43亿元,增长17.94%;限额以上批发额4880亿元,增长4.56%;外贸进出口总额26.5亿美元,增长18.78%。"},
		{N: 3, Section: "一、过去一年工作回顾", Text: "经济运行延续向好态势,全年预计(下同)实现地区生产总值350亿元,同比增长3.9%;完成一般公共预算收入33.7亿元,增长4.4%;完成规上工业总产值700亿元,增长3%;完成全社会固定资产投资88亿元,增长10%,其中工业投资30亿元,增长8%,服务业投资58亿元,增长12%。"},
		{N: 4, Section: "二、2024年主要目标", Text: "明年经济社会发展的主要预期目标是:地区生产总值增长7%以上,一般公共预算收入增长6%以上,规模以上工业增加值、社会消费品零售总额、进出口总额、引进国内实际到位资金均增长10%以上,固定资产投资增长15%以上,城镇居民人均可支配收入要与经济增长保持同步。"},
		{N: 5, Section: "一、2023年工作回顾", Text: "一般公共预算收入完成503亿元,下降7.4%,扣除留抵退税因素后,同口径增长1%。全面落实“疫情要防住、经济要稳住、发展要安全”重大要求。"},
	}
	text := "Shengze (盛泽镇) targets general public budget revenue growth of about 5.5% for 2024 [1], after an expected 31.81亿元 in 2023 [2]; " +
		"fixed-asset investment reached 90亿元, up 21.74% [2]. Another town expects revenue of 33.7亿元, up 4.4% [3], and plans revenue growth of 6% or more [4]. " +
		"The district's report asks to “全面落实“疫情要防住、经济要稳住、发展要安全”重大要求” [5], with revenue of 503亿元 [5]."
	if p := answer.Verify(text, passages); len(p) != 0 {
		b.Fatalf("the benchmark answer must pass: %q", p)
	}
	for b.Loop() {
		answer.Verify(text, passages)
	}
}
