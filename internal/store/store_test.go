package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
)

const testDim = 4

// errEmbed is the embedding function handed to chromem-go in these tests: vectors are always
// given, so any call to it is a mistake (and nil would make chromem-go call a remote API).
func errEmbed(context.Context, string) ([]float32, error) {
	return nil, errors.New("test: embedding function must not be called")
}

// unit returns the i-th unit vector of dimension testDim.
func unit(i int) []float32 {
	v := make([]float32, testDim)
	v[i%testDim] = 1
	return v
}

// newSnapshot builds a small snapshot whose texts carry tag, so generations can be told apart.
func newSnapshot(tb testing.TB, tag string) *Snapshot {
	tb.Helper()
	ctx := context.Background()
	texts := []string{
		"2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;",
		"规上工业总产值675亿元,增长10%;",
		"全社会固定资产投资97.5亿元,增长8%;工业投资47亿元,增长10%。",
	}
	s := &Snapshot{
		Manifest: Manifest{
			Created:    time.Date(2024, 4, 28, 14, 31, 0, 0, time.UTC),
			Embedder:   "test-unit",
			Dim:        testDim,
			Sources:    []string{"reports-" + tag + ".txt"},
			ChunkChars: 300,
		},
		Reports: []corpus.Report{{
			Source: "reports-" + tag + ".txt", Report: 1, Title: "政府工作报告", Entity: "盛泽镇", Level: "镇",
			Year: 2023, City: "苏州市", Province: "江苏省", Evidence: []string{"我代表盛泽镇人民政府"},
			Chunks: len(texts), Paragraphs: 1,
		}},
		DB: chromem.NewDB(),
	}
	coll, err := s.DB.CreateCollection(Collection, nil, errEmbed)
	if err != nil {
		tb.Fatal(err)
	}
	for i, text := range texts {
		id := fmt.Sprintf("%s-%d", tag, i)
		s.Chunks = append(s.Chunks, corpus.Chunk{
			ID: id, Source: s.Reports[0].Source, Report: 1, Entity: "盛泽镇", Level: "镇",
			Section: []string{"二、2023年工作安排"}, Seq: i, Text: text,
		})
		doc := chromem.Document{ID: id, Content: text, Embedding: unit(i), Metadata: map[string]string{"tag": tag}}
		if err := coll.AddDocument(ctx, doc); err != nil {
			tb.Fatal(err)
		}
	}
	s.Facts = []corpus.Fact{{
		Source: s.Reports[0].Source, Report: 1, Entity: "盛泽镇", Level: "镇",
		Indicator: "一般公共预算收入", Wording: "一般公共预算收入", Kind: corpus.KindTarget, Measure: "growth",
		Value: 8, Unit: "%", ValueText: "8%", Qualifier: "确保", Comparator: ">=",
		Sentence: texts[0], ChunkID: tag + "-0",
	}}
	return s
}

// mustWrite writes s to dir and returns its generation.
func mustWrite(tb testing.TB, dir string, s *Snapshot) string {
	tb.Helper()
	if err := Write(context.Background(), dir, s); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	if s.Generation == "" {
		tb.Fatal("Write did not set the generation")
	}
	return s.Generation
}

// entries lists the names in dir other than CURRENT and LOCK, sorted.
func entries(tb testing.TB, dir string) []string {
	tb.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if e.Name() != currentFile && e.Name() != lockFile && !strings.HasPrefix(e.Name(), segPrefix) {
			out = append(out, e.Name())
		}
	}
	slices.Sort(out)
	return out
}

// checkOpens opens dir and checks that it holds the generation gen written from want.
func checkOpens(tb testing.TB, dir, gen string, want *Snapshot) {
	tb.Helper()
	got, err := Open(dir)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	if got.Generation != gen {
		tb.Errorf("Open: generation %s, want %s", got.Generation, gen)
	}
	if !reflect.DeepEqual(got.Chunks, want.Chunks) {
		tb.Errorf("Open: chunks %+v, want %+v", got.Chunks, want.Chunks)
	}
	coll, err := got.Collection(errEmbed)
	if err != nil {
		tb.Fatalf("Collection: %v", err)
	}
	if coll.Count() != len(want.Chunks) {
		tb.Errorf("collection holds %d documents, want %d", coll.Count(), len(want.Chunks))
	}
}

func TestWriteOpenRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store") // Write creates it
	want := newSnapshot(t, "a")
	gen := mustWrite(t, dir, want)
	if !strings.HasPrefix(gen, genPrefix) {
		t.Errorf("generation %q lacks the %q prefix", gen, genPrefix)
	}

	if cur, err := Current(dir); err != nil || cur != gen {
		t.Fatalf("Current = %q, %v; want %q", cur, err, gen)
	}
	wantManifest := want.Manifest
	wantManifest.Version, wantManifest.Reports, wantManifest.Chunks, wantManifest.Facts = FormatVersion, 1, 3, 1
	if !reflect.DeepEqual(want.Manifest, wantManifest) {
		t.Errorf("Write did not fill the manifest: %+v", want.Manifest)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		t.Fatalf("ReadManifest: %v", err)
	}
	if !reflect.DeepEqual(m, wantManifest) {
		t.Errorf("ReadManifest = %+v, want %+v", m, wantManifest)
	}

	got, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got.Generation != gen {
		t.Errorf("Open: generation %q, want %q", got.Generation, gen)
	}
	if !reflect.DeepEqual(got.Manifest, wantManifest) {
		t.Errorf("Open: manifest %+v, want %+v", got.Manifest, wantManifest)
	}
	if !got.Manifest.Created.Equal(want.Manifest.Created) {
		t.Errorf("Open: created %v, want %v", got.Manifest.Created, want.Manifest.Created)
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"reports", got.Reports, want.Reports},
		{"chunks", got.Chunks, want.Chunks},
		{"facts", got.Facts, want.Facts},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("Open: %s\n got %+v\nwant %+v", c.name, c.got, c.want)
		}
	}

	coll, err := got.Collection(errEmbed)
	if err != nil {
		t.Fatalf("Collection: %v", err)
	}
	if coll.Count() != len(want.Chunks) {
		t.Fatalf("collection holds %d documents, want %d", coll.Count(), len(want.Chunks))
	}
	ctx := context.Background()
	for i, ch := range want.Chunks {
		doc, err := coll.GetByID(ctx, ch.ID)
		if err != nil {
			t.Fatalf("GetByID(%s): %v", ch.ID, err)
		}
		if !reflect.DeepEqual(doc.Embedding, unit(i)) {
			t.Errorf("document %s = %+v, want embedding %v", ch.ID, doc, unit(i))
		}
		res, err := coll.QueryEmbedding(ctx, unit(i), 1, nil, nil)
		if err != nil {
			t.Fatalf("QueryEmbedding: %v", err)
		}
		if len(res) != 1 || res[0].ID != ch.ID || math.Abs(float64(res[0].Similarity)-1) > 1e-6 {
			t.Errorf("QueryEmbedding(unit(%d)) = %+v, want %s with similarity 1", i, res, ch.ID)
		}
	}
	// The collection is bound to the embedding function handed in, not chromem-go's default.
	if _, err := coll.Query(ctx, "一般公共预算收入", 1, nil, nil); err == nil || !strings.Contains(err.Error(), "must not be called") {
		t.Errorf("Query by text: err = %v, want the test embedding function's error", err)
	}
}

func TestNoStore(t *testing.T) {
	for _, tc := range []struct {
		name string
		dir  func(t *testing.T) string
	}{
		{"empty directory", func(t *testing.T) string { return t.TempDir() }},
		{"missing directory", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nope") }},
		{"generations but no CURRENT", func(t *testing.T) string {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, genPrefix+"x"), 0o755); err != nil {
				t.Fatal(err)
			}
			return dir
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tc.dir(t)
			if _, err := Current(dir); !errors.Is(err, ErrNoStore) {
				t.Errorf("Current: err = %v, want ErrNoStore", err)
			}
			if _, err := ReadManifest(dir); !errors.Is(err, ErrNoStore) {
				t.Errorf("ReadManifest: err = %v, want ErrNoStore", err)
			}
			if s, err := Open(dir); !errors.Is(err, ErrNoStore) || s != nil {
				t.Errorf("Open = %v, %v; want nil, ErrNoStore", s, err)
			}
		})
	}
}

