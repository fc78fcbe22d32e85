package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// testLexicon is a lexicon built from a two-entry dictionary (no embedded CC-CEDICT needed).
func testLexicon() *lexicon.Lexicon {
	entries := []cedict.Entry{
		cedict.NewEntry("足球", "soccer ball; football"),
		cedict.NewEntry("幼儿园", "kindergarten"),
	}
	return lexicon.BuildFrom(entries, slices.Values([]string{"足球特色学校", "新建幼儿园2所"}))
}

func TestLexiconRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s := newSnapshot(t, "a")
	s.Lexicon = testLexicon()
	gen := mustWrite(t, dir, s)
	if _, err := os.Stat(filepath.Join(dir, gen, lexiconFile)); err != nil {
		t.Fatalf("generation has no %s: %v", lexiconFile, err)
	}
	got, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got.Lexicon == nil || got.LexiconNote != "" {
		t.Fatalf("Open: lexicon %v, note %q; want the lexicon written", got.Lexicon, got.LexiconNote)
	}
	if got.Lexicon.Stats() != s.Lexicon.Stats() {
		t.Errorf("lexicon stats %+v, want %+v", got.Lexicon.Stats(), s.Lexicon.Stats())
	}
	if m, ok := got.Lexicon.Lookup("football"); !ok || m.Terms[0].Chinese != "足球" {
		t.Errorf("Lookup(football) = %+v, %v; want 足球", m, ok)
	}
}

// A store written without a lexicon (or by an older reportbot) still opens, with a nil lexicon
// and a note saying to re-ingest; so does one whose lexicon is corrupt.
func TestLexiconMissingOrCorrupt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	gen := mustWrite(t, dir, newSnapshot(t, "a"))
	if err := os.Remove(filepath.Join(dir, gen, lexiconFile)); err != nil {
		t.Fatal(err)
	}
	got, err := Open(dir)
	if err != nil {
		t.Fatalf("Open without a lexicon: %v", err)
	}
	if got.Lexicon != nil || !strings.Contains(got.LexiconNote, "no lexicon") || !strings.Contains(got.LexiconNote, "reportbot ingest") {
		t.Errorf("Open without a lexicon: lexicon %v, note %q", got.Lexicon, got.LexiconNote)
	}
	if err := os.WriteFile(filepath.Join(dir, gen, lexiconFile), []byte("reportbot-lexicon\n\x09garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = Open(dir)
	if err != nil {
		t.Fatalf("Open with a corrupt lexicon: %v", err)
	}
	if got.Lexicon != nil || !strings.Contains(got.LexiconNote, "unusable") || !strings.Contains(got.LexiconNote, "reportbot ingest") {
		t.Errorf("Open with a corrupt lexicon: lexicon %v, note %q", got.Lexicon, got.LexiconNote)
	}
}
