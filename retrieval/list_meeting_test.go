package retrieval

import (
	"strings"
	"testing"
)

// TestMeetingBest: in a threshold list every report is checked against the condition, not
// only its likeliest sentence — a report whose best span states no figure meeting the number
// (推行工业项目“拿地即开工”审批模式改革) is judged by its best span that does (107个项目开工建设),
// and a span in the asked frame is kept to (9: 全年新引进并开工项目43个, not a plan).
func TestMeetingBest(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which reports say more than 30 projects started construction last year?", ix)
	sc := ix.newScorer(p)
	sc.fits = ix.timeFrame(p)
	sc.frameNamed = p.FrameNamed()
	scope := ix.scopeReports(p)
	ev, _ := ix.topic(sc, LexicalQuery(p), scope, nil)
	want := map[int]string{1: "107个项目开工建设", 9: "开工项目43个"}
	for _, e := range ev {
		if w, ok := want[e.Hit.Chunk.Report]; ok {
			if !strings.Contains(e.Lead+e.Sentence, w) {
				t.Errorf("report %d: evidence %q, want the span holding %s", e.Hit.Chunk.Report, e.Lead+e.Sentence, w)
			}
			delete(want, e.Hit.Chunk.Report)
		}
	}
	for r, w := range want {
		t.Errorf("report %d: no evidence, want the span holding %s", r, w)
	}
	// A span meets only with a figure past the number.
	if p.meetsThreshold("顺利推动河东北片区商业和公共服务综合体等12个项目开工建设。") {
		t.Error("12 projects meet more than 30")
	}
}
