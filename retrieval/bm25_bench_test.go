package retrieval

import (
	"math"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/zh"
)

// referenceBM25 is the straightforward build NewBM25 must agree with: zh.Tokens per document,
// a term-frequency map, postings appended in document order.
func referenceBM25(docs []string) *BM25 {
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
			ix.postings[t] = append(ix.postings[t], posting{Doc: int32(i), TF: n})
		}
	}
	if len(docs) > 0 {
		ix.avgLen = total / float64(len(docs))
	}
	return withNorms(ix)
}

// corpusDocs returns the bundled corpus's chunks as NewIndex gives them to the BM25 index.
func corpusDocs(tb testing.TB) []string {
	tb.Helper()
	doc, err := ingest.ReadBytes(data.CorpusName, data.Corpus)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := ingest.Parse(doc, data.CorpusName, ingest.DefaultChunkChars)
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]string, len(p.Chunks))
	for i, c := range p.Chunks {
		docs[i] = zh.Normalize(c.SectionPath() + "\n" + c.Text)
	}
	return docs
}

func sameBM25(tb testing.TB, docs []string) {
	tb.Helper()
	got, want := NewBM25(docs), referenceBM25(docs)
	if !reflect.DeepEqual(got.docLen, want.docLen) || got.avgLen != want.avgLen {
		tb.Fatalf("document lengths differ")
	}
	if len(got.postings) != len(want.postings) {
		tb.Fatalf("%d terms, want %d", len(got.postings), len(want.postings))
	}
	for t, ps := range want.postings {
		if !reflect.DeepEqual(got.postings[t], ps) {
			tb.Fatalf("postings of %q: %v, want %v", t, got.postings[t], ps)
		}
	}
}

// TestBuildBM25MatchesTokens holds the parallel, allocation-light build to the tokens of
// zh.Tokens: same terms, same postings in the same order, same lengths.
func TestBuildBM25MatchesTokens(t *testing.T) {
	docs := corpusDocs(t)
	var many []string // enough documents for several workers
	for range 4 {
		many = append(many, docs...)
	}
	many = append(many, "", "a", "盛", "盛泽", "8.5%增长", "abc盛泽def 1.2.3 x..5 .5 5.", "〇一二三", "гдп рост 5%", "한국어 단어", "🙂🙂 盛 泽", "x1.5y", "Ⅻ ½ ①")
	sameBM25(t, many)
	sameBM25(t, nil)
}

// referenceSearch is the straightforward Search that BM25.Search must agree with.
func referenceSearch(ix *BM25, query map[string]float64, n int, allow func(doc int) bool) []Scored {
	scores := map[int32]float64{}
	for t, w := range query {
		idf := ix.IDF(t)
		if idf == 0 || w == 0 {
			continue
		}
		for _, p := range ix.postings[t] {
			if allow != nil && !allow(int(p.Doc)) {
				continue
			}
			tf := float64(p.TF)
			norm := ix.k1 * (1 - ix.b + ix.b*ix.docLen[p.Doc]/ix.avgLen)
			scores[p.Doc] += w * idf * tf * (ix.k1 + 1) / (tf + norm)
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

// TestSearchMatchesReference: same documents, same order, same scores (up to the rounding of
// adding a document's terms in another order: the query is a map).
func TestSearchMatchesReference(t *testing.T) {
	ix := NewBM25(corpusDocs(t))
	queries := []map[string]float64{
		{"增长": 1},
		{"地区": 1, "生产": 1, "总值": 1, "增长": 0.3, "目标": 0.2},
		{"盛泽": 2, "财政": 1, "收入": 1},
		{"gdp": 1, "8.5": 1, "没有的词": 1},
		{"老旧": 1, "小区": 1, "改造": 0.5, "区": -0.5},
		{},
	}
	allows := []func(int) bool{nil, func(d int) bool { return d%3 == 0 }, func(d int) bool { return d >= 100 && d < 140 }, func(int) bool { return false }}
	for qi, q := range queries {
		for ai, allow := range allows {
			for _, n := range []int{0, 1, 5, 50, 10000} {
				got, want := ix.Search(q, n, allow), referenceSearch(ix, q, n, allow)
				if len(got) != len(want) {
					t.Fatalf("query %d allow %d n %d: %d results, want %d", qi, ai, n, len(got), len(want))
				}
				docs := map[int]int{}
				for i := range want {
					if math.Abs(got[i].Score-want[i].Score) > 1e-9*math.Max(1, math.Abs(want[i].Score)) {
						t.Fatalf("query %d allow %d n %d rank %d: %+v, want %+v", qi, ai, n, i, got[i], want[i])
					}
					docs[got[i].Doc]++
					docs[want[i].Doc]--
				}
				for d, c := range docs {
					if c != 0 && (n <= 0 || n >= len(ix.docLen)) {
						t.Fatalf("query %d allow %d n %d: document %d found %+d times more than the reference", qi, ai, n, d, c)
					}
				}
			}
		}
	}
}

func FuzzBuildBM25(f *testing.F) {
	for _, s := range []string{"盛泽镇2023年地区生产总值增长5%左右", "GDP 8.5% 增长|a.b 1.2.3", "盛|泽|", "〇|Ⅻ½①|гдп"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameBM25(t, strings.Split(s, "|"))
		sameBM25(t, strings.Split(zh.Normalize(s), "|"))
	})
}

func BenchmarkNewBM25(b *testing.B) {
	docs := corpusDocs(b)
	b.ReportAllocs()
	for b.Loop() {
		NewBM25(docs)
	}
}
