package retrieval

import (
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"unicode"

	"github.com/reportbot/reportbot/internal/zh"
)

// BM25 is an in-memory lexical index over documents tokenised with zh.Tokens (CJK bigrams,
// Latin words, numbers). It is built once per store and read concurrently.
type BM25 struct {
	postings map[string][]posting
	docLen   []float64
	avgLen   float64
	k1, b    float64
}

type posting struct {
	doc int32
	tf  float32
}

// NewBM25 indexes docs (already normalised with zh.Normalize).
func NewBM25(docs []string) *BM25 {
	return buildBM25(len(docs), func(i int) string { return docs[i] })
}

// buildBM25 indexes n documents; doc returns document i normalised and is called concurrently.
// Contiguous ranges of documents are indexed in parallel and their postings concatenated in
// range order, so that every posting list is in ascending document order.
func buildBM25(n int, doc func(int) string) *BM25 {
	ix := &BM25{docLen: make([]float64, n), k1: 1.2, b: 0.6}
	workers := max(1, min(runtime.GOMAXPROCS(0), n/256))
	parts := make([]map[string][]posting, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Go(func() { parts[w] = indexRange(lo, hi, doc, ix.docLen) })
	}
	wg.Wait()
	ix.postings = parts[0]
	for _, p := range parts[1:] {
		for t, ps := range p {
			ix.postings[t] = append(ix.postings[t], ps...)
		}
	}
	var total float64
	for _, l := range ix.docLen {
		total += l
	}
	if n > 0 {
		ix.avgLen = total / float64(n)
	}
	return ix
}

