package store

import (
	"reflect"
	"testing"
)

// TestChunkRunSameSection: SameSection compares two chunks' report and headings from their
// records as the decoded chunks compare, and a run's chunks decode as Chunk does although they
// share the strings they repeat.
func TestChunkRunSameSection(t *testing.T) {
	dir := t.TempDir()
	s := newSnapshot(t, "a")
	s.Chunks[1].Section = []string{"二、2023年工作安排", "(一)经济发展"}
	s.Chunks[2].Section = []string{"二、2023年工作安排", "(一)经济发展"}
	mustWrite(t, dir, s)
	g, err := OpenGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	r, err := g.Chunks.ReadRun(0, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Release()
	for i := range 3 {
		c, ok := r.Chunk(i)
		want, _ := g.Chunks.Chunk(i)
		if !ok || !reflect.DeepEqual(c, want) {
			t.Fatalf("chunk %d from the run: %+v, want %+v", i, c, want)
		}
	}
	for _, tc := range []struct {
		i, j     int
		same, ok bool
	}{{0, 1, false, true}, {1, 2, true, true}, {2, 1, true, true}, {0, 0, true, true}, {2, 3, false, false}, {-1, 0, false, false}} {
		if same, ok := r.SameSection(tc.i, tc.j); same != tc.same || ok != tc.ok {
			t.Errorf("SameSection(%d, %d) = %v, %v; want %v, %v", tc.i, tc.j, same, ok, tc.same, tc.ok)
		}
	}
}
