package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestAsksChange: "by how much … rise", 提升了多少 and their kin ask a change; a level asked with
// 多少 or "what was" does not.
func TestAsksChange(t *testing.T) {
	for q, want := range map[string]bool{
		"柳州那个区GDP占全市比重提升了多少?":                                                  true,
		"北京那个区PM2.5下降了多少?":                                                     true,
		"By how much did the Liuzhou district's share of the city's GDP rise?": true,
		"How much did fires fall in the Beijing district?":                     true,
		"柳州那个区GDP占全市比重是多少?":                                                    false,
		"What share of the city's GDP did the Liuzhou district make up?":       false,
		// A verb of change in a clause of purpose is not what is asked: the amount is.
		"How much has Daixi invested to increase farmers' incomes?": false,
		"How much did Shengze invest so that exports would grow?":   false,
		"How much did the town's industrial output grow?":           true,
		// "improve" is a verb of change of a rate as "rise" is.
		"How much did the resolution rate of the hotline improve?": true,
		"How much did Lili spend to improve its roads?":            false,
	} {
		if got := asksChange(retrieval.Analyze(q, nil)); got != want {
			t.Errorf("asksChange(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestChangeAskedFigure: asked by how much a share rose, a quote that states the share and its
// change answers with the change (较上年提升2.2个百分点), and the share's fact row (15.3%) does not
// answer; asked the share itself, the row still does.
func TestChangeAskedFigure(t *testing.T) {
	ix := retrievaltest.Index(t)
	const quote = "全区地区生产总值占全市比重达15.3%,较上年提升2.2个百分点。"
	share := []corpus.Fact{{Indicator: "地区生产总值", Kind: corpus.KindActual, Measure: "share", Value: 15.3, Unit: "%"}}
	for _, q := range []string{"柳州那个区GDP占全市比重提升了多少?", "By how much did the Liuzhou district's share of the city's GDP rise?"} {
		a := retrieval.Analyze(q, ix)
		figs := quoteFigures(a, quote)
		if len(figs) != 1 || quote[figs[0].v.Start:figs[0].v.End] != "2.2个百分点" {
			t.Errorf("%s: %d figures, want the 2.2个百分点 alone", q, len(figs))
		}
		if !levelRowsOnly(a, share, quote) {
			t.Errorf("%s: the share's row was taken to answer a change", q)
		}
	}
	level := retrieval.Analyze("柳州那个区GDP占全市比重是多少?", ix)
	if levelRowsOnly(level, share, quote) {
		t.Errorf("a question asking the share itself lost its row")
	}
	growth := []corpus.Fact{{Indicator: "地区生产总值", Kind: corpus.KindActual, Measure: "growth", Value: 0.1, Unit: "%"}}
	if levelRowsOnly(retrieval.Analyze("柳州那个区GDP增长了多少?", ix), growth, "2023年全区地区生产总值完成426.82亿元,同比增长0.1%。") {
		t.Errorf("a growth row was taken not to answer a change")
	}
}
