package store

import (
	"bytes"
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// clustered returns n unit vectors of dimension dim around c centres (a fixed random source),
// some of them repeated, as copies of one passage are.
func clustered(n, c, dim int) [][]float32 {
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	centres := make([][]float32, c)
	for i := range centres {
		centres[i] = make([]float32, dim)
		for j := range dim {
			centres[i][j] = float32(rng.NormFloat64())
		}
	}
	out := make([][]float32, n)
	for i := range out {
		if i%7 == 6 {
			out[i] = slices.Clone(out[i-1])
			continue
		}
		v := make([]float32, dim)
		for j := range v {
			v[j] = centres[i%c][j] + float32(0.6*rng.NormFloat64())
		}
		out[i] = UnitVector(v)
	}
	return out
}

// TestPartition: about n/ListSize lists with unit centroids, every vector in the list of its
// most similar centroid, the same partition from the same vectors, and a file that reads back.
func TestPartition(t *testing.T) {
	const dim = 16
	for _, n := range []int{0, 1, 5, ListSize, 3*ListSize + 17} {
		vecs := clustered(n, 9, dim)
		p := Partition(vecs, dim)
		if k := (n + ListSize - 1) / ListSize; len(p.Centroids) != k || len(p.List) != n {
			t.Fatalf("%d vectors: %d lists for %d, want %d", n, len(p.Centroids), len(p.List), k)
		}
		for l, c := range p.Centroids {
			if !reflect.DeepEqual(UnitVector(c), c) {
				t.Fatalf("%d vectors: centroid %d is not of unit length", n, l)
			}
		}
		for i, v := range vecs {
			got := dot(v, p.Centroids[p.List[i]])
			for l, c := range p.Centroids {
				if dot(v, c) > got {
					t.Fatalf("%d vectors: vector %d is in list %d, but list %d's centroid is nearer", n, i, p.List[i], l)
				}
			}
		}
		if q := Partition(vecs, dim); !reflect.DeepEqual(p, q) {
			t.Fatalf("%d vectors: two partitions of the same vectors differ", n)
		}
		var buf bytes.Buffer
		if err := writePartition(&buf, p, dim); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), listsFile)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got, ok, err := readPartition(path, n, dim)
		if err != nil || !ok {
			t.Fatalf("%d vectors: read back: %v, %v", n, ok, err)
		}
		if len(got.Centroids) == 0 {
			got.Centroids = p.Centroids // nil and empty
		}
		if !reflect.DeepEqual(got, p) {
			t.Fatalf("%d vectors: the file reads back as another partition", n)
		}
		if _, _, err := readPartition(path, n+1, dim); err == nil {
			t.Fatalf("%d vectors: a lists file of another segment's size was read", n)
		}
	}
	if _, ok, err := readPartition(filepath.Join(t.TempDir(), listsFile), 3, dim); ok || err != nil {
		t.Fatalf("no lists file: %v, %v; want none, no error", ok, err)
	}
}

// bigSegment returns a segment's content of n chunks of one report with vectors of dimension
// dim around a few centres.
func bigSegment(tag string, n, dim int) *SegmentData {
	src := "reports-" + tag + ".txt"
	d := &SegmentData{Dim: dim, Sources: []string{src}, Vectors: clustered(n, 11, dim),
		Reports: []corpus.Report{{Source: src, Report: 1, Title: "政府工作报告", Entity: "盛泽镇", Level: "镇", Year: 2023, Chunks: n, Paragraphs: 1}}}
	for i := range n {
		d.Chunks = append(d.Chunks, corpus.Chunk{ID: fmt.Sprintf("%s#1#%04d", src, i), Source: src, Report: 1, Entity: "盛泽镇", Level: "镇", Seq: i, Text: fmt.Sprintf("第%d段,工业投资增长%d%%。", i, i%13)})
	}
	return d
}

