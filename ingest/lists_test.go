package ingest

import (
	"testing"

	"github.com/reportbot/reportbot/internal/store"
)

// checkLists checks that serve's chromem-go lists of the store in db hold every chunk once, each
// the chunk its own vector finds first: every segment's lists file matches its chunks, whichever
// writer wrote the segment (add, replace, remove, compaction).
func checkLists(t *testing.T, db string) {
	t.Helper()
	g, err := store.OpenGeneration(db)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	lists, err := g.Lists()
	if err != nil {
		t.Fatal(err)
	}
	defer lists.Close()
	if lists.Count() != g.Rows.Len() || lists.NumLists() < len(g.Segments) {
		t.Fatalf("%d chunks in %d lists; the store has %d chunks in %d segments", lists.Count(), lists.NumLists(), g.Rows.Len(), len(g.Segments))
	}
	for i := range g.Rows.Len() {
		hits, err := lists.Search(t.Context(), g.Rows.Row(i), 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].Similarity < 0.9999 {
			t.Fatalf("chunk %d: its own vector finds %v", i, hits)
		}
	}
}
