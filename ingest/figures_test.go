package ingest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/store"
)

// checkFigures holds the store's per-passage figures table (every segment's figures file) to the
// table of the generation's chunks as they are now: an add, a replacement or a removal leaves
// each passage with exactly the figures its spans may state, at its index in the generation.
func checkFigures(t *testing.T, db string) {
	t.Helper()
	g, chunks := openChunks(t, db)
	defer g.Close()
	tab, err := g.Figures()
	if err != nil || tab == nil {
		t.Fatalf("no figures table: %v", err)
	}
	key := func(v num.Value) string {
		return fmt.Sprint(v.Number, v.Multiplier, v.Scale, v.Unit, v.Noun, v.Qualifier, v.Approx)
	}
	figures := 0
	for i, want := range store.PassageFigures(chunks) {
		var got []string
		_, known := tab.Lists(i, func(v num.Value) bool {
			got = append(got, key(v))
			return false
		})
		var w []string
		for _, vs := range append(append(slices.Clone(want.Sentences), want.Heads...), want.Joins) {
			for _, v := range vs {
				w = append(w, key(v))
			}
		}
		if !known || !slices.Equal(got, w) {
			t.Fatalf("passage %d (%s): the store holds %v (known %v), its chunks state %v", i, chunks[i].ID, got, known, w)
		}
		figures += len(got)
	}
	if figures == 0 {
		t.Fatal("the table holds no figure")
	}
	if _, known := tab.Lists(len(chunks), func(num.Value) bool { return true }); known {
		t.Fatal("a passage beyond the generation is known")
	}
}
