package retrieval_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// rowsQuestions are threshold lists over every report (rates, amounts, counts, upper bounds,
// English and Chinese), and a question about falls, which keeps the passages' verdict.
var rowsQuestions = []string{
	"Which towns target revenue growth of at least 8%?",
	"Which towns target revenue growth of at least 10%?",
	"Which towns set a GDP growth target of at least 8%?",
	"哪些镇的一般公共预算收入增长目标是8%?",
	"一般公共预算收入增长超过8%的有哪些",
	"哪些镇的一般公共预算收入增长目标超过10%?",
	"哪些报告的地区生产总值增长目标在6%以上?",
	"Which reports set a GDP growth target of more than 6%?",
	"Which towns target revenue growth of less than 5%?",
	"哪些报告的固定资产投资超过100亿元?",
	"Which reports say more than 30 projects started construction last year?",
	"哪些报告的一般公共预算收入下降了?",
}

// TestRowsDecideAnswersAsTheScan: on a generated decade corpus (200 reports, the same towns
// over ten years) every threshold list answers byte for byte as it does when every report is
// scanned, while the fast path leaves reports unscanned (fewer reports' evidence in the Result)
// for the questions whose indicator has rows.
func TestRowsDecideAnswersAsTheScan(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a generated corpus")
	}
	dir, _ := scale.DecadeStore(t, 20)
	g, err := store.OpenGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	svc := answer.New(ix, answer.Options{})
	run := func(q string, fast bool) (string, int) {
		defer retrieval.SetRowsDecide(fast)()
		res, err := ix.Search(ctx, retrieval.Analyze(q, ix), 10)
		if err != nil {
			t.Fatal(err)
		}
		ans, err := svc.Ask(ctx, answer.Request{Question: q})
		if err != nil {
			t.Fatal(err)
		}
		ans.ID = "" // a fresh id for each answer
		b, err := json.Marshal(ans)
		if err != nil {
			t.Fatal(err)
		}
		return string(b), len(res.Topic)
	}
	spared := 0
	for _, q := range rowsQuestions {
		scan, scanned := run(q, false)
		fast, read := run(q, true)
		if fast != scan {
			t.Errorf("%s: the rows' answer differs from the scan's:\n%s", q, firstDiff(scan, fast))
		}
		if read > scanned {
			t.Errorf("%s: the fast path read %d reports' evidence, the scan %d", q, read, scanned)
		}
		if read < scanned {
			spared++
		}
		t.Logf("%s: evidence of %d reports scanned, %d with the rows deciding", q, scanned, read)
	}
	if spared == 0 {
		t.Error("the rows decided no report the scan read")
	}
}

// firstDiff shows where two answers part: some text either side of the first byte that differs.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-300)
	return "scan …" + a[from:min(len(a), i+300)] + "\nrows …" + b[from:min(len(b), i+300)]
}
