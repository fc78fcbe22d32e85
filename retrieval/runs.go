package retrieval

import (
	"sort"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/store"
)

// Scope lookups that do not read passages: a report's chunks are one run of chunk indices
// (indexRuns), so whether a term occurs in a few reports is a binary search in its postings,
// and a report's facts are listed once (factsOfReport) instead of scanning every fact per report.

// smallScope is the largest scope whose reports' runs are searched one by one; a larger one
// walks the term's postings.
const smallScope = 16

// reportRun returns the chunk indices [lo, hi) of a report's chunks, when they are one run.
func (ix *Index) reportRun(k corpus.ReportKey) (lo, hi int, ok bool) {
	r, found := ix.reportOf[k]
	if !found || ix.firstChunk == nil || ix.firstChunk[r] < 0 {
		return 0, 0, false
	}
	return int(ix.firstChunk[r]), int(ix.runEnd[r]), true
}

// eachInScope calls fn with the documents holding token tok whose report is in scope (nil:
// every report), in document order for a scope of more than smallScope reports and report by
// report otherwise, until fn returns false. A small scope asks each of its chunks (BM25.Has, in
// place); a larger one reads the postings part by part (eachList): a merged copy of a common
// token's postings, read from the mapping, kept tens of MB of the lexical file resident.
func (ix *Index) eachInScope(tok string, scope map[corpus.ReportKey]bool, fn func(doc int) bool) {
	if scope != nil && len(scope) <= smallScope {
		runs := make([][2]int, 0, len(scope))
		for k := range scope {
			lo, hi, ok := ix.reportRun(k)
			if !ok {
				runs = nil
				break
			}
			runs = append(runs, [2]int{lo, hi})
		}
		if runs != nil {
			for _, r := range runs {
				for d := r[0]; d < r[1]; d++ {
					if ix.bm25.Has(tok, d) && !fn(d) {
						return
					}
				}
			}
			return
		}
	}
	done := false
	ix.bm25.eachList(tok, func(start int, ps []posting) {
		for _, p := range ps {
			if done {
				return
			}
			if d := start + int(p.Doc); (scope == nil || scope[ix.chunkKey(d)]) && !fn(d) {
				done = true
			}
		}
	})
}

// indexFactsByReport lists each report's facts: from the facts' chunks when every fact's chunk
// is known and in its report's run, else by each fact's report key.
func (ix *Index) indexFactsByReport() [][]int32 {
	out := make([][]int32, len(ix.Reports))
	if ix.factChunk != nil && ix.firstChunk != nil && ix.factsInRuns() {
		for r := range out {
			if ix.firstChunk[r] < 0 {
				continue
			}
			lo, hi := ix.factRange(int(ix.firstChunk[r]), int(ix.runEnd[r]))
			if hi > lo {
				out[r] = make([]int32, hi-lo)
				for i := range out[r] {
					out[r][i] = int32(lo + i)
				}
			}
		}
		return out
	}
	ix.eachFactPart(func(first int, fs []corpus.Fact) {
		for i, f := range fs {
			if r, ok := ix.reportOf[f.Key()]; ok {
				out[r] = append(out[r], int32(first+i))
			}
		}
	})
	return out
}

// reportFacts returns the indices (in Facts) of the facts of the report with key k, in order.
func (ix *Index) reportFacts(k corpus.ReportKey) []int32 {
	r, ok := ix.reportOf[k]
	if !ok {
		return nil
	}
	return ix.factsOfReport()[r]
}

// factRange returns the indices [lo, hi) in Facts of the facts of chunks clo ≤ i < chi (factChunk
// must be set).
func (ix *Index) factRange(clo, chi int) (lo, hi int) {
	fc := ix.factChunk
	lo = sort.Search(len(fc), func(i int) bool { return fc[i] >= uint32(clo) })
	hi = lo + sort.Search(len(fc)-lo, func(i int) bool { return fc[lo+i] >= uint32(chi) })
	return lo, hi
}

// chunkFacts returns the indices (in Facts) of the facts of the chunk with the given ID, in order.
func (ix *Index) chunkFacts(id string) []int {
	if ix.factChunk == nil {
		return ix.factsOf()[id]
	}
	c, ok := ix.chunkIndex(id)
	if !ok {
		return nil
	}
	lo, hi := ix.factRange(c, c+1)
	if lo == hi {
		return nil
	}
	out := make([]int, hi-lo)
	for i := range out {
		out[i] = lo + i
	}
	return out
}