func TestWriteReplacesAndPrunes(t *testing.T) {
	dir := t.TempDir()
	var gens []string
	for _, tag := range []string{"a", "b", "c", "d"} {
		s := newSnapshot(t, tag)
		gen := mustWrite(t, dir, s)
		if slices.Contains(gens, gen) {
			t.Fatalf("generation %s reused", gen)
		}
		gens = append(gens, gen)
		checkOpens(t, dir, gen, s)

		// The current generation and the previous one are kept; older ones, and the
		// temporary directory, are gone.
		want := gens[max(0, len(gens)-2):]
		if got := entries(t, dir); !reflect.DeepEqual(got, want) {
			t.Errorf("after writing %s the store holds %q, want %q", tag, got, want)
		}
		checkSegments(t, dir)
	}
	// The previous generation stays readable for a server still loading it.
	var m Manifest
	if err := readJSON(filepath.Join(dir, gens[len(gens)-2], manifestFile), &m); err != nil {
		t.Fatal(err)
	}
	prev := filepath.Join(dir, m.Segments[0].Name, chunksFile)
	if _, err := os.Stat(prev); err != nil {
		t.Errorf("previous generation unreadable: %v", err)
	}
}

func TestWriteFailureKeepsPrevious(t *testing.T) {
	for _, tc := range []struct {
		name    string
		setup   func(t *testing.T, dir string) context.Context
		wantErr string
	}{
		{
			name: "context cancelled",
			setup: func(t *testing.T, dir string) context.Context {
				ctx, cancel := context.WithCancel(context.Background())
				cancel()
				return ctx
			},
			wantErr: context.Canceled.Error(),
		},
		{
			name: "CURRENT cannot be replaced",
			setup: func(t *testing.T, dir string) context.Context {
				failStep(t, "current")
				return context.Background()
			},
			wantErr: "write CURRENT",
		},
		{
			name: "generation cannot be renamed into place",
			setup: func(t *testing.T, dir string) context.Context {
				failStep(t, "rename")
				return context.Background()
			},
			wantErr: "install store generation",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			first := newSnapshot(t, "a")
			gen := mustWrite(t, dir, first)
			ctx := tc.setup(t, dir)

			second := newSnapshot(t, "b")
			err := Write(ctx, dir, second)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Write: err = %v, want one containing %q", err, tc.wantErr)
			}
			if want := "the store is unchanged and still serves " + gen; !strings.Contains(err.Error(), want) {
				t.Errorf("Write: err = %v, want it to say %q", err, want)
			}
			if cur, err := Current(dir); err != nil || cur != gen {
				t.Errorf("Current = %q, %v after a failed write; want %q", cur, err, gen)
			}
			checkOpens(t, dir, gen, first)
			var gens []string
			for _, e := range entries(t, dir) {
				if strings.Contains(e, genPrefix) {
					gens = append(gens, e)
				}
			}
			if !reflect.DeepEqual(gens, []string{gen}) {
				t.Errorf("after a failed write the store holds %q, want only %q", gens, gen)
			}
		})
	}
}

func TestWriteUnwritableDir(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "file")
	if err := os.WriteFile(file, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "store")} {
		s := newSnapshot(t, "a")
		if err := Write(context.Background(), dir, s); err == nil {
			t.Errorf("Write(%s) succeeded where a file stands in the way", dir)
		}
		if s.Generation != "" {
			t.Errorf("Write(%s) failed but set generation %q", dir, s.Generation)
		}
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != "not a directory" {
		t.Errorf("the file in the way changed: %q, %v", b, err)
	}
}

// TestWriteNilDB: a snapshot without vectors is a caller error, reported as an error.
func TestWriteNilDB(t *testing.T) {
	dir := t.TempDir()
	first := newSnapshot(t, "a")
	gen := mustWrite(t, dir, first)
	s := newSnapshot(t, "b")
	s.DB = nil
	var err error
	panicked := func() (p any) {
		defer func() { p = recover() }()
		err = Write(context.Background(), dir, s)
		return nil
	}()
	if panicked != nil {
		t.Fatalf("Write with a nil DB panics (%v) instead of returning an error", panicked)
	}
	if err == nil {
		t.Error("Write with a nil DB succeeded")
	}
	checkOpens(t, dir, gen, first)
}

