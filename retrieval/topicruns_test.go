package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/store"
)

// runQuestions are questions over every report whose decisive term is an indicator (the table
// decides for them) and some whose topic is not (it must not).
var runQuestions = []string{
	"Compare the GDP growth targets of all towns.", "Which towns set a GDP growth target of at least 8%?",
	"哪些镇的地区生产总值增长目标超过6%?", "Which towns target revenue growth of at least 8%?",
	"哪些镇的一般公共预算收入增长目标是8%?", "比较各镇固定资产投资增长目标", "哪些镇提到了规模以上工业增加值?",
	"Which reports give a target for total retail sales of consumer goods?", "哪些镇提到了工业投资?",
	"哪些报告提到了单位地区生产总值能耗?", "哪些镇提到了乡村振兴?", "Which reports mention elderly care?",
}

// TestIndicatorRunsSound holds the per-indicator table to scorer.topical on every passage of the
// bundled corpus: where the table decides (runBitsOf is not nil), a passage it does not list has
// no topical span. The table must decide for the GDP questions and rule out a passage the topic
// gate keeps (one that names GDP only in a ratio's measure).
func TestIndicatorRunsSound(t *testing.T) {
	ix := bundledIndex(t)
	table := store.NewIndicatorRunTable(store.PassageRuns(ix.chunks, store.IndicatorRuns()))
	decided, beyondGate := 0, 0
	for _, q := range append(runQuestions, gateQuestions...) {
		sc := ix.newScorer(Analyze(q, ix))
		sc.requireTopic = true
		g := ix.newTopicGate(sc, nil)
		bits := ix.runBitsOf(g, table)
		if bits == nil {
			t.Logf("%s: the table does not decide", q)
			continue
		}
		decided++
		g.texts = nil
		out := 0
		for i, c := range ix.chunks {
			if bits[i>>6]&(1<<(i&63)) != 0 {
				continue
			}
			out++
			p := gatePassage{doc: i, c: c, next: -1}
			if n, ok := ix.nextChunk(c); ok {
				p.next, p.n = i+1, n
			}
			if g.may(&p) {
				beyondGate++
			}
			for _, sp := range sc.spans(c) {
				if sc.topical(sp.lead + sp.text) {
					t.Fatalf("%s: passage %s: span %q+%q is topical, but the table lists it for none of the topic runs", q, c.ID, sp.lead, sp.text)
				}
			}
		}
		t.Logf("%s: %d of %d passages not listed", q, out, len(ix.chunks))
	}
	if decided < 4 {
		t.Errorf("the table decided for %d questions, want the GDP and revenue ones at least", decided)
	}
	if beyondGate == 0 {
		t.Error("the table ruled out no passage the topic gate keeps")
	}
}

// TestMayDecideSparesOnlyUndecided: the test that spares a question the reading of the table
// (mayDecide) never skips a table that would decide, and skips it for topics no indicator has.
func TestMayDecideSparesOnlyUndecided(t *testing.T) {
	ix := bundledIndex(t)
	table := store.NewIndicatorRunTable(store.PassageRuns(ix.chunks, store.IndicatorRuns()))
	spared := 0
	for _, q := range append(runQuestions, gateQuestions...) {
		sc := ix.newScorer(Analyze(q, ix))
		g := ix.newTopicGate(sc, nil)
		decides := ix.runBitsOf(g, table) != nil
		if may := mayDecide(g); may != decides {
			t.Errorf("%s: mayDecide %v, the table decides %v", q, may, decides)
		} else if !may {
			spared++
		}
	}
	if spared == 0 {
		t.Error("no question was spared the table")
	}
}
