package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/lexical"
)

// TestLocalSourceBuffersReused holds localSource's pooled read buffers to its contract: a
// column or a posting list is what the store holds whatever was read before it into the same
// buffer, and a read made while another's callback runs (serve's workers, or a caller that
// nests them) does not overwrite the outer one's.
func TestLocalSourceBuffersReused(t *testing.T) {
	_, oneShot, _ := openAll(t, scale.Store(t, 3))
	src := oneShot.src.(localSource)
	n, dim := src.NumChunks(), src.g.Vectors.Dim()
	if dim < 2 {
		t.Fatalf("dimension %d: need two columns", dim)
	}
	want := func(j int) []float32 { // coordinate j of every chunk, vector by vector
		out := make([]float32, n)
		for i := range n {
			out[i] = src.g.Vectors.Vector(i)[j]
		}
		return out
	}
	read := func(j int, nested func()) []float32 {
		out := make([]float32, n)
		src.DenseColumn(j, func(start int, col []float32) {
			before := slices.Clone(col)
			if nested != nil {
				nested()
			}
			if !slices.Equal(col, before) {
				t.Fatalf("column %d: a nested read changed the outer column", j)
			}
			copy(out[start:], col)
		})
		return out
	}
	// Twice over, so the second round reads into buffers the first one left in the pool.
	for round := range 2 {
		for _, j := range []int{0, dim - 1, 1} {
			if got := read(j, func() { read(dim-1-j, nil) }); !slices.Equal(got, want(j)) {
				t.Fatalf("round %d: column %d differs from the vectors", round, j)
			}
		}
	}

	terms := []string{"发展", "经济", "收入"}
	postings := func(term string, nested func()) []lexical.Posting {
		var out []lexical.Posting
		src.PostingParts(term, func(start int, ps []lexical.Posting) {
			before := slices.Clone(ps)
			if nested != nil {
				nested()
			}
			if !slices.Equal(ps, before) {
				t.Fatalf("%s: a nested read changed the outer postings", term)
			}
			for _, p := range ps {
				p.Doc += int32(start)
				out = append(out, p)
			}
		})
		return out
	}
	for round := range 2 {
		for k, term := range terms {
			other := terms[(k+1)%len(terms)]
			got := postings(term, func() { postings(other, nil) })
			if len(got) == 0 || !slices.Equal(got, src.Postings(term)) {
				t.Fatalf("round %d: %s: %d postings read in parts, %d looked up", round, term, len(got), len(src.Postings(term)))
			}
		}
	}
}
