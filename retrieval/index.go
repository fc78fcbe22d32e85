// Package retrieval owns the first two steps of the question path, which flows one way:
//
//   - plan (Analyze, FollowUp, Apply): the pure reading of a question — language, places resolved
//     and unresolved, years, time frame (Intent), indicators, comparator, numbers, level, whether
//     it compares reports, and the search terms (glossary translation for English) — against a
//     small Vocabulary (place matching, known tokens), not the whole index;
//   - search ((*Index).Search): one call returning one Result — passages ranked by reciprocal
//     rank fusion of BM25 over Chinese tokens, dense search through chromem-go and fact lookup,
//     within the plan's scope; their sentences scored against the plan (IDF weighting, coverage,
//     quote narrowing: all ranking lives here); the best evidence and the facts it states;
//     matching facts; each report's best evidence for filter questions; the profiles needed to
//     label them.
//
// Composing the answer from (Plan, Result), and the model stage, are package retrieval/answer's.
package retrieval

import (
	"context"
	"fmt"
	"math"
	"sync"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/store"
)

// Index is everything retrieval needs from one store generation. It is read-only after NewIndex
// and safe for concurrent use.
type Index struct {
	Manifest store.Manifest
	Reports  []corpus.Report
	// facts are the facts, read segment by segment on first use (factaccess.go).
	facts *store.FactTable

	// The chunks: in memory (chunks, from NewIndex), or read on demand through src (OpenSource).
	// chunkReport holds each chunk's index in Reports.
	chunks      []corpus.Chunk
	src         Source
	chunkReport []int32
	// firstChunk holds the index of each report's first chunk (by index in Reports) when every
	// report's chunks are contiguous; see chunkBySeq.
	firstChunk []int32
	// runEnd holds the index after each report's last chunk, with firstChunk.
	runEnd []int32
	// factsOfReport returns the indices of each report's facts (by index in Reports), in Facts
	// order; built on first use.
	factsOfReport func() [][]int32
	// factsByName returns the indices of the facts by Indicator and by Wording, in Facts order
	// (indexFactsByName); built on first use.
	factsByName func() map[string][]int32

	bm25 *BM25
	// col is the chromem-go collection unfiltered dense search queries in an index built whole
	// (NewIndex); lists are the partitioned collections `serve` queries instead (OpenIndex). A
	// one-shot process has neither and scores the mapped columns.
	col   *chromem.Collection
	lists *store.Lists
	// vecs holds each chunk's vector (by chunk index), shared with the collection: dense search
	// scores them directly instead of through chromem's Query, which scores and sorts every
	// document and, with a filter chromem cannot express, returns them all. A one-shot index
	// opened on a Source reads its columns instead (columns).
	vecs [][]float32
	// columns says that dense search scores src's columns (a one-shot process).
	columns   bool
	embed     embed.Func
	chunkByID map[string]int
	reportOf  map[corpus.ReportKey]int
	// factsOf returns the indices of each chunk's facts (by chunk ID), in Facts order; built on
	// first use when factChunk is nil.
	factsOf func() map[string][]int
	// factChunk holds each fact's chunk index, ascending (Corpus.FactChunks): a chunk's or a
	// report's facts are then a binary search away (chunkFacts, reportFacts).
	factChunk []uint32
	matcher   *places.Matcher
	// placeReports maps a place name to the reports it identifies, by tier: 0 the report's own
	// entity, 1 its city or province, 2 a place it merely names.
	placeReports map[string][3][]corpus.ReportKey
	// pinyin returns the pinyin of every Han bigram a passage holds (KnownPinyin): the
	// generation's, or derived on first use.
	pinyin func() *store.PinyinKeys
	// lex is the store's open-vocabulary lexicon (nil: none; lexNote says why), vocab.go.
	lex     *lexicon.Lexicon
	lexNote string
	// written remembers reportsWriting's counts (topical_part.go).
	written writtenCounts
}

// ErrEmbedderMismatch is returned when the store's embedder differs from the one given.
var ErrEmbedderMismatch = store.ErrEmbedderMismatch

