package ingest

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// checkRuns holds the store's per-indicator table (every segment's indicator runs file) to the
// table of the generation's chunks as they are now: an add, a replacement or a removal leaves
// each run listed for exactly the passages that hold it.
func checkRuns(t *testing.T, db string) {
	t.Helper()
	g, chunks := openChunks(t, db)
	defer g.Close()
	tab, err := g.IndicatorRuns()
	if err != nil || tab == nil {
		t.Fatalf("no per-indicator table: %v", err)
	}
	listed := 0
	for _, x := range store.PassageRuns(chunks, store.IndicatorRuns()) {
		got, ok := tab.Passages(x.Run)
		if !ok || !slices.Equal(got, x.Passages) {
			t.Fatalf("%s: the store lists %v (%v), its chunks %v", x.Run, got, ok, x.Passages)
		}
		listed += len(got)
	}
	if listed == 0 {
		t.Fatal("the table lists no passage")
	}
}

// openChunks opens the store's current generation and reads all its chunks, in its order; the
// caller closes the generation.
func openChunks(t *testing.T, db string) (*store.Generation, []corpus.Chunk) {
	t.Helper()
	g, err := store.OpenGeneration(db)
	if err != nil {
		t.Fatal(err)
	}
	chunks := make([]corpus.Chunk, g.Chunks.Len())
	for i := range chunks {
		c, ok := g.Chunks.Chunk(i)
		if !ok {
			g.Close()
			t.Fatalf("chunk %d unreadable", i)
		}
		chunks[i] = c
	}
	return g, chunks
}
