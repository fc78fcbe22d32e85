package retrieval_test

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestReportHits: the passages read for a figure beyond the first hits are all of the report's
// and only its: the ranked ones first, in rank order, then the rest once each.
func TestReportHits(t *testing.T) {
	ix := retrievaltest.Index(t)
	k := ix.Chunk(0).Key()
	var own []int
	for i := 0; i < ix.NumChunks(); i++ {
		if ix.Chunk(i).Key() == k {
			own = append(own, i)
		}
	}
	if len(own) < 3 {
		t.Fatalf("report %v has %d passages, want at least 3", k, len(own))
	}
	other := -1
	for i := 0; i < ix.NumChunks() && other < 0; i++ {
		if ix.Chunk(i).Key() != k {
			other = i
		}
	}
	last, first := ix.Chunk(own[len(own)-1]), ix.Chunk(own[0])
	ranked := []retrieval.Hit{{Chunk: last, Score: 2}, {Chunk: ix.Chunk(other), Score: 1.5}, {Chunk: first, Score: 1}}
	got := retrieval.ReportHitsOf(ix, k, ranked)
	if len(got) != len(own) {
		t.Fatalf("%d hits, want the report's %d passages", len(got), len(own))
	}
	if got[0].Chunk.ID != last.ID || got[1].Chunk.ID != first.ID {
		t.Errorf("first hits %s, %s; want the ranked %s, %s", got[0].Chunk.ID, got[1].Chunk.ID, last.ID, first.ID)
	}
	seen := map[string]bool{}
	for _, h := range got {
		if h.Chunk.Key() != k || seen[h.Chunk.ID] {
			t.Errorf("hit %s: another report's or read twice", h.Chunk.ID)
		}
		seen[h.Chunk.ID] = true
	}
}
