package store

import (
	"math"
	"testing"
)

// TestMoments: each list's mean and variance of each coordinate, as computed directly.
func TestMoments(t *testing.T) {
	const dim = 16
	vecs := clustered(3*ListSize+17, 9, dim)
	p := Partition(vecs, dim)
	mean, vari := moments(p, func(i int) []float32 { return vecs[i] }, len(vecs), dim)
	for l := range p.Centroids {
		var in [][]float32
		for i, v := range vecs {
			if p.List[i] == uint32(l) {
				in = append(in, v)
			}
		}
		if len(in) == 0 {
			if mean[l] != nil || vari[l] != nil {
				t.Fatalf("list %d is empty but has moments", l)
			}
			continue
		}
		for j := range dim {
			var s float64
			for _, v := range in {
				s += float64(v[j])
			}
			mu := s / float64(len(in))
			var d float64
			for _, v := range in {
				d += (float64(v[j]) - mu) * (float64(v[j]) - mu)
			}
			d /= float64(len(in))
			if math.Abs(float64(mean[l][j])-mu) > 1e-6 || math.Abs(float64(vari[l][j])-d) > 1e-6 {
				t.Fatalf("list %d coordinate %d: mean %v variance %v, want %v %v", l, j, mean[l][j], vari[l][j], mu, d)
			}
		}
	}
}

// TestLikeliest: a list's estimate is its mean similarity plus spreadWeight standard deviations
// over the query's non-zero coordinates; a list of one vector repeated is judged by it alone.
func TestLikeliest(t *testing.T) {
	q := []float32{0.6, 0, -0.8}
	nz := []int{0, 2}
	mean := []float32{0.5, 0.9, -0.5}
	if got, want := likeliest(q, nz, mean, make([]float32, 3)), float32(0.6*0.5+0.8*0.5); math.Abs(float64(got-want)) > 1e-6 {
		t.Errorf("no spread: %v, want %v", got, want)
	}
	vari := []float32{0.04, 1, 0.01}
	want := 0.7 + spreadWeight*math.Sqrt(0.36*0.04+0.64*0.01)
	if got := likeliest(q, nz, mean, vari); math.Abs(float64(got)-want) > 1e-6 {
		t.Errorf("with spread: %v, want %v", got, want)
	}
}
