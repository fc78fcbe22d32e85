package store

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestOpenGeneration checks the mapped generation against the one decoded whole, and that an
// extra file (Snapshot.Files) lands in the generation.
func TestOpenGeneration(t *testing.T) {
	dir := t.TempDir()
	s := newSnapshot(t, "a")
	s.Files = map[string]func(w io.Writer) error{"extra.bin": func(w io.Writer) error {
		_, err := w.Write([]byte("x"))
		return err
	}}
	gen := mustWrite(t, dir, s)
	whole, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := OpenGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if g.Name != gen || !reflect.DeepEqual(g.Manifest, whole.Manifest) || !reflect.DeepEqual(g.Reports, whole.Reports) || !reflect.DeepEqual(mustFacts(t, g), whole.Facts) {
		t.Fatalf("mapped generation %s differs from the decoded one", g.Name)
	}
	if b, err := os.ReadFile(g.File("extra.bin")); err != nil || string(b) != "x" {
		t.Errorf("extra file: %q, %v", b, err)
	}
	for i, c := range whole.Chunks {
		got, ok := g.Chunks.Chunk(i)
		if !ok || !reflect.DeepEqual(got, c) {
			t.Fatalf("chunk %d: %+v, want %+v", i, got, c)
		}
		if j, ok := g.Chunks.Find(c.ID); !ok || j != i {
			t.Errorf("Find(%q) = %d, %v", c.ID, j, ok)
		}
		if !slices.Equal(g.Vectors.Vector(i), unit(i)) {
			t.Errorf("vector %d = %v, want %v", i, g.Vectors.Vector(i), unit(i))
		}
	}
	if _, ok := g.Chunks.Find("zz"); ok {
		t.Error("Find of an unknown ID succeeded")
	}
	if ps := g.Lexical.Lookup("工业"); len(ps) != 2 {
		t.Errorf("postings of 工业: %v, want two chunks", ps)
	}
	if g.Lexical.Lookup("不在") != nil {
		t.Error("an unknown term has postings")
	}
	s.Files = map[string]func(w io.Writer) error{chunksFile: nil}
	if err := Write(t.Context(), dir, s); err == nil {
		t.Error("an extra file named like the store's own was written")
	}
}

// TestOpenGenerationDamaged: a truncated or missing file, or an old format, is an error that
// says to re-run ingest, never a panic.
func TestOpenGenerationDamaged(t *testing.T) {
	for _, name := range []string{chunksFile, factsFile, lexicalFile, mappedFile, reportsFile} {
		for _, cut := range []int{0, 9, -1} {
			dir := t.TempDir()
			mustWrite(t, dir, newSnapshot(t, "a"))
			m, err := ReadManifest(dir)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, m.Segments[0].Name, name)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if cut < 0 {
				err = os.Remove(path)
			} else {
				err = os.WriteFile(path, b[:min(cut, len(b))], 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			if _, err := OpenGeneration(dir); err == nil || !strings.Contains(err.Error(), "reportbot ingest") {
				t.Errorf("%s cut to %d: err = %v, want one that says to re-run ingest", name, cut, err)
			}
		}
	}
	dir := t.TempDir()
	gen := mustWrite(t, dir, newSnapshot(t, "a"))
	m := filepath.Join(dir, gen, manifestFile)
	b, _ := os.ReadFile(m)
	if err := os.WriteFile(m, []byte(strings.Replace(string(b), `"version":4`, `"version":3`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(m, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(m, []byte(strings.Replace(string(b), `"name":"seg-`, `"name":"../seg-`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenGeneration(dir); err == nil || !strings.Contains(err.Error(), "not a segment") {
		t.Errorf("a segment outside the store: err = %v", err)
	}
	if err := os.WriteFile(m, []byte(strings.Replace(string(b), `"version":4`, `"version":3`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenGeneration(dir); err == nil || !strings.Contains(err.Error(), "format version 3") || !strings.Contains(err.Error(), "`reportbot ingest --replace") {
		t.Errorf("old store: err = %v", err)
	}
}

// TestChunkRunRelease: chunks decoded from a run stay as they were after the run is released
// and its buffer holds another run's records; a run of each chunk decodes as Chunk does.
func TestChunkRunRelease(t *testing.T) {
	g := openedStore(t)
	var kept []corpus.Chunk
	for round := range 3 {
		for i := range g.Chunks.Len() {
			r, err := g.Chunks.ReadRun(i, i+1)
			if err != nil {
				t.Fatal(err)
			}
			c, ok := r.Chunk(i)
			want, _ := g.Chunks.Chunk(i)
			if !ok || !reflect.DeepEqual(c, want) {
				t.Fatalf("run of chunk %d: %+v, want %+v", i, c, want)
			}
			r.Release()
			r.Release() // twice is harmless
			if round == 0 {
				kept = append(kept, c)
			}
		}
	}
	for i, c := range kept {
		if want, _ := g.Chunks.Chunk(i); !reflect.DeepEqual(c, want) {
			t.Errorf("chunk %d changed after its run was released: %+v", i, c)
		}
	}
}

// mustFacts returns every fact of g (read on first use).
func mustFacts(t *testing.T, g *Generation) []corpus.Fact {
	t.Helper()
	fs, err := g.Facts.All()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}