// exhaustive is the n chunks of g most similar to q (chromem-go's similarity: the float32 sum
// over every coordinate in order), ties to the earlier chunk.
func exhaustive(g *Generation, q []float32, n int) []ListHit {
	var all []ListHit
	for i := range g.Rows.Len() {
		var s float32
		for j, x := range g.Rows.Row(i) {
			s += q[j] * x
		}
		all = append(all, ListHit{Chunk: i, Similarity: s})
	}
	slices.SortFunc(all, func(a, b ListHit) int {
		if c := cmp.Compare(b.Similarity, a.Similarity); c != 0 {
			return c
		}
		return cmp.Compare(a.Chunk, b.Chunk)
	})
	return all[:min(n, len(all))]
}

// sameHits reports whether two rankings have the same similarities rank by rank and the same
// chunks at each, but for the last similarity's (chromem-go keeps which of equal documents it
// meets first where the ranking cuts them).
func sameHits(a, b []ListHit) bool {
	if len(a) != len(b) {
		return false
	}
	at := func(h []ListHit, s float32) []int {
		var out []int
		for _, x := range h {
			if x.Similarity == s {
				out = append(out, x.Chunk)
			}
		}
		return out
	}
	for i := range a {
		if a[i].Similarity != b[i].Similarity {
			return false
		}
		if s := a[i].Similarity; s != a[len(a)-1].Similarity && !slices.Equal(at(a, s), at(b, s)) {
			return false
		}
	}
	return true
}

