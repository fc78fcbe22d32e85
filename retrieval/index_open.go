package retrieval

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// OpenIndex opens the index of a local store generation without decoding it (OpenSource on the
// generation: the lexical index and the vectors are read in place from its mapped files, and a
// chunk is decoded only when a search returns it). lists, when not nil, is the generation's
// chromem-go collections, one per list of its partition (Generation.Lists), as in `serve`. The
// index reads g's mappings (and lists) for as long as it is used: never close either before
// dropping the index.
func OpenIndex(g *store.Generation, embedderName string, dim int, embedFn embed.Func, lists *store.Lists) (*Index, error) {
	c := Corpus{Manifest: g.Manifest, Reports: g.Reports, FactTable: g.Facts, FactChunks: g.FactChunks,
		Lexicon: g.Lexicon, LexiconNote: g.LexiconNote, Pinyin: g.Pinyin}
	return OpenSource(c, localSource{g}, embedderName, dim, embedFn, lists)
}

// OpenSource opens the index of a corpus whose chunks, postings and vectors src reads. lists,
// when not nil, holds src's vectors in chromem-go collections partitioned into lists
// (store.Lists), which then answer unfiltered dense searches, as in `serve`, while filtered ones
// score src's rows; without them (a one-shot process) dense search scores src's columns of the
// query's non-zero coordinates. embedFn must be the embedder the corpus was built with
// (embedderName and dim say which one it is; a mismatch is ErrEmbedderMismatch).
func OpenSource(c Corpus, src Source, embedderName string, dim int, embedFn embed.Func, lists *store.Lists) (*Index, error) {
	m := c.Manifest
	if err := checkEmbedder(m, embedderName, dim); err != nil {
		return nil, err
	}
	if embedFn == nil {
		return nil, fmt.Errorf("retrieval: nil embedding function")
	}
	n := src.NumChunks()
	ix := &Index{
		Manifest: m, Reports: c.Reports, facts: c.factTable(),
		src: src, chunkReport: make([]int32, n), columns: true,
		bm25: sourceBM25(src), embed: embedFn,
		lex: c.Lexicon, lexNote: c.LexiconNote,
		reportOf: make(map[corpus.ReportKey]int, len(c.Reports)),
	}
	for i := range n {
		r := src.ChunkReport(i)
		if r < 0 || r >= len(c.Reports) {
			return nil, fmt.Errorf("store is inconsistent: chunk %d names report %d of %d; re-run `reportbot ingest`", i, r, len(c.Reports))
		}
		ix.chunkReport[i] = int32(r)
	}
	ix.indexRuns()
	if lists != nil {
		if lists.Count() != n {
			return nil, fmt.Errorf("store is inconsistent: %d vectors in the collections for %d chunks; re-run `reportbot ingest`", lists.Count(), n)
		}
		// Serving: unfiltered searches query the lists' collections, and filtered searches
		// score the rows the collections hold, so the columns are never read.
		ix.lists, ix.columns = lists, false
		ix.vecs = make([][]float32, n)
		for i := range ix.vecs {
			ix.vecs[i] = src.DenseRow(i)
		}
	}
	ix.indexReports()
	if len(c.FactChunks) == ix.numFacts() && slices.IsSorted(c.FactChunks) {
		ix.factChunk = c.FactChunks
	}
	if c.Pinyin != nil {
		ix.pinyin = func() *store.PinyinKeys { return c.Pinyin }
	}
	return ix, nil
}

// indexRuns records where each report's chunks start and end, when every report's chunks are
// contiguous (as ingest writes them, in order of Seq), so that chunkBySeq finds a chunk by its ID
// without reading the chunks file, and a report's postings are a range of a term's (reportRun).
func (ix *Index) indexRuns() {
	first := make([]int32, len(ix.Reports)+1)
	end := make([]int32, len(ix.Reports)+1)
	for i := range first {
		first[i] = -1
	}
	for i, r := range ix.chunkReport {
		if i > 0 && ix.chunkReport[i-1] == r {
			end[r] = int32(i + 1)
			continue
		}
		if first[r] >= 0 {
			return // a report's chunks in two runs: IDs are looked up in the chunks file
		}
		first[r], end[r] = int32(i), int32(i+1)
	}
	ix.firstChunk, ix.runEnd = first, end
}

