package retrieval

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/store"
)

// thresholdQuestions are threshold lists over every report, English and Chinese, of rates,
// amounts and counts.
var thresholdQuestions = []string{
	"Which towns target revenue growth of at least 8%?",
	"Which towns set a GDP growth target of at least 8%?",
	"一般公共预算收入增长超过8%的有哪些",
	"哪些镇的一般公共预算收入增长目标超过10%?",
	"Which reports say more than 30 projects started construction last year?",
	"哪些报告的固定资产投资超过100亿元?",
	"哪些报告的地区生产总值增长目标在6%以上?",
	"Which reports set a GDP growth target of more than 6%?",
	"Which towns target revenue growth of less than 5%?",
}

// figureSource is a Source with a per-passage figures table.
type figureSource struct {
	Source
	table *store.FigureTable
}

func (s figureSource) Figures() *store.FigureTable { return s.table }

// TestFigureTableSound holds the figures table to the threshold test on every span of every
// passage of the bundled corpus: a span that meets a threshold question's number is a span of a
// passage that the table, with the next passage's, says may state a figure that meets it. And the
// table must rule out passages (else it saves nothing).
func TestFigureTableSound(t *testing.T) {
	ix := bundledIndex(t)
	table := store.NewFigureTable(store.PassageFigures(ix.chunks))
	for _, q := range thresholdQuestions {
		p := Analyze(q, ix)
		sc := ix.newScorer(p)
		if sc.meets == nil || sc.meetsValue == nil {
			t.Fatalf("%s: not a threshold question", q)
		}
		sc.requireTopic = true
		sc.want.asks = true // every span kind: a lead and the figure after it too
		met, out, spans := 0, 0, 0
		for i, c := range ix.chunks {
			docs := []int{i}
			g, ok := tableGate(ix, table, sc, docs)
			if !ok {
				t.Fatalf("%s: the table does not decide", q)
			}
			if !g.hit[0] {
				out++
			}
			for _, sp := range sc.spans(c) {
				may := g.span(0, sp)
				if !may {
					spans++
				}
				if !sc.meets(sp.lead + sp.text) {
					continue
				}
				met++
				if !may {
					t.Fatalf("%s: passage %s: span %q+%q meets the number, but the table rules it out", q, c.ID, sp.lead, sp.text)
				}
			}
		}
		t.Logf("%s: %d spans meet; %d of %d passages and %d spans ruled out", q, met, out, len(ix.chunks), spans)
		if out == 0 || spans == 0 {
			t.Errorf("%s: the table ruled out no passage or no span", q)
		}
	}
}

// TestFigureTableAnswersAsBefore: threshold lists over an index with the figures table answer
// exactly as over the same index without it (every report scanned), and the table is read (meetingGate decides) and
// spares reports their second reading.
func TestFigureTableAnswersAsBefore(t *testing.T) {
	// The scan of every report, as before the rows decided the reports with a row (RowsDecide):
	// the table is what is tested, on the reports the scan reads.
	defer SetRowsDecide(false)()
	_, plain := indexOverSource(t, 3, func(m *memSource) Source { return m })
	_, tabled := indexOverSource(t, 3, func(m *memSource) Source {
		return figureSource{m, store.NewFigureTable(store.PassageFigures(m.chunks))}
	})
	ctx := context.Background()
	spared := 0
	for _, q := range thresholdQuestions {
		p := Analyze(q, plain)
		want, err := plain.Search(ctx, p, 10)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tabled.Search(ctx, p, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Topic) == 0 {
			t.Errorf("%s: no evidence: the test compares nothing", q)
		}
		got.ix, got.Passages, want.ix, want.Passages = nil, nil, nil, nil
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the answer with the figures table differs from the one without:\n%+v\n%+v", q, got.Topic, want.Topic)
		}
		sc := tabled.newScorer(p)
		if _, ok := tableGate(plain, nil, sc, []int{0}); ok {
			t.Fatalf("%s: the index without a table decides from one", q)
		}
		for r := range tabled.Reports {
			var docs []int
			for i := range tabled.NumChunks() {
				if tabled.chunkReport[i] == int32(r) {
					docs = append(docs, i)
				}
			}
			g, ok := tableGate(tabled, nil, sc, docs)
			if !ok {
				t.Fatalf("%s: the table does not decide", q)
			}
			if !slices.Contains(g.hit, true) {
				spared++
			}
		}
	}
	if spared == 0 {
		t.Error("no report was spared the second reading")
	}
}

// tableGate is meetingGate for passages docs of one report, over ix with its own table, or over
// table when it is not nil.
func tableGate(ix *Index, table *store.FigureTable, sc *scorer, docs []int) (*meetingSpans, bool) {
	orig := ix
	if table != nil {
		ix = &Index{src: figureSource{ix.src, table}, chunkReport: ix.chunkReport}
	}
	rep := int32(-1)
	if len(docs) > 0 {
		rep = ix.chunkReport[docs[0]]
	}
	return ix.meetingGate(sc, rep, docs, func(d int) (string, []string) {
		c := orig.Chunk(d)
		return c.Text, c.Section
	})
}