// NewIndex builds the index of a store loaded whole (store.Open), all in memory: the BM25
// postings are built from the chunks. embedFn must be the embedder the store was built with
// (embedderName and dim say which one it is; a mismatch is ErrEmbedderMismatch). OpenIndex opens
// a store generation without decoding it.
func NewIndex(snap *store.Snapshot, embedderName string, dim int, embedFn embed.Func) (*Index, error) {
	m := snap.Manifest
	if err := checkEmbedder(m, embedderName, dim); err != nil {
		return nil, err
	}
	col, err := snap.Collection(embedFn)
	if err != nil {
		return nil, err
	}
	if col.Count() != len(snap.Chunks) {
		return nil, fmt.Errorf("store is inconsistent: %d vectors for %d chunks; re-run `reportbot ingest`", col.Count(), len(snap.Chunks))
	}
	ix := &Index{
		Manifest: m, Reports: snap.Reports, chunks: snap.Chunks, facts: store.FactsOf(snap.Facts),
		col: col, embed: embedFn, lex: snap.Lexicon, lexNote: snap.LexiconNote,
		chunkByID: make(map[string]int, len(snap.Chunks)),
		reportOf:  make(map[corpus.ReportKey]int, len(snap.Reports)),
	}
	for i, c := range snap.Chunks {
		ix.chunkByID[c.ID] = i
	}
	ix.bm25 = buildBM25(len(snap.Chunks), func(i int) string { return lexical.ChunkText(snap.Chunks[i]) })
	ix.indexReports()
	ix.chunkReport = make([]int32, len(snap.Chunks))
	for i, c := range snap.Chunks {
		r, ok := ix.reportOf[c.Key()]
		if !ok {
			return nil, fmt.Errorf("store is inconsistent: chunk %s belongs to no report; re-run `reportbot ingest`", c.ID)
		}
		ix.chunkReport[i] = int32(r)
	}
	ix.indexRuns()
	if ix.vecs, err = chunkVectors(col, ix.chunkByID, m.Dim); err != nil {
		return nil, err
	}
	return ix, nil
}

// checkEmbedder refuses a query embedder other than the store's.
func checkEmbedder(m store.Manifest, embedderName string, dim int) error {
	if m.Embedder != embedderName || m.Dim != dim {
		return fmt.Errorf("%w: the store was built with %s (dimension %d) but queries would embed with %s (dimension %d); re-run `reportbot ingest` (with --embedder to choose) or configure the store's embedder",
			ErrEmbedderMismatch, m.Embedder, m.Dim, embedderName, dim)
	}
	return nil
}

// indexReports builds the lookups of reports and facts, and the place matcher.
func (ix *Index) indexReports() {
	for i, r := range ix.Reports {
		ix.reportOf[r.Key()] = i
	}
	ix.factsOf = sync.OnceValue(func() map[string][]int {
		m := make(map[string][]int)
		ix.eachFactPart(func(first int, fs []corpus.Fact) {
			for i, f := range fs {
				m[f.ChunkID] = append(m[f.ChunkID], first+i)
			}
		})
		return m
	})
	ix.factsOfReport = sync.OnceValue(ix.indexFactsByReport)
	ix.factsByName = sync.OnceValue(ix.indexFactsByName)
	ix.buildPlaces()
	ix.pinyin = sync.OnceValue(ix.derivePinyin)
}

// chunkVectors returns the collection's vectors by chunk index. chromem has no way to list its
// documents but a query for all of them, which returns each vector itself, not a copy.
func chunkVectors(col *chromem.Collection, chunkByID map[string]int, dim int) ([][]float32, error) {
	vecs := make([][]float32, len(chunkByID))
	if len(vecs) == 0 || dim <= 0 {
		return vecs, nil
	}
	probe := make([]float32, dim)
	probe[0] = 1
	res, err := col.QueryEmbedding(context.Background(), probe, col.Count(), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("read store vectors: %w", err)
	}
	for _, r := range res {
		i, ok := chunkByID[r.ID]
		if !ok {
			return nil, fmt.Errorf("store is inconsistent: vector %q has no chunk; re-run `reportbot ingest`", r.ID)
		}
		vecs[i] = r.Embedding
	}
	for i, v := range vecs {
		if len(v) != dim {
			return nil, fmt.Errorf("store is inconsistent: chunk %d has a vector of dimension %d, want %d; re-run `reportbot ingest`", i, len(v), dim)
		}
	}
	return vecs, nil
}

// normalize is lexical.Normalize: zh.Normalize with a shortcut for text NFKC cannot change.
// TestNormalizeMatchesZh holds it to zh.Normalize.
func normalize(s string) string { return lexical.Normalize(s) }