// indexRange returns the postings of documents lo..hi-1 and sets their lengths in docLen. It
// produces the tokens of zh.Tokens (TestBuildBM25MatchesTokens holds it to that) without making
// a string of each: a token of one or two ideographs is looked up by its runes packed in an
// integer; only words of letters or digits become strings. Each document's (token, tf) pairs
// are written one after another and only then spread into posting lists of exactly their size,
// which is much faster than appending to tens of thousands of growing lists.
func indexRange(lo, hi int, doc func(int) string, docLen []float64) map[string][]posting {
	type entry struct {
		id int32
		tf float32
	}
	han := map[uint64]int32{}   // one ideograph, or two packed, → token id
	words := map[string]int32{} // a word of letters or digits → token id
	var (
		names []string // token id → token
		last  []int32  // token id → last document it was seen in
		at    []int32  // token id → its entry in that document
		ents  []entry  // documents' entries, one document after another
		first []int    // document lo+i's entries start at first[i]
		di    int32    // the document being indexed
		count int      // its tokens
		rs    []rune
	)
	newID := func(name string) int32 {
		names, last, at = append(names, name), append(last, -1), append(at, 0)
		return int32(len(names) - 1)
	}
	add := func(id int32) {
		count++
		if last[id] == di {
			ents[at[id]].tf++
			return
		}
		last[id], at[id] = di, int32(len(ents))
		ents = append(ents, entry{id, 1})
	}
	hanID := func(t []rune) int32 {
		key := uint64(t[0])
		if len(t) == 2 {
			key = key<<32 | uint64(t[1])
		}
		id, ok := han[key]
		if !ok {
			id = newID(string(t))
			han[key] = id
		}
		return id
	}
	for d := lo; d < hi; d++ {
		di, count = int32(d), 0
		first = append(first, len(ents))
		// The loop of zh.Tokens.
		rs = rs[:0]
		for _, r := range doc(d) {
			rs = append(rs, r)
		}
		for i := 0; i < len(rs); {
			r := rs[i]
			switch {
			case isHan(r):
				j := i
				for j < len(rs) && isHan(rs[j]) {
					j++
				}
				if j-i == 1 {
					add(hanID(rs[i : i+1]))
				}
				for k := i; k+1 < j; k++ {
					add(hanID(rs[k : k+2]))
				}
				i = j
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				j := i
				for j < len(rs) && (unicode.IsLetter(rs[j]) && !isHan(rs[j]) || unicode.IsDigit(rs[j]) ||
					(rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]))) {
					j++
				}
				w := string(rs[i:j])
				id, ok := words[w]
				if !ok {
					id = newID(w)
					words[w] = id
				}
				add(id)
				i = j
			default:
				i++
			}
		}
		docLen[d] = float64(count)
	}
	first = append(first, len(ents))

	// Spread the entries into one array, token by token, documents in order.
	start := make([]int, len(names)+1)
	for _, e := range ents {
		start[e.id+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	all := make([]posting, len(ents))
	next := append([]int(nil), start[:len(names)]...)
	for i := range hi - lo {
		for _, e := range ents[first[i]:first[i+1]] {
			all[next[e.id]] = posting{int32(lo + i), e.tf}
			next[e.id]++
		}
	}
	out := make(map[string][]posting, len(names))
	for id, t := range names {
		out[t] = all[start[id]:start[id+1]:start[id+1]] // capped: a merge appends by copying
	}
	return out
}

// isHan is zh.IsHan with a shortcut for the main block of CJK ideographs (U+4E00–U+9FFF, all
// of them Han), which holds nearly every character of a Chinese report.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || zh.IsHan(r) }

// Len returns the number of documents.
func (ix *BM25) Len() int { return len(ix.docLen) }

// IDF returns the inverse document frequency of token t (0 for an unknown token).
func (ix *BM25) IDF(t string) float64 {
	n := float64(len(ix.postings[t]))
	if n == 0 {
		return 0
	}
	N := float64(len(ix.docLen))
	return math.Log(1 + (N-n+0.5)/(n+0.5))
}

// Has reports whether document doc holds the token.
func (ix *BM25) Has(tok string, doc int) bool {
	ps := ix.postings[tok]
	i := sort.Search(len(ps), func(i int) bool { return int(ps[i].doc) >= doc })
	return i < len(ps) && int(ps[i].doc) == doc
}

// Scored is a document with its score.
type Scored struct {
	Doc   int
	Score float64
}

// Search scores the documents that contain any weighted query token and returns the best n
// (all when n <= 0), best first. allow, when not nil, restricts the documents considered.
//
// Scores add up in a slice indexed by document rather than a map, allow is asked once per
// document rather than once per posting, and only the best n are sorted: this is what keeps a
// question under a few milliseconds on a store of tens of thousands of chunks.
func (ix *BM25) Search(query map[string]float64, n int, allow func(doc int) bool) []Scored {
	scores := make([]float64, len(ix.docLen))
	state := make([]uint8, len(ix.docLen)) // 0 not seen, 1 scored, 2 not allowed
	var touched []int32
	// The tokens in order, so that a document's score is the same sum in every run (map order
	// would change its last bits, and with them the order of near ties).
	toks := make([]string, 0, len(query))
	for t := range query {
		toks = append(toks, t)
	}
	slices.Sort(toks)
	for _, t := range toks {
		w := query[t]
		idf := ix.IDF(t)
		if idf == 0 || w == 0 {
			continue
		}
		for _, p := range ix.postings[t] {
			switch state[p.doc] {
			case 2:
				continue
			case 0:
				if allow != nil && !allow(int(p.doc)) {
					state[p.doc] = 2
					continue
				}
				state[p.doc] = 1
				touched = append(touched, p.doc)
			}
			tf := float64(p.tf)
			norm := ix.k1 * (1 - ix.b + ix.b*ix.docLen[p.doc]/ix.avgLen)
			scores[p.doc] += w * idf * tf * (ix.k1 + 1) / (tf + norm)
		}
	}
	better := func(a, b Scored) bool {
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Doc < b.Doc
	}
	if n <= 0 || len(touched) <= n {
		out := make([]Scored, len(touched))
		for i, d := range touched {
			out[i] = Scored{int(d), scores[d]}
		}
		sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
		return out
	}
	top := make([]Scored, 0, n+1) // the best n so far, best first
	for _, d := range touched {
		c := Scored{int(d), scores[d]}
		if len(top) == n && !better(c, top[n-1]) {
			continue
		}
		k := sort.Search(len(top), func(k int) bool { return better(c, top[k]) })
		top = slices.Insert(top, k, c)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}