// chunkBySeq finds a chunk by an ID of the form ingest.ChunkID makes (source#report#seq): the
// seq-th chunk of the report's run. It reports false for any other ID, or one outside its run.
func (ix *Index) chunkBySeq(id string) (int, bool) {
	if ix.firstChunk == nil {
		return 0, false
	}
	rest, seqText, ok := cutLast(id, '#')
	if !ok {
		return 0, false
	}
	source, repText, ok := cutLast(rest, '#')
	if !ok {
		return 0, false
	}
	rep, err1 := strconv.Atoi(repText)
	seq, err2 := strconv.Atoi(seqText)
	if err1 != nil || err2 != nil || seq < 0 || repText != strconv.Itoa(rep) || !canonicalSeq(seqText, seq) {
		return 0, false
	}
	r, ok := ix.reportOf[corpus.ReportKey{Source: source, Report: rep}]
	if !ok || ix.firstChunk[r] < 0 {
		return 0, false
	}
	i := int(ix.firstChunk[r]) + seq
	if i >= len(ix.chunkReport) || int(ix.chunkReport[i]) != r {
		return 0, false
	}
	return i, true
}

// canonicalSeq reports whether t is seq as ingest.ChunkID writes it (%04d), so that an ID
// matches ingest.ChunkID(source, rep, seq) exactly without formatting it (retrieval does not
// import ingest; TestOpenIndexMatchesNewIndex finds every chunk of a store by its ID through
// chunkBySeq, and TestChunkIDCanonical holds this to the format).
func canonicalSeq(t string, seq int) bool {
	if len(t) == 4 {
		for i := range 4 {
			if !isDigit(t[i]) {
				return false
			}
		}
		return true
	}
	return len(t) > 4 && t == strconv.Itoa(seq)
}

func cutLast(s string, sep byte) (before, after string, ok bool) {
	i := strings.LastIndexByte(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// denseColumns scores the chunks allow admits (all when nil; runs as dense has them) against the unit query vec over its
// non-zero coordinates nz, reading the mapped vectors column by column: each chunk's similarity
// is the same float32 sum, in the same order, as the row-wise search and chromem's computes. The
// columns are read part by part (a store's segments), in place. It
// returns the best n, best first; ties go to the earlier chunk.
func (ix *Index) denseColumns(vec []float32, nz []int32, n int, allow func(int) bool, runs []chunkRun) []Scored {
	var docs []int32 // the admitted chunks, when filtered
	if allow != nil {
		for i := range eachChunk(ix.NumChunks(), allow, runs) {
			docs = append(docs, int32(i))
		}
		if len(docs) == 0 {
			return nil
		}
	}
	var sims []float32
	if docs == nil {
		sims = make([]float32, ix.NumChunks())
		for _, j := range nz {
			q := vec[j]
			ix.src.DenseColumn(int(j), func(start int, col []float32) {
				s := sims[start : start+len(col)]
				for i, x := range col {
					s[i] += q * x
				}
			})
		}
	} else {
		sims = make([]float32, len(docs))
		for _, j := range nz {
			q := vec[j]
			ix.src.DenseColumn(int(j), func(start int, col []float32) {
				// The admitted chunks of this part: docs is ascending.
				k := sort.Search(len(docs), func(k int) bool { return int(docs[k]) >= start })
				for ; k < len(docs) && int(docs[k]) < start+len(col); k++ {
					sims[k] += q * col[int(docs[k])-start]
				}
			})
		}
	}
	top := make([]Scored, 0, n+1) // best first
	for k, sim := range sims {
		i := k
		if docs != nil {
			i = int(docs[k])
		}
		if len(top) == n && float64(sim) <= top[n-1].Score {
			continue
		}
		p := sort.Search(len(top), func(p int) bool { return top[p].Score < float64(sim) })
		top = slices.Insert(top, p, Scored{Doc: i, Score: float64(sim)})
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}