// Report returns the profile of the report with key k.
func (ix *Index) Report(k corpus.ReportKey) (corpus.Report, bool) {
	i, ok := ix.reportOf[k]
	if !ok {
		return corpus.Report{}, false
	}
	return ix.Reports[i], true
}

// ChunkByID returns the chunk with the given ID.
func (ix *Index) ChunkByID(id string) (corpus.Chunk, bool) {
	i, ok := ix.chunkIndex(id)
	if !ok {
		return corpus.Chunk{}, false
	}
	return ix.Chunk(i), true
}

// chunkIndex returns the index of the chunk with the given ID.
func (ix *Index) chunkIndex(id string) (int, bool) {
	if ix.src != nil {
		if i, ok := ix.chunkBySeq(id); ok {
			return i, true
		}
		return ix.src.FindChunk(id)
	}
	i, ok := ix.chunkByID[id]
	return i, ok
}

// NumChunks returns the number of chunks.
func (ix *Index) NumChunks() int { return len(ix.chunkReport) }

// Chunk returns chunk i (0 ≤ i < NumChunks), decoding it when the index is mapped.
func (ix *Index) Chunk(i int) corpus.Chunk {
	if ix.src != nil {
		c, _ := ix.src.Chunk(i) // a damaged record decodes short
		return c
	}
	return ix.chunks[i]
}

// chunkKey returns the key of chunk i's report without decoding the chunk.
func (ix *Index) chunkKey(i int) corpus.ReportKey { return ix.Reports[ix.chunkReport[i]].Key() }

var _ Vocabulary = (*Index)(nil)

func (ix *Index) buildPlaces() {
	ix.placeReports = map[string][3][]corpus.ReportKey{}
	withheld := map[string]bool{} // places.Withheld by name: cities and provinces recur in every report
	add := func(name string, tier int, k corpus.ReportKey) {
		if name == "" {
			return
		}
		w, ok := withheld[name]
		if !ok {
			w = places.Withheld(name)
			withheld[name] = w
		}
		if w {
			return
		}
		t := ix.placeReports[name]
		// Reports are added one after another, so a duplicate can only be the last entry.
		if n := len(t[tier]); n > 0 && t[tier][n-1] == k {
			return
		}
		t[tier] = append(t[tier], k)
		ix.placeReports[name] = t
	}
	for _, r := range ix.Reports {
		add(r.Entity, 0, r.Key())
		add(r.City, 1, r.Key())
		add(r.Province, 1, r.Key())
		for _, p := range r.Places {
			add(p, 2, r.Key())
		}
	}
	names := make([]string, 0, len(ix.placeReports))
	for n := range ix.placeReports {
		names = append(names, n)
	}
	ix.matcher = places.NewMatcher(names)
}

// MatchPlaces returns the place names a text mentions and the reports they identify: a
// report's own entity first; else reports whose city or province it is; else reports that name
// the place. It is the place half of the Vocabulary a Plan reads.
func (ix *Index) MatchPlaces(text string) ([]string, []corpus.ReportKey) {
	if ix.matcher == nil {
		return nil, nil
	}
	found := ix.matcher.Match(text)
	var keys []corpus.ReportKey
	for _, name := range found {
		// A place a report merely mentions (tier 2) does not make it that place's report.
		tiers := ix.placeReports[name]
		for _, t := range tiers[:2] {
			if len(t) > 0 {
				keys = appendKeys(keys, t...)
				break
			}
		}
	}
	return found, keys
}

// Identifies reports whether a place name is some report's own entity, city or province.
func (ix *Index) Identifies(name string) bool {
	t := ix.placeReports[name]
	return len(t[0]) > 0 || len(t[1]) > 0
}

// Known reports whether any chunk holds the token.
func (ix *Index) Known(tok string) bool { return ix.bm25.IDF(tok) > 0 }

// idf returns the lexical index's inverse document frequency of a token; a token no chunk holds
// gets the highest IDF there is (it is as specific as a word can be).
func (ix *Index) idf(tok string) float64 {
	if v := ix.bm25.IDF(tok); v > 0 {
		return v
	}
	n := float64(ix.bm25.Len())
	return math.Log(1 + (n+0.5)/0.5)
}

func appendKeys(s []corpus.ReportKey, ks ...corpus.ReportKey) []corpus.ReportKey {
	for _, k := range ks {
		dup := false
		for _, x := range s {
			dup = dup || x == k
		}
		if !dup {
			s = append(s, k)
		}
	}
	return s
}

func placePinyins(name string) []string {
	return places.PinyinVariants(name)
}
