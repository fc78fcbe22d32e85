package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// countingEmbedder is the local embedder, counting the texts it embeds and cancelling cancel
// (when set) once it has embedded any.
func countingEmbedder(n *atomic.Int64, cancel context.CancelFunc) Embedder {
	local := embed.Local(embed.LocalDim)
	return EmbedderFunc(embed.LocalName, embed.LocalDim, func(ctx context.Context, text string) ([]float32, error) {
		n.Add(1)
		if cancel != nil {
			cancel()
		}
		return local(ctx, text)
	})
}

func sourcesOf(t *testing.T, db string) []string {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range s.Reports {
		out = append(out, r.Source+"/"+r.Entity)
	}
	slices.Sort(out)
	return out
}

// TestIncremental: adding a file keeps the store's other reports without embedding them again;
// ingesting a source again replaces it; --remove drops one; --replace rebuilds from the files
// alone; an interrupted add leaves the store as it was.
func TestIncremental(t *testing.T) {
	db, report, _ := seededStore(t)
	dir := t.TempDir()
	other := writeFileForTest(t, dir, "hongshan.txt", []byte(strings.ReplaceAll(smallReport, "青柳镇", "红山镇")))
	var embedded atomic.Int64
	opts := Options{Embedder: countingEmbedder(&embedded, nil), Add: true}
	ctx := context.Background()

	if _, err := Run(ctx, db, []string{other}, opts); err != nil {
		t.Fatal(err)
	}
	if got, want := sourcesOf(t, db), []string{"hongshan.txt/红山镇", "qingliu.txt/青柳镇"}; !slices.Equal(got, want) {
		t.Fatalf("after adding: %v, want %v", got, want)
	}
	m, err := store.ReadManifest(db)
	if err != nil {
		t.Fatal(err)
	}
	if int(embedded.Load()) != m.Chunks/2 {
		t.Errorf("adding one report embedded %d texts; the store has %d chunks, half of them new", embedded.Load(), m.Chunks)
	}
	g, err := store.OpenGeneration(db) // the merged generation is consistent (chunks, lexical, vectors)
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	checkRuns(t, db)
	checkFigures(t, db)

	// The same source again, changed: it replaces the old one.
	changed := writeFileForTest(t, t.TempDir(), "qingliu.txt", []byte(strings.ReplaceAll(smallReport, "青柳镇", "青松镇")))
	if _, err := Run(ctx, db, []string{changed}, opts); err != nil {
		t.Fatal(err)
	}
	if got, want := sourcesOf(t, db), []string{"hongshan.txt/红山镇", "qingliu.txt/青松镇"}; !slices.Equal(got, want) {
		t.Fatalf("after re-ingesting a source: %v, want %v", got, want)
	}
	checkLists(t, db)
	checkRuns(t, db)
	checkFigures(t, db)

	// Remove one source; a source the store does not hold is an error that changes nothing.
	gen, _ := store.Current(db)
	if _, err := Run(ctx, db, nil, Options{Embedder: opts.Embedder, Remove: []string{"nosuch.txt"}}); err == nil || !strings.Contains(err.Error(), "no such source") {
		t.Errorf("removing an unknown source: err = %v", err)
	}
	checkUnchanged(t, db, gen)
	if _, err := Run(ctx, db, nil, Options{Embedder: opts.Embedder, Remove: []string{"qingliu.txt"}}); err != nil {
		t.Fatal(err)
	}
	if got, want := sourcesOf(t, db), []string{"hongshan.txt/红山镇"}; !slices.Equal(got, want) {
		t.Fatalf("after removing: %v, want %v", got, want)
	}
	checkLists(t, db)
	checkRuns(t, db)
	checkFigures(t, db)
	if _, err := Run(ctx, db, nil, Options{Embedder: opts.Embedder, Remove: []string{"hongshan.txt"}}); !errors.Is(err, ErrNothingToIngest) {
		t.Errorf("removing the last source: err = %v, want ErrNothingToIngest", err)
	}

	// An add interrupted while embedding leaves the store as it was.
	gen, _ = store.Current(db)
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var n atomic.Int64
	if _, err := Run(cctx, db, []string{report}, Options{Embedder: countingEmbedder(&n, cancel), Add: true}); err == nil {
		t.Fatal("an interrupted add succeeded")
	}
	checkUnchanged(t, db, gen)

	// An add interrupted after its segment is written, before the new generation is installed
	// (what a kill between the two leaves), leaves the store as it was.
	cctx, cancel = context.WithCancel(ctx)
	defer cancel()
	if _, err := Run(cctx, db, []string{report}, Options{Embedder: opts.Embedder, Add: true, Progress: &cancelAt{stage: "writing", cancel: cancel}}); err == nil {
		t.Fatal("an add interrupted before its generation was installed succeeded")
	}
	checkUnchanged(t, db, gen)

	// --replace (Add false) rebuilds from the files alone.
	if _, err := Run(ctx, db, []string{report}, Options{Embedder: opts.Embedder}); err != nil {
		t.Fatal(err)
	}
	if got, want := sourcesOf(t, db), []string{"qingliu.txt/青柳镇"}; !slices.Equal(got, want) {
		t.Fatalf("after a rebuild: %v, want %v", got, want)
	}

	// Another chunk size cannot be mixed into the store.
	if _, err := Run(ctx, db, []string{other}, Options{Embedder: opts.Embedder, Add: true, ChunkChars: 120}); err == nil || !strings.Contains(err.Error(), "--chunk-chars") {
		t.Errorf("adding with another chunk size: err = %v", err)
	}
}

