package retrieval

import (
	"errors"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// failingRuns is a memSource whose ChunkRun fails, counting the calls.
type failingRuns struct {
	*memSource
	calls int
}

func (s *failingRuns) ChunkRun(int, int) (func(int) (corpus.Chunk, bool), func(), error) {
	s.calls++
	return nil, nil, errors.New("run unreadable")
}

// TestReportReaderRunFailsOnce: a report reader whose run cannot be read tries once, then reads
// each chunk on its own, and returns the same chunks.
func TestReportReaderRunFailsOnce(t *testing.T) {
	snap, err := store.Open(scale.Store(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	fn := embed.Local(embed.LocalDim)
	whole, err := NewIndex(snap, embed.LocalName, embed.LocalDim, fn)
	if err != nil {
		t.Fatal(err)
	}
	src := &failingRuns{memSource: newMemSource(whole)}
	c := Corpus{Manifest: snap.Manifest, Reports: snap.Reports, Facts: snap.Facts, Lexicon: snap.Lexicon, LexiconNote: snap.LexiconNote}
	ix, err := OpenSource(c, src, embed.LocalName, embed.LocalDim, fn, nil)
	if err != nil {
		t.Fatal(err)
	}
	k := ix.Reports[0].Key()
	lo, hi, ok := ix.reportRun(k)
	if !ok || hi-lo < 2 {
		t.Fatalf("report %v: run %d..%d (%v), want one of two chunks or more", k, lo, hi, ok)
	}
	rr := ix.reportReaderOf(k)
	for i := lo; i < hi; i++ {
		if got, want := rr.chunk(i), whole.Chunk(i); got.ID != want.ID || got.Text != want.Text {
			t.Errorf("chunk %d: %q, want %q", i, got.ID, want.ID)
		}
	}
	if src.calls != 1 {
		t.Errorf("ChunkRun called %d times, want once", src.calls)
	}
}
