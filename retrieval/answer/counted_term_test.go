package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestZhCountedTermWeighs: of a quote's list of counts, a Chinese how-many question states the one
// of the thing its 多少个 counts (区“科技领军人才”25个), not one nearer its verb (新增人才公寓1300套)
// or the list's first item (新增省“双创人才”1个).
func TestZhCountedTermWeighs(t *testing.T) {
	ix := retrievaltest.Index(t)
	const quote = "建立高层次创新人才信息库,围绕高显示度科创人才、时尚创意类人才引进,抓好人才项目招引落户,力争新增省“双创人才”1个、市“姑苏人才”10个、区“科技领军人才”25个,完成“双招双引”项目80个,新增人才公寓1300套。"
	for q, want := range map[string]string{
		"盛泽今年要新增多少个区科技领军人才?": "25个",
		"盛泽今年要新增多少个市姑苏人才?":   "10个",
	} {
		a := retrieval.Analyze(q, ix)
		figs := quoteFigures(a, quote)
		if len(figs) != 1 || quote[figs[0].v.Start:figs[0].v.End] != want {
			var got []string
			for _, f := range figs {
				got = append(got, quote[f.v.Start:f.v.End])
			}
			t.Errorf("%s: figures %v, want %s", q, got, want)
		}
	}
	if term, ok := retrieval.CountedTerm(retrieval.Analyze("盛泽今年要新增多少个区科技领军人才?", ix)); !ok || term != "区科技领军人才" {
		t.Errorf("CountedTerm = %q, %v", term, ok)
	}
}