// factsInRuns reports whether every fact's chunk is known and belongs to the fact's own report.
// Facts held in memory are checked one by one; a store's are not read for it (a segment's
// facts.idx is written from its facts' own chunks, FactChunks), so a lookup reads only the
// facts of its report's segment.
func (ix *Index) factsInRuns() bool {
	for i, c := range ix.factChunk {
		if c == store.NoChunk || int(c) >= len(ix.chunkReport) {
			return false
		}
		if ix.facts.Parts() > 1 {
			continue
		}
		f, r := ix.fact(i), &ix.Reports[ix.chunkReport[c]]
		if f.Report != r.Report || f.Source != r.Source {
			return false
		}
	}
	return true
}

// reportReader reads the passages of one report for one question: each chunk is decoded once,
// and on a Source whose runs are known the report's whole run of records is read with one read
// on first use (when that read fails, once, chunks are read one by one through Index.Chunk).
type reportReader struct {
	ix     *Index
	lo, hi int // the report's run of chunks (hi == lo: unknown)
	run    func(i int) (corpus.Chunk, bool)
	heads  runHeaders           // the run's headers (nil: none)
	free   func()               // frees what run holds (close)
	failed bool                 // the run could not be read
	memo   map[int]corpus.Chunk // chunks decoded outside the run, by index
	inRun  []corpus.Chunk       // chunks of the run decoded, by index - lo (ID "": not yet)
	index  map[string]int       // chunk ID → index, of the chunks decoded
}

// reportReader returns a reader of the report with index rep in Reports.
func (ix *Index) reportReader(rep int32) *reportReader {
	rr := &reportReader{ix: ix, memo: map[int]corpus.Chunk{}, index: map[string]int{}}
	if ix.firstChunk != nil && ix.firstChunk[rep] >= 0 {
		rr.lo, rr.hi = int(ix.firstChunk[rep]), int(ix.runEnd[rep])
	}
	return rr
}

// reportReaderOf returns a reader of the report with key k (one that reads chunk by chunk when
// the index has no such report).
func (ix *Index) reportReaderOf(k corpus.ReportKey) *reportReader {
	if r, ok := ix.reportOf[k]; ok {
		return ix.reportReader(int32(r))
	}
	return &reportReader{ix: ix, memo: map[int]corpus.Chunk{}, index: map[string]int{}}
}

// close frees the run the reader read (the chunks it returned stay valid). A reader that is not
// closed leaves its run to the garbage collector; a closed one reads chunk by chunk.
func (rr *reportReader) close() {
	if rr.free != nil {
		rr.free()
	}
	rr.run, rr.heads, rr.free, rr.failed = nil, nil, nil, true
}

// chunk returns chunk i.
func (rr *reportReader) chunk(i int) corpus.Chunk {
	if i >= rr.lo && i < rr.hi {
		if rr.inRun == nil {
			rr.inRun = make([]corpus.Chunk, rr.hi-rr.lo)
		}
		if c := rr.inRun[i-rr.lo]; c.ID != "" {
			return c
		}
	} else if c, ok := rr.memo[i]; ok {
		return c
	}
	var c corpus.Chunk
	if i >= rr.lo && i < rr.hi {
		rr.load()
	}
	if rr.run != nil && i >= rr.lo && i < rr.hi {
		c, _ = rr.run(i) // as Index.Chunk
	} else {
		c = rr.ix.Chunk(i)
	}
	if i >= rr.lo && i < rr.hi && c.ID != "" {
		rr.inRun[i-rr.lo] = c
	} else {
		rr.memo[i] = c
	}
	rr.index[c.ID] = i
	return c
}

// load reads the report's run of records, once, without decoding any (chunk decodes them).
func (rr *reportReader) load() {
	if rr.ix.src == nil || rr.lo == rr.hi || rr.failed || rr.run != nil {
		return
	}
	if rs, ok := rr.ix.src.(runSections); ok {
		run, heads, free, err := rs.ChunkRunSections(rr.lo, rr.hi)
		rr.run, rr.heads, rr.free, rr.failed = run, heads, free, err != nil
	} else {
		run, free, err := rr.ix.src.ChunkRun(rr.lo, rr.hi)
		rr.run, rr.free, rr.failed = run, free, err != nil
	}
}