// TestCompaction: many small adds leave at most MaxSegments segments, merged from their own
// files, and the store holds every report added, in order.
func TestCompaction(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	dir := t.TempDir()
	emb := localEmbedderForTest()
	towns := []string{"红山镇", "青松镇", "白塔镇", "金河镇", "石桥镇", "东湖镇", "西岭镇", "南港镇", "北坡镇", "柳溪镇", "桃源镇", "松林镇"}
	var want []string
	for i, town := range towns {
		name := fmt.Sprintf("r%02d.txt", i)
		p := writeFileForTest(t, dir, name, []byte(strings.ReplaceAll(smallReport, "青柳镇", town)))
		if _, err := Run(context.Background(), db, []string{p}, Options{Embedder: emb, Add: true}); err != nil {
			t.Fatal(err)
		}
		want = append(want, name)
		m, err := store.ReadManifest(db)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Segments) > MaxSmallSegments {
			t.Fatalf("after %d adds: %d segments, want at most %d", i+1, len(m.Segments), MaxSmallSegments)
		}
		if !slices.Equal(m.Sources, want) {
			t.Fatalf("after %d adds: sources %v, want %v", i+1, m.Sources, want)
		}
	}
	checkUnchanged(t, db, mustCurrent(t, db))
	checkLists(t, db)
	checkRuns(t, db)
	checkFigures(t, db)
}

func mustCurrent(t *testing.T, db string) string {
	t.Helper()
	gen, err := store.Current(db)
	if err != nil {
		t.Fatal(err)
	}
	return gen
}

func TestCompactionPlan(t *testing.T) {
	for _, c := range []struct {
		chunks []int
		full   int
		want   [][2]int
	}{
		{[]int{5, 5, 5}, 100, nil},
		{[]int{100, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}, 100, nil}, // large segments are never merged
		{[]int{100, 1, 1, 100, 1, 1, 1, 1, 1, 1, 1}, 100, [][2]int{{1, 3}}},
		{[]int{50, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 100, [][2]int{{1, 3}, {3, 5}}},
		{[]int{30, 1, 2, 1, 2, 1, 2, 1, 2, 1, 24}, 100, [][2]int{{1, 3}, {3, 5}}},
	} {
		if got := compactionPlan(c.chunks, c.full); !reflect.DeepEqual(got, c.want) {
			t.Errorf("compactionPlan(%v, %d) = %v, want %v", c.chunks, c.full, got, c.want)
		}
	}
}

// TestRewriteEmbedsNothing: removing or replacing one of a segment's sources rewrites that
// segment from its own files: the other source's chunks are never embedded again (with a model
// embedder, never sent to the API), and keep their vectors.
func TestRewriteEmbedsNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	a := writeFileForTest(t, dir, "a.txt", []byte(smallReport))
	b := writeFileForTest(t, dir, "b.txt", []byte(strings.ReplaceAll(smallReport, "青柳镇", "红山镇")))
	var n atomic.Int64
	emb := countingEmbedder(&n, nil)
	ctx := context.Background()
	if _, err := Run(ctx, db, []string{a, b}, Options{Embedder: emb}); err != nil {
		t.Fatal(err)
	}
	g, err := store.OpenGeneration(db)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Segments) != 1 {
		t.Fatalf("%d segments, want 1", len(g.Segments))
	}
	want := map[string][]float32{}
	for i := range g.Chunks.Len() {
		c, _ := g.Chunks.Chunk(i)
		want[c.ID] = g.Vectors.Vector(i)
	}
	g.Close()
	n.Store(0)
	if _, err := Run(ctx, db, nil, Options{Embedder: emb, Remove: []string{"a.txt"}}); err != nil {
		t.Fatal(err)
	}
	if n.Load() != 0 {
		t.Errorf("removing a.txt embedded %d texts, want none", n.Load())
	}
	g, err = store.OpenGeneration(db)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if !slices.Equal(g.Manifest.Sources, []string{"b.txt"}) || g.Chunks.Len() == 0 {
		t.Fatalf("after the remove: sources %v, %d chunks", g.Manifest.Sources, g.Chunks.Len())
	}
	for i := range g.Chunks.Len() {
		c, _ := g.Chunks.Chunk(i)
		if !slices.Equal(g.Vectors.Vector(i), want[c.ID]) {
			t.Errorf("chunk %s's vector changed in the rewrite", c.ID)
		}
	}
}