// TestWritePrunesDeadTempDirs: an interrupted ingest leaves a .tmp-gen-* directory holding a
// whole generation (and perhaps a CURRENT temporary); the next Write removes them, however
// young, because holding the lock proves their writer is gone.
func TestWritePrunesDeadTempDirs(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".tmp-"+genPrefix+"123456")
	if err := os.MkdirAll(stale, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, chunksFile), []byte("[]"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, tmpCurrentPrefix+"123"), []byte("gen-x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, tmpSegPrefix+"1"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, segPrefix+"orphan"), 0o755); err != nil {
		t.Fatal(err)
	}
	gen := mustWrite(t, dir, newSnapshot(t, "a"))
	checkSegments(t, dir)
	if got := entries(t, dir); !reflect.DeepEqual(got, []string{gen}) {
		t.Errorf("after Write the store holds %q, want only %q: prune must remove the .tmp-gen-* directories of dead runs", got, gen)
	}
}

func TestCurrentNotAGeneration(t *testing.T) {
	for _, content := range []string{
		"chunks.json\n",
		"../elsewhere\n",
		genPrefix + "../../etc\n",
		genPrefix + `a\b`,
		"\n",
		"",
	} {
		t.Run(fmt.Sprintf("%q", content), func(t *testing.T) {
			dir := t.TempDir()
			mustWrite(t, dir, newSnapshot(t, "a"))
			if err := os.WriteFile(filepath.Join(dir, currentFile), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			for name, f := range map[string]func() error{
				"Current":      func() error { _, err := Current(dir); return err },
				"ReadManifest": func() error { _, err := ReadManifest(dir); return err },
				"Open":         func() error { _, err := Open(dir); return err },
			} {
				err := f()
				if err == nil || errors.Is(err, ErrNoStore) || !strings.Contains(err.Error(), "not a generation") ||
					!strings.Contains(err.Error(), "reportbot ingest") {
					t.Errorf("%s: err = %v, want a not-a-generation error that says to re-run ingest", name, err)
				}
			}
		})
	}
}

func TestCurrentNamesMissingGeneration(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, currentFile), []byte(genPrefix+"gone\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if gen, err := Current(dir); err != nil || gen != genPrefix+"gone" {
		t.Errorf("Current = %q, %v; want %q (trimmed)", gen, err, genPrefix+"gone")
	}
	if _, err := Open(dir); err == nil || errors.Is(err, ErrNoStore) || !strings.Contains(err.Error(), "reportbot ingest") {
		t.Errorf("Open: err = %v, want a read error that says to re-run ingest", err)
	}
}

func TestOpenFormatVersion(t *testing.T) {
	dir := t.TempDir()
	s := newSnapshot(t, "a")
	gen := mustWrite(t, dir, s)
	m := s.Manifest
	m.Version = FormatVersion + 1
	if err := writeFile(filepath.Join(dir, gen, manifestFile), jsonWriter(m)); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "format version") {
		t.Errorf("Open: err = %v, want a format version error", err)
	}
}

func TestCollection(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "a"))
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := s.Collection(nil); err == nil || c != nil {
		t.Errorf("Collection(nil) = %v, %v; want an error", c, err)
	}

	// A generation without chunks (written from a DB without the chunk collection) opens with an
	// empty collection.
	empty := &Snapshot{Manifest: Manifest{Embedder: "test-unit", Dim: testDim}, DB: chromem.NewDB()}
	mustWrite(t, dir, empty)
	s, err = Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if c, err := s.Collection(errEmbed); err != nil || c.Count() != 0 {
		t.Errorf("Collection on a generation without chunks = %v, %v; want an empty collection", c, err)
	}
}

// openedTwice writes a one-report store and opens it twice: fresh, to read its tables at once,
// and held, opened before its segments are pruned (pruneSegments) and asked only after; both are
// closed when the test ends.
func openedTwice(t *testing.T) (fresh, held *Generation) {
	t.Helper()
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "a"))
	return openTest(t, dir), openTest(t, dir)
}

// openedStore writes a one-report store and opens it, closed when the test ends.
func openedStore(t *testing.T) *Generation {
	t.Helper()
	dir := t.TempDir()
	mustWrite(t, dir, newSnapshot(t, "a"))
	return openTest(t, dir)
}

// openTest opens the generation in dir, closed when the test ends.
func openTest(t *testing.T, dir string) *Generation {
	t.Helper()
	g, err := OpenGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

// pruneSegments removes g's segment directories from disk, as a later writer's prune does while
// serve still answers from g.
func pruneSegments(t *testing.T, g *Generation) {
	t.Helper()
	for _, s := range g.Segments {
		if err := os.RemoveAll(s.Dir); err != nil {
			t.Fatal(err)
		}
	}
}
