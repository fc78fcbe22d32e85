package retrieval

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// OpenIndex opens the index of a store generation without decoding it: the lexical index and the
// vectors are read in place from the generation's mapped files, and a chunk is decoded only when
// a search returns it. col, when not nil, is the generation's chromem-go collection
// (Generation.Collection), which then answers unfiltered dense searches, as in `serve`, while
// filtered ones score the same mapped rows; a one-shot process passes nil and scores the mapped
// columns of the query's non-zero coordinates. embedFn must be the embedder the store was built
// with (embedderName and dim say which one it is; a mismatch is ErrEmbedderMismatch). The index
// reads g's mappings for as long as it is used: never close g before dropping the index.
func OpenIndex(g *store.Generation, embedderName string, dim int, embedFn embed.Func, col *chromem.Collection) (*Index, error) {
	m := g.Manifest
	if err := checkEmbedder(m, embedderName, dim); err != nil {
		return nil, err
	}
	if embedFn == nil {
		return nil, fmt.Errorf("retrieval: nil embedding function")
	}
	n := g.Chunks.Len()
	ix := &Index{
		Manifest: m, Reports: g.Reports, Facts: g.Facts,
		table: g.Chunks, chunkReport: make([]int32, n),
		bm25: mappedBM25(g.Lexical), mapped: g.Vectors, embed: embedFn,
		lex: g.Lexicon, lexNote: g.LexiconNote,
		reportOf: make(map[corpus.ReportKey]int, len(g.Reports)),
	}
	for i := range n {
		ix.chunkReport[i] = int32(g.Chunks.ReportIndex(i))
	}
	ix.indexRuns()
	if col != nil {
		if col.Count() != n {
			return nil, fmt.Errorf("store is inconsistent: the vectors of generation %s do not match its %d chunks; re-run `reportbot ingest`", g.Name, n)
		}
		// Serving: the collection's documents are named by chunk index, and filtered searches
		// score the rows the collection holds, so the columns file is never paged in.
		ix.col, ix.colByIndex, ix.mapped = col, true, nil
		ix.vecs = make([][]float32, n)
		for i := range ix.vecs {
			ix.vecs[i] = g.Rows.Row(i)
		}
	}
	ix.indexReports()
	if g.Pinyin != nil {
		ix.pinyin = func() *store.PinyinKeys { return g.Pinyin }
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
	if err1 != nil || err2 != nil || seq < 0 || id != ingestChunkID(source, rep, seq) {
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

// ingestChunkID is ingest.ChunkID (retrieval does not import ingest); TestOpenIndexMatchesNewIndex
// finds every chunk of a store by its ID through chunkBySeq.
func ingestChunkID(source string, report, seq int) string {
	return fmt.Sprintf("%s#%d#%04d", source, report, seq)
}

func cutLast(s string, sep byte) (before, after string, ok bool) {
	i := strings.LastIndexByte(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// denseColumns scores the chunks allow admits (all when nil) against the unit query vec over its
// non-zero coordinates nz, reading the mapped vectors column by column: each chunk's similarity
// is the same float32 sum, in the same order, as the row-wise search and chromem's computes. It
// returns the best n, best first; ties go to the earlier chunk.
func (ix *Index) denseColumns(vec []float32, nz []int32, n int, allow func(int) bool) []Scored {
	var docs []int32 // the admitted chunks, when filtered
	if allow != nil {
		for i := range ix.NumChunks() {
			if allow(i) {
				docs = append(docs, int32(i))
			}
		}
		if len(docs) == 0 {
			return nil
		}
	}
	var sims []float32
	if docs == nil {
		sims = make([]float32, ix.NumChunks())
		for _, j := range nz {
			q, col := vec[j], ix.mapped.Column(int(j))
			for i, x := range col {
				sims[i] += q * x
			}
		}
	} else {
		sims = make([]float32, len(docs))
		for _, j := range nz {
			q, col := vec[j], ix.mapped.Column(int(j))
			for k, d := range docs {
				sims[k] += q * col[d]
			}
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
