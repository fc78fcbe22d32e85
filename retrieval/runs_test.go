package retrieval

import (
	"errors"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
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
	var src *failingRuns
	whole, ix := indexOverSource(t, 1, func(m *memSource) Source { src = &failingRuns{memSource: m}; return src })
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
