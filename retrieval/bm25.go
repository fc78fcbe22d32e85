package retrieval

import (
	"math"
	"sort"

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
	ix := &BM25{postings: map[string][]posting{}, docLen: make([]float64, len(docs)), k1: 1.2, b: 0.6}
	var total float64
	for i, d := range docs {
		toks := zh.Tokens(d)
		ix.docLen[i] = float64(len(toks))
		total += float64(len(toks))
		tf := map[string]float32{}
		for _, t := range toks {
			tf[t]++
		}
		for t, n := range tf {
			ix.postings[t] = append(ix.postings[t], posting{int32(i), n})
		}
	}
	if len(docs) > 0 {
		ix.avgLen = total / float64(len(docs))
	}
	return ix
}

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

// Scored is a document with its score.
type Scored struct {
	Doc   int
	Score float64
}

// Search scores the documents that contain any weighted query token and returns the best n
// (all when n <= 0), best first. allow, when not nil, restricts the documents considered.
func (ix *BM25) Search(query map[string]float64, n int, allow func(doc int) bool) []Scored {
	scores := map[int32]float64{}
	for t, w := range query {
		idf := ix.IDF(t)
		if idf == 0 || w == 0 {
			continue
		}
		for _, p := range ix.postings[t] {
			if allow != nil && !allow(int(p.doc)) {
				continue
			}
			tf := float64(p.tf)
			norm := ix.k1 * (1 - ix.b + ix.b*ix.docLen[p.doc]/ix.avgLen)
			scores[p.doc] += w * idf * tf * (ix.k1 + 1) / (tf + norm)
		}
	}
	out := make([]Scored, 0, len(scores))
	for d, s := range scores {
		out = append(out, Scored{int(d), s})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Doc < out[j].Doc
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
