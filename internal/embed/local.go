// Package embed holds the embedders reportbot can build a store with. The local embedder is
// pure Go and needs no network; model embedders live in internal/llm.
package embed

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/reportbot/reportbot/internal/zh"
)

// LocalName is the name the local embedder records in a store, with its dimension.
const LocalName = "local-ngram-v1"

// LocalDim is the local embedder's dimension: enough buckets that the character bigrams and
// trigrams of one report passage rarely collide, small enough that 100× the bundled corpus stays
// well under a few hundred MiB in RAM.
const LocalDim = 512

// Func embeds one text into a unit-length vector (chromem-go's EmbeddingFunc shape).
type Func = func(ctx context.Context, text string) ([]float32, error)

// Local returns the local embedder: hashed character unigrams, bigrams and trigrams of the
// NFKC-normalised text (and whole Latin words and numbers), each hashed with a sign into one of
// dim buckets, weighted 1+log(tf), L2-normalised. It is deterministic and needs no model.
func Local(dim int) Func {
	return func(_ context.Context, text string) ([]float32, error) {
		v := LocalVector(text, dim)
		if v == nil {
			return nil, fmt.Errorf("embed: text has nothing to embed")
		}
		return v, nil
	}
}

// LocalVector computes the local embedding of text, or nil when text has no features.
func LocalVector(text string, dim int) []float32 {
	counts := map[string]float64{}
	rs := []rune(zh.Normalize(text))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if zh.IsHan(r) {
			counts[string(rs[i:i+1])] += 0.5
			if i+1 < len(rs) && zh.IsHan(rs[i+1]) {
				counts[string(rs[i:i+2])]++
				if i+2 < len(rs) && zh.IsHan(rs[i+2]) {
					counts[string(rs[i:i+3])]++
				}
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i
			for j < len(rs) && !zh.IsHan(rs[j]) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == '%') {
				j++
			}
			counts["w:"+strings.TrimRight(string(rs[i:j]), ".")]++
			i = j - 1
		}
	}
	if len(counts) == 0 {
		return nil
	}
	// Sum in a fixed order so that the vector is the same bit for bit on every run.
	feats := make([]string, 0, len(counts))
	for f := range counts {
		feats = append(feats, f)
	}
	sort.Strings(feats)
	v := make([]float64, dim)
	for _, f := range feats {
		c := counts[f]
		h := fnv.New64a()
		h.Write([]byte(f))
		x := h.Sum64()
		idx := int(x % uint64(dim))
		w := 1 + math.Log(c)
		if c < 1 {
			w = c
		}
		if x>>63 == 1 {
			w = -w
		}
		v[idx] += w
	}
	var norm float64
	for _, x := range v {
		norm += x * x
	}
	if norm == 0 {
		return nil
	}
	norm = math.Sqrt(norm)
	out := make([]float32, dim)
	for i, x := range v {
		out[i] = float32(x / norm)
	}
	return out
}
