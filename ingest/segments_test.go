package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/store"
)

func localEmbedder() ingest.Embedder {
	return ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
}

// decadeFiles writes a small decade corpus (18 places, 2 years: 4 files of 9 reports).
func decadeFiles(t *testing.T) []string {
	t.Helper()
	m, err := scale.GenerateDecade(t.TempDir(), scale.Options{Places: 18, Years: 2, Seed: scale.Seed, SameName: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Paths) < 4 {
		t.Fatalf("the corpus has %d files, want at least 4", len(m.Paths))
	}
	return m.Paths
}

func run(t *testing.T, db string, paths []string, opts ingest.Options) {
	t.Helper()
	opts.Embedder = localEmbedder()
	if _, err := ingest.Run(context.Background(), db, paths, opts); err != nil {
		t.Fatal(err)
	}
}

// TestSegmentsMatchFromScratch: a store built from scratch in one segment, one built in many
// small segments (compacted), and one built by adding the files one run at a time (with a
// source replaced, removed and added back on the way) hold the same generation: reports, chunks,
// facts, vectors, the lexical index's postings and statistics, and the lexicon. Retrieval reads
// a store only through these, so every question gets the same answer from each.
func TestSegmentsMatchFromScratch(t *testing.T) {
	files := decadeFiles(t)
	root := t.TempDir()
	whole := filepath.Join(root, "whole")
	run(t, whole, files, ingest.Options{})

	small := filepath.Join(root, "small")
	run(t, small, files, ingest.Options{SegmentChunks: 40})

	added := filepath.Join(root, "added")
	for i, f := range files {
		run(t, added, []string{f}, ingest.Options{Add: true})
		if i == 2 {
			// Replace a kept source by itself, remove one and add it back: the rewritten
			// segments land at the end, so put the order back by re-adding the later files.
			run(t, added, []string{files[1]}, ingest.Options{Add: true})
			run(t, added, nil, ingest.Options{Remove: []string{filepath.Base(files[0])}})
			run(t, added, files[:1], ingest.Options{Add: true})
			run(t, added, files[1:3], ingest.Options{Add: true})
		}
	}
	want := openStore(t, whole)
	if len(want.Manifest.Segments) != 1 {
		t.Errorf("from scratch: %d segments, want 1", len(want.Manifest.Segments))
	}
	for _, db := range []string{small, added} {
		got := openStore(t, db)
		if n := len(got.Manifest.Segments); n < 2 || n > ingest.MaxSmallSegments {
			t.Errorf("%s: %d segments, want 2 to %d", filepath.Base(db), n, ingest.MaxSmallSegments)
		}
		sameStore(t, filepath.Base(db), got, want)
	}
}

func openStore(t *testing.T, db string) *store.Generation {
	t.Helper()
	g, err := store.OpenGeneration(db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

func sameStore(t *testing.T, name string, got, want *store.Generation) {
	t.Helper()
	gotFacts, err := got.Facts.All()
	if err != nil {
		t.Fatal(err)
	}
	wantFacts, err := want.Facts.All()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Reports, want.Reports) || !reflect.DeepEqual(gotFacts, wantFacts) || !slices.Equal(got.Manifest.Sources, want.Manifest.Sources) {
		t.Fatalf("%s: reports, facts or sources differ from the store built from scratch", name)
	}
	if got.Chunks.Len() != want.Chunks.Len() {
		t.Fatalf("%s: %d chunks, want %d", name, got.Chunks.Len(), want.Chunks.Len())
	}
	for i := range want.Chunks.Len() {
		a, _ := got.Chunks.Chunk(i)
		b, _ := want.Chunks.Chunk(i)
		if !reflect.DeepEqual(a, b) || got.Chunks.ReportIndex(i) != want.Chunks.ReportIndex(i) {
			t.Fatalf("%s: chunk %d differs", name, i)
		}
		if j, ok := got.Chunks.Find(b.ID); !ok || j != i {
			t.Fatalf("%s: Find(%s) = %d, %v", name, b.ID, j, ok)
		}
		if !slices.Equal(got.Vectors.Vector(i), want.Vectors.Vector(i)) || !slices.Equal(got.Rows.Row(i), want.Vectors.Vector(i)) {
			t.Fatalf("%s: vector %d differs (columns or rows)", name, i)
		}
	}
	if want.FactChunks == nil || !slices.Equal(got.FactChunks, want.FactChunks) {
		t.Fatalf("%s: the facts' chunk indices differ (or are missing)", name)
	}
	if want.Pinyin == nil || got.Pinyin == nil || !reflect.DeepEqual(*got.Pinyin, *want.Pinyin) {
		t.Fatalf("%s: the pinyin keys differ (or are missing)", name)
	}
	if got.Lexical.AvgLen() != want.Lexical.AvgLen() || !slices.Equal(got.Lexical.DocLens(), want.Lexical.DocLens()) || got.Lexical.Terms() != want.Lexical.Terms() {
		t.Fatalf("%s: lexical statistics differ: avg %v/%v, terms %d/%d", name, got.Lexical.AvgLen(), want.Lexical.AvgLen(), got.Lexical.Terms(), want.Lexical.Terms())
	}
	want.Lexical.Each(func(term string, ps []lexical.Posting) {
		if g := got.Lexical.Lookup(term); !slices.Equal(g, ps) || got.Lexical.DF(term) != len(ps) {
			t.Fatalf("%s: postings of %q differ", name, term)
		}
	})
	var a, b bytes.Buffer
	if got.Lexicon == nil || want.Lexicon == nil {
		t.Fatalf("%s: no lexicon (%s / %s)", name, got.LexiconNote, want.LexiconNote)
	}
	got.Lexicon.WriteTo(&a)
	want.Lexicon.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("%s: the lexicon differs from the one built from scratch", name)
	}
}

// TestAddWritesOneSegment: adding a report writes one new segment and names the others as they
// are (same directories, untouched); removing a source rewrites only the segment that held it.
func TestAddWritesOneSegment(t *testing.T) {
	files := decadeFiles(t)
	db := filepath.Join(t.TempDir(), "db")
	run(t, db, files[:3], ingest.Options{SegmentChunks: 1}) // a segment per file
	before := openStore(t, db).Manifest.Segments
	stamp := map[string]int64{}
	for _, s := range before {
		info, err := os.Stat(filepath.Join(db, s.Name, "chunks.bin"))
		if err != nil {
			t.Fatal(err)
		}
		stamp[s.Name] = info.ModTime().UnixNano()
	}
	run(t, db, files[3:4], ingest.Options{Add: true})
	after := openStore(t, db).Manifest.Segments
	if len(after) != len(before)+1 || !reflect.DeepEqual(after[:len(before)], before) {
		t.Fatalf("after an add the segments are %v, want %v and one more", names(after), names(before))
	}
	for _, s := range before {
		info, err := os.Stat(filepath.Join(db, s.Name, "chunks.bin"))
		if err != nil || info.ModTime().UnixNano() != stamp[s.Name] {
			t.Errorf("kept segment %s was rewritten or removed (%v)", s.Name, err)
		}
	}
	run(t, db, nil, ingest.Options{Remove: []string{filepath.Base(files[1])}})
	removed := openStore(t, db).Manifest.Segments
	if len(removed) != len(after)-1 || !reflect.DeepEqual(removed[0], after[0]) || !reflect.DeepEqual(removed[1:], after[2:]) {
		t.Errorf("after removing the second file the segments are %v, want %v without the second", names(removed), names(after))
	}
}

func names(segs []store.SegmentRef) string {
	var out []string
	for _, s := range segs {
		out = append(out, s.Name)
	}
	return strings.Join(out, " ")
}