// TestLists: every segment a writer writes carries its partition; Lists searching every list is
// the exhaustive search, chunk for chunk; a narrower probe finds only chunks of the lists it
// queried, most of the exhaustive ones on clustered vectors; a segment without a lists file is
// one list that every search queries; two generations sharing segments share their collections,
// which are given back when the last one closes.
func TestLists(t *testing.T) {
	const dim = 16
	dir := t.TempDir()
	l, err := Acquire(t.Context(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	var refs []SegmentRef
	for _, seg := range []struct {
		tag string
		n   int
	}{{"a", 5*ListSize + 3}, {"b", 2*ListSize - 1}, {"c", 40}} {
		ref, err := l.WriteSegment(t.Context(), bigSegment(seg.tag, seg.n, dim))
		if err != nil {
			t.Fatal(err)
		}
		refs = append(refs, ref)
	}
	g, err := l.OpenSegments(refs, dim)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	var parts []PartitionOf
	for _, s := range g.Segments {
		p, ok, err := readPartition(s.File(listsFile), s.Chunks, dim)
		if !ok || err != nil {
			t.Fatalf("segment %s: no lists file (%v)", s.Name, err)
		}
		parts = append(parts, p)
	}
	all, err := g.Lists()
	if err != nil {
		t.Fatal(err)
	}
	all.Probe = 0
	narrow, err := g.Lists()
	if err != nil {
		t.Fatal(err)
	}
	narrow.Probe = 2 * ListSize
	if all.Count() != g.Rows.Len() || all.NumLists() != 6+2+1 {
		t.Fatalf("%d chunks in %d lists; want %d in 9", all.Count(), all.NumLists(), g.Rows.Len())
	}
	var queries [][]float32 // chunks' own vectors, from every segment
	for i := 0; i < g.Rows.Len(); i += 47 {
		queries = append(queries, g.Rows.Row(i))
	}
	found, want := 0, 0
	for qi, q := range queries {
		got, err := all.Search(t.Context(), q, 20, nil)
		if err != nil {
			t.Fatal(err)
		}
		if ex := exhaustive(g, q, 20); !sameHits(got, ex) {
			t.Fatalf("query %d: every list %v, exhaustive %v", qi, got, ex)
		}
		part, err := narrow.Search(t.Context(), q, 20, nil)
		if err != nil {
			t.Fatal(err)
		}
		type list struct{ seg, list int }
		probed := map[list]bool{}
		held := 0
		for _, i := range narrow.probeOrder(q, narrow.admitted(nil)) {
			r := narrow.lists[i]
			probed[list{r.seg, r.list}] = true
			held += r.count
		}
		if held < narrow.Probe || held >= all.Count() {
			t.Fatalf("query %d: the probed lists hold %d chunks, want at least %d and fewer than all", qi, held, narrow.Probe)
		}
		for _, h := range part {
			k := slices.IndexFunc(g.Segments, func(s Segment) bool { return h.Chunk < s.FirstChunk+s.Chunks })
			if !probed[list{k, int(parts[k].List[h.Chunk-g.Segments[k].FirstChunk])}] {
				t.Fatalf("query %d: chunk %d is from a list the search did not query", qi, h.Chunk)
			}
			if slices.Contains(got, h) {
				found++
			}
		}
		want += len(got)
	}
	// Filtered: every list's search is the exhaustive one of the admitted chunks; a narrower
	// probe returns admitted chunks only.
	allow := func(i int) bool { return i%3 == 1 }
	for qi, q := range queries {
		got, err := all.Search(t.Context(), q, 20, allow)
		if err != nil {
			t.Fatal(err)
		}
		var ex []ListHit
		for _, h := range exhaustive(g, q, g.Rows.Len()) {
			if allow(h.Chunk) && len(ex) < 20 {
				ex = append(ex, h)
			}
		}
		if !sameHits(got, ex) {
			t.Fatalf("query %d, filtered: every list %v, exhaustive %v", qi, got, ex)
		}
		part, err := narrow.Search(t.Context(), q, 20, allow)
		if err != nil {
			t.Fatal(err)
		}
		if len(part) != 20 || slices.ContainsFunc(part, func(h ListHit) bool { return !allow(h.Chunk) }) {
			t.Fatalf("query %d, filtered: %v", qi, part)
		}
	}
	if found < want*9/10 {
		t.Errorf("a probe of %d of %d chunks found %d of the %d nearest chunks", narrow.Probe, all.Count(), found, want)
	}

	// Shared by a second generation (a reload): the same collections, built once.
	g2, err := l.OpenSegments(refs[1:], dim)
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Close()
	other, err := g2.Lists()
	if err != nil {
		t.Fatal(err)
	}
	if other.segs[0] != all.segs[1] || other.segs[1] != all.segs[2] {
		t.Fatal("a second generation rebuilt the shared segments' collections")
	}
	for _, x := range []*Lists{all, narrow} {
		if err := x.Close(); err != nil {
			t.Fatal(err)
		}
	}
	listsRegistry.Lock()
	n := len(listsRegistry.segs)
	listsRegistry.Unlock()
	if n != 2 {
		t.Fatalf("%d segments' collections held after the first generation's were closed; want the 2 still in use", n)
	}
	if got, err := other.Search(t.Context(), queries[0], 5, nil); err != nil || len(got) != 5 {
		t.Fatalf("after the first generation closed: %v, %v", got, err)
	}
	other.Close()
	listsRegistry.Lock()
	n = len(listsRegistry.segs)
	listsRegistry.Unlock()
	if n != 0 {
		t.Fatalf("%d segments' collections held after every Lists was closed", n)
	}

	// A segment written before lists files existed: one list, always queried.
	if err := os.Remove(g.Segments[0].File(listsFile)); err != nil {
		t.Fatal(err)
	}
	old, err := g.Lists()
	if err != nil {
		t.Fatal(err)
	}
	old.Probe = 1
	if old.NumLists() != 1+2+1 {
		t.Fatalf("without its lists file, the segment has %d lists; want 1 (and 3 others)", old.NumLists())
	}
	for qi, q := range queries[:5] {
		got, err := old.Search(t.Context(), q, 10, nil)
		if err != nil {
			t.Fatal(err)
		}
		held := 0
		for _, h := range got {
			if h.Chunk < g.Segments[0].Chunks {
				held++
			}
		}
		if ex := exhaustive(g, q, 10); held == 0 || !slices.Contains(got, ex[0]) && ex[0].Chunk < g.Segments[0].Chunks {
			t.Fatalf("query %d: the unpartitioned segment was not searched whole: %v (exhaustive %v)", qi, got, ex)
		}
	}

	old.Close()

	// A damaged lists file is an error that says what to do.
	if err := os.WriteFile(g.Segments[1].File(listsFile), []byte("RBIVF001 short"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Lists(); err == nil || !strings.Contains(err.Error(), "reportbot ingest") {
		t.Fatalf("a damaged lists file: %v", err)
	}
}
