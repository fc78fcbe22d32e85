package retrievaltest

import (
	"slices"
	"testing"
	"time"
)

// Questions is the benchmarks' question mix: Chinese and English lookups about named places
// (which the scope narrows to one report), questions naming only a level or a city, comparisons
// and filters across every report, and a place no report is from.
var Questions = []string{
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

// ReportLatencies reports the median and 99th percentile of per-question latencies as the
// benchmark's p50-ms and p99-ms metrics (it sorts lat).
func ReportLatencies(b *testing.B, lat []time.Duration) {
	b.Helper()
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), "p99-ms")
}
