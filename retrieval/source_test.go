package retrieval

import (
	"context"
	"fmt"
	"iter"
	"reflect"
	"sort"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/store"
)

// memSource is a Source held in memory, as a second implementation of the seam would hold it
// elsewhere: chunks, postings built from them, and the vectors by chunk.
type memSource struct {
	chunks   []corpus.Chunk
	report   []int
	postings map[string][]lexical.Posting
	docLen   []float64
	vecs     [][]float32
	cols     [][]float32
}

func newMemSource(whole *Index) *memSource {
	s := &memSource{chunks: whole.chunks, vecs: whole.vecs}
	for _, r := range whole.chunkReport {
		s.report = append(s.report, int(r))
	}
	s.postings, s.docLen = lexical.Build(len(s.chunks), func(i int) string { return lexical.ChunkText(s.chunks[i]) })
	s.cols = make([][]float32, whole.Manifest.Dim)
	for j := range s.cols {
		for _, v := range s.vecs {
			s.cols[j] = append(s.cols[j], v[j])
		}
	}
	return s
}

func (s *memSource) NumChunks() int                   { return len(s.chunks) }
func (s *memSource) ChunkReport(i int) int            { return s.report[i] }
func (s *memSource) Chunk(i int) (corpus.Chunk, bool) { return s.chunks[i], true }
func (s *memSource) ChunkRun(lo, hi int) (func(int) (corpus.Chunk, bool), func(), error) {
	if lo < 0 || hi > len(s.chunks) || lo > hi {
		return nil, nil, fmt.Errorf("chunks %d..%d of %d", lo, hi, len(s.chunks))
	}
	return s.Chunk, func() {}, nil
}
func (s *memSource) FindChunk(id string) (int, bool) {
	for i, c := range s.chunks {
		if c.ID == id {
			return i, true
		}
	}
	return 0, false
}
func (s *memSource) Postings(term string) []lexical.Posting { return s.postings[term] }
func (s *memSource) Terms() iter.Seq[string] {
	return func(yield func(string) bool) {
		for t := range s.postings {
			if !yield(t) {
				return
			}
		}
	}
}
func (s *memSource) DocLens() []float64       { return s.docLen }
func (s *memSource) AvgLen() float64          { return lexical.AvgLen(s.docLen) }
func (s *memSource) DenseRow(i int) []float32 { return s.vecs[i] }

// DenseColumn and PostingParts split the chunks into two parts, as a store of two segments
// would.
func (s *memSource) DenseColumn(j int, fn func(int, []float32)) {
	h := len(s.chunks) / 2
	fn(0, s.cols[j][:h])
	fn(h, s.cols[j][h:])
}
func (s *memSource) PostingParts(term string, fn func(int, []lexical.Posting)) {
	ps, h := s.postings[term], int32(len(s.chunks)/2)
	k := sort.Search(len(ps), func(k int) bool { return ps[k].Doc >= h })
	if k > 0 {
		fn(0, ps[:k])
	}
	if k < len(ps) {
		rest := make([]lexical.Posting, len(ps)-k)
		for i, p := range ps[k:] {
			rest[i] = lexical.Posting{Doc: p.Doc - h, TF: p.TF}
		}
		fn(int(h), rest)
	}
}
func (s *memSource) DF(term string) int { return len(s.postings[term]) }
func (s *memSource) HasTerm(term string, i int) bool {
	ps := s.postings[term]
	k := sort.Search(len(ps), func(k int) bool { return int(ps[k].Doc) >= i })
	return k < len(ps) && int(ps[k].Doc) == i
}

// indexOverSource opens the store of n times the bundled corpus twice: decoded (whole), and
// through the Source that wrap makes of its chunks in memory (ix).
func indexOverSource(t *testing.T, n int, wrap func(*memSource) Source) (whole, ix *Index) {
	t.Helper()
	snap, err := store.Open(scale.Store(t, n))
	if err != nil {
		t.Fatal(err)
	}
	fn := embed.Local(embed.LocalDim)
	whole, err = NewIndex(snap, embed.LocalName, embed.LocalDim, fn)
	if err != nil {
		t.Fatal(err)
	}
	c := Corpus{Manifest: snap.Manifest, Reports: snap.Reports, Facts: snap.Facts, Lexicon: snap.Lexicon, LexiconNote: snap.LexiconNote}
	ix, err = OpenSource(c, wrap(newMemSource(whole)), embed.LocalName, embed.LocalDim, fn, nil)
	if err != nil {
		t.Fatal(err)
	}
	return whole, ix
}

// TestOpenSource: an index on another Source than the local store (here one in memory) answers
// every eval question as the decoded store does — the seam is all retrieval reads.
func TestOpenSource(t *testing.T) {
	whole, ix := indexOverSource(t, 3, func(m *memSource) Source { return m })
	ctx := context.Background()
	for _, q := range evalQuestions(t) {
		a := Analyze(q, whole)
		if b := Analyze(q, ix); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: plans differ:\n%+v\n%+v", q, a, b)
		}
		want, err := whole.Search(ctx, a, 10)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ix.Search(ctx, a, 10)
		if err != nil {
			t.Fatal(err)
		}
		got.ix, got.Passages, want.ix, want.Passages = nil, nil, nil, nil
		if !reflect.DeepEqual(got, want) && !denseTies(t, whole, a) {
			t.Fatalf("%q: the index on a memory Source differs from the decoded store's", q)
		}
	}
}
