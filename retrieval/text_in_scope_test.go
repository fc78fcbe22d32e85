package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// countingChunks is a memSource counting the chunks read one by one.
type countingChunks struct {
	*memSource
	reads int
}

func (s *countingChunks) Chunk(i int) (corpus.Chunk, bool) {
	s.reads++
	return s.memSource.Chunk(i)
}

// TestTextInScopeIntersectsPostings: a word the reports never write, each of whose bigrams
// they do (渔船舶: 渔船 of the fishing boats, 船舶 of the shipyard, never in one passage), is
// found in no passage without a passage being read: the postings of its bigrams are intersected
// first. A word they write is still found.
func TestTextInScopeIntersectsPostings(t *testing.T) {
	var src *countingChunks
	_, ix := indexOverSource(t, 1, func(m *memSource) Source { src = &countingChunks{memSource: m}; return src })
	for _, w := range []string{"渔船", "船舶"} {
		if !ix.textInScope(w, nil) {
			t.Fatalf("%s: not in the reports; the case tests nothing", w)
		}
	}
	src.reads = 0
	if ix.textInScope("渔船舶", nil) {
		t.Fatal("渔船舶 found in the reports")
	}
	if src.reads != 0 {
		t.Errorf("渔船舶: %d passages read, want none (no passage holds both 渔船 and 船舶)", src.reads)
	}
}
