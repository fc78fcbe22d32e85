package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestNamedPart: a question naming a 其中 part beside its whole is answered with the part's figure
// (经营性收入683万元), and the whole's fact row (1529万元) does not answer it; a question naming the
// whole alone keeps the whole.
func TestNamedPart(t *testing.T) {
	ix := retrievaltest.Index(t)
	const quote = "全镇8个村实现村级集体经济收入1529万元,其中经营性收入683万元,实现经营性收入增幅19%。"
	rows := []corpus.Fact{{Indicator: "村级集体经济收入", Kind: corpus.KindActual, Measure: "amount", Value: 1529, Unit: "万元", ValueText: "1529万元"}}
	first := func(a retrieval.Plan) string {
		figs := quoteFigures(a, quote)
		if len(figs) == 0 {
			return ""
		}
		return quote[figs[0].v.Start:figs[0].v.End]
	}
	for _, q := range []string{"岱西8个村集体经济收入里经营性收入有多少?", "How much of Daixi's village collective income was operating income?"} {
		a := retrieval.Analyze(q, ix)
		if got := first(a); got != "683万元" {
			t.Errorf("%s: first figure %q, want 683万元", q, got)
		}
		if !partFigureUnstated(a, rows, quoteFigures(a, quote), quote) {
			t.Errorf("%s: the whole's row was taken to answer the part", q)
		}
	}
	whole := retrieval.Analyze("岱西8个村集体经济收入有多少?", ix)
	if got := first(whole); got != "1529万元" {
		t.Errorf("whole asked: first figure %q, want 1529万元", got)
	}
}
