package store

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestSegmentWithoutCommit: a writer killed between writing a segment and installing the
// generation that names it leaves the store as it was (the segment is named by no generation),
// and the next writer prunes the segment.
func TestSegmentWithoutCommit(t *testing.T) {
	dir := t.TempDir()
	gen := mustWrite(t, dir, newSnapshot(t, "a"))
	l, err := Acquire(t.Context(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := newSnapshot(t, "b")
	vecs, err := chunkVectors(s.DB, s.Chunks, s.Manifest.Dim)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := l.WriteSegment(t.Context(), &SegmentData{Reports: s.Reports, Chunks: s.Chunks, Facts: s.Facts, Vectors: vecs, Dim: s.Manifest.Dim, Sources: s.Manifest.Sources})
	if err != nil {
		t.Fatal(err)
	}
	l.Release() // the writer dies here: no Commit, no DiscardSegments
	if cur, err := Current(dir); err != nil || cur != gen {
		t.Fatalf("CURRENT = %q, %v; want %s", cur, err, gen)
	}
	checkOpens(t, dir, gen, newSnapshot(t, "a"))
	if _, err := os.Stat(filepath.Join(dir, ref.Name)); err != nil {
		t.Fatalf("the dead writer's segment: %v", err)
	}
	mustWrite(t, dir, newSnapshot(t, "c"))
	if _, err := os.Stat(filepath.Join(dir, ref.Name)); !os.IsNotExist(err) {
		t.Errorf("the dead writer's segment %s was not pruned (%v)", ref.Name, err)
	}
	checkSegments(t, dir)
}

// checkSegments checks that the segment directories in dir are exactly those its generations
// name.
func checkSegments(tb testing.TB, dir string) {
	tb.Helper()
	named := map[string]bool{}
	for _, gen := range entries(tb, dir) {
		var m Manifest
		if err := readJSON(filepath.Join(dir, gen, manifestFile), &m); err != nil {
			tb.Fatal(err)
		}
		for _, s := range m.Segments {
			named[s.Name] = true
		}
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range es {
		if strings.HasPrefix(e.Name(), segPrefix) && !named[e.Name()] {
			tb.Errorf("segment %s is named by no generation, and was not pruned", e.Name())
		}
		delete(named, e.Name())
	}
	for name := range named {
		tb.Errorf("segment %s is named by a generation, but is missing", name)
	}
}

// TestOpenCatalog: the catalog holds the generation's reports and facts, usable after the
// generation's files are closed.
func TestOpenCatalog(t *testing.T) {
	dir := t.TempDir()
	want := newSnapshot(t, "a")
	gen := mustWrite(t, dir, want)
	c, err := OpenCatalog(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c.Generation != gen || !reflect.DeepEqual(c.Reports, want.Reports) || !reflect.DeepEqual(c.Facts, want.Facts) || c.Manifest.Chunks != len(want.Chunks) {
		t.Errorf("catalog %s: %d reports, %d facts, %d chunks; want %s, %d, %d, %d", c.Generation, len(c.Reports), len(c.Facts), c.Manifest.Chunks, gen, len(want.Reports), len(want.Facts), len(want.Chunks))
	}
}
