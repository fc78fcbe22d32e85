package store

import (
	"slices"
	"testing"
)

// TestSegmentsShared: two generations that share a segment, open at once (serve's reload),
// read its files through one mapping, and the newer one reads on after the older is closed;
// ReadSegmentColumn reads what SegmentColumn maps.
func TestSegmentsShared(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(t.Context(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	var refs []SegmentRef
	dim := 0
	for _, name := range []string{"a", "b"} {
		s := newSnapshot(t, name)
		vecs, err := chunkVectors(s.DB, s.Chunks, s.Manifest.Dim)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := l.WriteSegment(t.Context(), &SegmentData{Reports: s.Reports, Chunks: s.Chunks, Facts: s.Facts, Vectors: vecs, Dim: s.Manifest.Dim, Sources: s.Manifest.Sources})
		if err != nil {
			t.Fatal(err)
		}
		refs, dim = append(refs, ref), s.Manifest.Dim
	}
	old, err := l.OpenSegments(refs[:1], dim)
	if err != nil {
		t.Fatal(err)
	}
	cur, err := l.OpenSegments(refs, dim)
	if err != nil {
		t.Fatal(err)
	}
	defer cur.Close()
	if cur.Vectors.Segments() != 2 || &old.Vectors.SegmentColumn(0, 0)[0] != &cur.Vectors.SegmentColumn(0, 0)[0] || &old.Rows.Row(0)[0] != &cur.Rows.Row(0)[0] {
		t.Fatal("the shared segment's vectors were mapped twice")
	}
	want := make([][]float32, cur.Vectors.Len())
	for i := range want {
		want[i] = slices.Clone(cur.Rows.Row(i))
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	var buf []float32
	for s := range cur.Vectors.Segments() {
		for j := range dim {
			buf = cur.Vectors.ReadSegmentColumn(s, j, buf)
			if !slices.Equal(buf, cur.Vectors.SegmentColumn(s, j)) {
				t.Fatalf("segment %d, column %d: read %v, mapped %v", s, j, buf, cur.Vectors.SegmentColumn(s, j))
			}
			for k, x := range buf {
				if want[cur.Vectors.SegmentStart(s)+k][j] != x {
					t.Fatalf("segment %d, column %d, chunk %d: %v, the row says %v", s, j, k, x, want[cur.Vectors.SegmentStart(s)+k][j])
				}
			}
		}
	}
	if cur.Lexical.Len() != cur.Chunks.Len() || cur.Lexical.DF("no such term") != 0 {
		t.Fatal("the lexical index is unreadable after the older generation was closed")
	}
}
