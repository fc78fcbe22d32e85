package retrieval

import (
	"iter"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/store"
)

// Source is the seam between retrieval and the store (docs/SCALING.md, "The seam in the code"):
// the reads whose cost grows with the corpus, which an index opened with OpenSource makes only
// through it. Today's implementation is a local store generation (OpenIndex: files mapped or
// read on demand); a remote engine would answer the same calls, per shard. Everything a question
// needs of every report (profiles, fact rows, the lexicon) is small and comes in a Corpus.
//
// Chunks are numbered 0..NumChunks()-1 in one order that every method shares, each report's
// chunks contiguous and in reading order.
type Source interface {
	// NumChunks returns the number of chunks; ChunkReport the index (in Corpus.Reports) of chunk
	// i's report.
	NumChunks() int
	ChunkReport(i int) int
	// Chunk returns chunk i; ChunkRun reads chunks lo ≤ i < hi at once (one report's, for a
	// filter question) and returns a reader of them, and a function that frees what the reader
	// holds (the reader is not used after; chunks read stay valid); FindChunk finds a chunk by
	// its ID.
	Chunk(i int) (corpus.Chunk, bool)
	ChunkRun(lo, hi int) (read func(i int) (corpus.Chunk, bool), release func(), err error)
	FindChunk(id string) (int, bool)
	// Postings returns the chunks holding a lexical term (zh.Tokens of lexical.ChunkText) with
	// its frequency, in chunk order (nil: none); PostingParts calls fn with the same postings
	// part by part, in chunk order, each part's Doc counted from start (a store's segments: no
	// merged copy; ps is valid during the call only); DF returns how many chunks hold the term
	// without reading its postings; HasTerm reports whether chunk i holds the term. Terms returns every term;
	// DocLens and AvgLen the BM25 document lengths (in tokens) and their mean.
	Postings(term string) []lexical.Posting
	PostingParts(term string, fn func(start int, ps []lexical.Posting))
	DF(term string) int
	HasTerm(term string, i int) bool
	Terms() iter.Seq[string]
	DocLens() []float64
	AvgLen() float64
	// DenseColumn calls fn with coordinate j of every chunk's unit vector, part by part in chunk
	// order (col[k] is chunk start+k's; the parts cover every chunk once; col is valid during the
	// call only); DenseRow returns chunk i's unit vector. Neither may be changed.
	DenseColumn(j int, fn func(start int, col []float32))
	DenseRow(i int) []float32
}

// Corpus is what every question reads of every report: small enough to hold in each process
// (400,000 profiles are ~170 MB), and what place, year and fact matching run on.
type Corpus struct {
	Manifest store.Manifest
	Reports  []corpus.Report
	Facts    []corpus.Fact
	// FactTable, when set, holds the facts instead of Facts, each segment's read on first use
	// (a store generation's, OpenIndex).
	FactTable *store.FactTable
	// FactChunks holds each fact's chunk index, ascending (nil: unknown, and the facts are
	// indexed by chunk ID and report on first use).
	FactChunks []uint32
	// Lexicon is the open-vocabulary lexicon (nil: none; LexiconNote says why).
	Lexicon     *lexicon.Lexicon
	LexiconNote string
	// Pinyin holds the pinyin of the corpus's Han bigrams (nil: derived from Source on first use).
	Pinyin *store.PinyinKeys
}

// localSource is a Source on a local store generation: chunks read with pread, postings and
// vectors read in place from the mapped files.
type localSource struct{ g *store.Generation }

func (s localSource) NumChunks() int                   { return s.g.Chunks.Len() }
func (s localSource) ChunkReport(i int) int            { return s.g.Chunks.ReportIndex(i) }
func (s localSource) Chunk(i int) (corpus.Chunk, bool) { return s.g.Chunks.Chunk(i) }
func (s localSource) FindChunk(id string) (int, bool)  { return s.g.Chunks.Find(id) }
func (s localSource) ChunkRun(lo, hi int) (func(int) (corpus.Chunk, bool), func(), error) {
	r, err := s.g.Chunks.ReadRun(lo, hi)
	if err != nil {
		return nil, nil, err
	}
	return r.Chunk, r.Release, nil
}

// textHolder is a Source that says whether a chunk's text as written holds a string without
// decoding the chunk (store.ChunkTable.TextHolds): countReportsWriting asks it of a passage of
// each of thousands of reports.
type textHolder interface {
	TextHolds(i int, w string) (holds, ok bool)
}

func (s localSource) TextHolds(i int, w string) (bool, bool) { return s.g.Chunks.TextHolds(i, w) }

// runSections is a Source whose runs also compare two chunks' report, headings and order without
// decoding them (runHeaders): a report's section starts, and which passages have a next one,
// are then found without reading the texts of the passages (reportReader.sectionStartAt,
// reportReader.hasNext).
type runSections interface {
	ChunkRunSections(lo, hi int) (read func(int) (corpus.Chunk, bool), heads runHeaders, release func(), err error)
}

// runHeaders compares two chunks of a run from their records (store.ChunkRun): SameSection,
// whether they are of one report with the same headings; Follows, whether j is the passage
// right after i. ok is false when either is not in the run or is damaged.
type runHeaders interface {
	SameSection(i, j int) (same, ok bool)
	Follows(i, j int) (follows, ok bool)
}

// ChunkRunSections is ChunkRun with the run's headers.
func (s localSource) ChunkRunSections(lo, hi int) (func(int) (corpus.Chunk, bool), runHeaders, func(), error) {
	r, err := s.g.Chunks.ReadRun(lo, hi)
	if err != nil {
		return nil, nil, nil, err
	}
	return r.Chunk, r, r.Release, nil
}

func (s localSource) Postings(term string) []lexical.Posting { return s.g.Lexical.Lookup(term) }

// PostingParts reads each segment's list with pread (lexical.File.ReadLists): read in place, the
// lists of a question's terms kept ≈ 185 MB of lexical.bin resident at 10,000 reports.
func (s localSource) PostingParts(term string, fn func(int, []lexical.Posting)) {
	bp := postingBufs.Get().(*[]lexical.Posting)
	*bp = s.g.Lexical.ReadLists(term, *bp, fn)
	postingBufs.Put(bp)
}
func (s localSource) DF(term string) int              { return s.g.Lexical.DF(term) }
func (s localSource) HasTerm(term string, i int) bool { return s.g.Lexical.Has(term, i) }
func (s localSource) Terms() iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range s.g.Lexical.Terms() {
			if !yield(s.g.Lexical.Term(i)) {
				return
			}
		}
	}
}
func (s localSource) DocLens() []float64       { return s.g.Lexical.DocLens() }
func (s localSource) AvgLen() float64          { return s.g.Lexical.AvgLen() }
func (s localSource) DenseRow(i int) []float32 { return s.g.Rows.Row(i) }

// DenseColumn reads each segment's column with pread into one buffer (VectorFile.Column would
// copy them all into one slice, and reading the mapping keeps what it touched resident), the
// buffer kept for the next call (columnBufs).
func (s localSource) DenseColumn(j int, fn func(int, []float32)) {
	v := s.g.Vectors
	bp := columnBufs.Get().(*[]float32)
	buf := *bp
	for k := range v.Segments() {
		buf = v.ReadSegmentColumn(k, j, buf)
		fn(v.SegmentStart(k), buf)
	}
	*bp = buf
	columnBufs.Put(bp)
}
