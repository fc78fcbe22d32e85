package retrieval

import (
	"iter"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/reportbot/reportbot/internal/lexical"
)

// BM25 is an in-memory lexical index over documents tokenised with zh.Tokens (CJK bigrams,
// Latin words, numbers). It is built once per store and read concurrently.
type BM25 struct {
	// postings holds an index built in memory; src, when set, reads one.
	postings map[string][]posting
	src      Source
	docLen   []float64
	avgLen   float64
	k1, b    float64
	norm     []float64 // each document's k1·(1-b+b·len/avgLen)
	// pool holds Search's scratch (*bm25Scratch): a question's search over a few hundred
	// thousand documents then allocates nothing of their number.
	pool sync.Pool
}

// bm25Scratch is one Search's working memory: a score and a state per document, all zero
// between searches, and the documents a search wrote to.
type bm25Scratch struct {
	scores           []float64
	state            []uint8
	touched, refused []int32
}

// scratch returns a zeroed scratch for n documents.
func (ix *BM25) scratch(n int) *bm25Scratch {
	if sc, ok := ix.pool.Get().(*bm25Scratch); ok && len(sc.scores) == n {
		return sc
	}
	return &bm25Scratch{scores: make([]float64, n), state: make([]uint8, n)}
}

type posting = lexical.Posting

// NewBM25 indexes docs (already normalised with zh.Normalize).
func NewBM25(docs []string) *BM25 {
	return buildBM25(len(docs), func(i int) string { return docs[i] })
}

// buildBM25 indexes n documents; doc returns document i normalised and is called concurrently
// (lexical.Build).
func buildBM25(n int, doc func(int) string) *BM25 {
	postings, docLen := lexical.Build(n, doc)
	return withNorms(&BM25{postings: postings, docLen: docLen, avgLen: lexical.AvgLen(docLen), k1: 1.2, b: 0.6})
}

// withNorms sets each document's length normalisation, which Search would otherwise compute
// per posting.
func withNorms(ix *BM25) *BM25 {
	ix.norm = make([]float64, len(ix.docLen))
	for d, l := range ix.docLen {
		ix.norm[d] = ix.k1 * (1 - ix.b + ix.b*l/ix.avgLen)
	}
	return ix
}

// sourceBM25 is the BM25 index of a Source's postings.
func sourceBM25(src Source) *BM25 {
	return withNorms(&BM25{src: src, docLen: src.DocLens(), avgLen: src.AvgLen(), k1: 1.2, b: 0.6})
}

// list returns the postings of token t (for a Source of several parts, a merged copy: eachList,
// df and Has read them in place).
func (ix *BM25) list(t string) []posting {
	if ix.src != nil {
		return ix.src.Postings(t)
	}
	return ix.postings[t]
}

// eachList calls fn with the postings of token t part by part, in document order, each part's
// documents counted from start.
func (ix *BM25) eachList(t string, fn func(start int, ps []posting)) {
	if ix.src != nil {
		ix.src.PostingParts(t, fn)
		return
	}
	if ps := ix.postings[t]; len(ps) > 0 {
		fn(0, ps)
	}
}

// df returns the number of documents holding token t (a Source counts them without reading
// them).
func (ix *BM25) df(t string) int {
	if ix.src != nil {
		return ix.src.DF(t)
	}
	n := 0
	ix.eachList(t, func(_ int, ps []posting) { n += len(ps) })
	return n
}

// terms returns every indexed token (in no particular order).
func (ix *BM25) terms() iter.Seq[string] {
	if ix.src != nil {
		return ix.src.Terms()
	}
	return func(yield func(string) bool) {
		for t := range ix.postings {
			if !yield(t) {
				return
			}
		}
	}
}

// Len returns the number of documents.
func (ix *BM25) Len() int { return len(ix.docLen) }

// IDF returns the inverse document frequency of token t (0 for an unknown token).
func (ix *BM25) IDF(t string) float64 {
	n := float64(ix.df(t))
	if n == 0 {
		return 0
	}
	N := float64(len(ix.docLen))
	return math.Log(1 + (N-n+0.5)/(n+0.5))
}

// Has reports whether document doc holds the token.
func (ix *BM25) Has(tok string, doc int) bool {
	if ix.src != nil {
		return ix.src.HasTerm(tok, doc)
	}
	ps := ix.postings[tok]
	i := sort.Search(len(ps), func(i int) bool { return int(ps[i].Doc) >= doc })
	return i < len(ps) && int(ps[i].Doc) == doc
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
	var out []Scored
	ix.scoreDocs(query, allow, func(touched []int32, scores []float64) {
		out = ix.ranked(touched, scores, n)
	})
	return out
}

// SearchBy returns, for each of groups groups (group(doc) numbers a document's, from 0), its
// best depth documents in the order Search ranks them: what taking each group's first depth of
// Search's whole ranking gives, without ranking every document (a question over every report
// scores 300,000 passages or more, of which it keeps each report's first few).
func (ix *BM25) SearchBy(query map[string]float64, allow func(doc int) bool, group func(doc int) int, groups, depth int) [][]Scored {
	out := make([][]Scored, groups)
	ix.scoreDocs(query, allow, func(touched []int32, scores []float64) {
		for _, d := range touched {
			c := Scored{int(d), scores[d]}
			g := group(c.Doc)
			top := out[g]
			if len(top) == depth && !scoredBefore(c, top[depth-1]) {
				continue
			}
			k := len(top)
			for k > 0 && scoredBefore(c, top[k-1]) {
				k--
			}
			if top == nil {
				top = make([]Scored, 0, depth)
			}
			top = slices.Insert(top, k, c)
			if len(top) > depth {
				top = top[:depth]
			}
			out[g] = top
		}
	})
	return out
}

// scoredBefore is the order of Search's ranking: higher score first, then lower document.
func scoredBefore(a, b Scored) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Doc < b.Doc
}

// scoreDocs scores the documents allow admits for query and hands fn those scored (touched,
// in the order first reached) and their scores (by document), which are valid only during fn.
func (ix *BM25) scoreDocs(query map[string]float64, allow func(doc int) bool, fn func(touched []int32, scores []float64)) {
	sc := ix.scratch(len(ix.docLen))
	defer ix.pool.Put(sc)
	scores, state, norm := sc.scores, sc.state, ix.norm // state: 0 not seen, 1 scored, 2 not allowed
	touched := sc.touched[:0]
	refused := sc.refused[:0]
	defer func() {
		// Give the scratch back as it was taken: zero where this search wrote.
		for _, d := range touched {
			scores[d], state[d] = 0, 0
		}
		for _, d := range refused {
			state[d] = 0
		}
		sc.touched, sc.refused = touched[:0], refused[:0]
	}()
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
		ix.eachList(t, func(start int, ps []posting) {
			for _, p := range ps {
				d := p.Doc + int32(start)
				switch state[d] {
				case 2:
					continue
				case 0:
					if allow != nil && !allow(int(d)) {
						state[d] = 2
						refused = append(refused, d)
						continue
					}
					state[d] = 1
					touched = append(touched, d)
				}
				tf := float64(p.TF)
				scores[d] += w * idf * tf * (ix.k1 + 1) / (tf + norm[d])
			}
		})
	}
	fn(touched, scores)
}

// ranked returns the touched documents, ranked (scoredBefore), the best n (all when n <= 0).
func (ix *BM25) ranked(touched []int32, scores []float64, n int) []Scored {
	better := scoredBefore
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
