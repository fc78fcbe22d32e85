package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestRespectiveItemInRun: a Chinese question that runs a 分别 list's item into its words
// (生产安全事故死亡人数下降了多少) is answered with that item's figure (30.4% of 死亡人数), not the
// list's first; a bare short item (起数) inside a run names nothing by itself.
func TestRespectiveItemInRun(t *testing.T) {
	ix := retrievaltest.Index(t)
	const quote = "生产安全事故起数、死亡人数分别下降23.5%、30.4%。"
	a := retrieval.Analyze("北京那个区生产安全事故死亡人数下降了多少?", ix)
	figs := quoteFigures(a, quote)
	if len(figs) != 1 || quote[figs[0].v.Start:figs[0].v.End] != "30.4%" {
		var got []string
		for _, f := range figs {
			got = append(got, quote[f.v.Start:f.v.End])
		}
		t.Errorf("figures %v, want 30.4%% alone", got)
	}
	run := retrieval.Plan{Lang: "zh", Terms: []retrieval.Term{{From: "事故起数下降", Variants: []string{"事故起数下降"}, Weight: 1}}}
	if got := respectiveTerm(run, "起数"); got != "" {
		t.Errorf("respectiveTerm(起数) = %q, want none: too short to be named inside a run", got)
	}
	if got := respectiveTerm(run, "事故起数"); got != "事故起数" {
		t.Errorf("respectiveTerm(事故起数) = %q, want the item", got)
	}
}
