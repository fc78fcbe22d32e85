package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"sync"
)

// The lists file (lists.ivf) partitions a segment's chunks for `serve`'s dense search, as an
// inverted-file (IVF) index does: k-means (spherical: unit centroids, similarity the dot product
// chromem-go ranks by) groups the segment's vectors into lists of about ListSize chunks, and the
// file holds each list's centroid and each chunk's list. `serve` keeps one chromem-go collection
// per list (Lists) and queries only the lists whose centroids are nearest the question. It is
// written with the segment (a SegmentFiles writer), from the very vectors of vectors.rows, so
// every writer of segments (ingest, add, remove, replace, compaction) writes it. A segment
// without one (written before it existed) is served as one list, exhaustively.
//
// Layout: "RBIVF001", lists k uint64, dim uint64, chunks n uint64, then [k][dim]float32 centroids
// and [n]uint32 lists, little-endian.
const (
	listsFile   = "lists.ivf"
	listsMagic  = "RBIVF001"
	listsHeader = 32
)

// ListSize is the mean number of chunks per list a segment's partition aims at.
const ListSize = 256

// k-means settings: the sample the centroids are trained on (per list), and the iterations.
const (
	trainPerList = 24
	trainRounds  = 8
)

func init() {
	SegmentFiles = append(SegmentFiles, SegmentFile{Name: listsFile, Write: func(w io.Writer, d *SegmentData) error {
		return writePartition(w, Partition(d.Vectors, d.Dim), d.Dim)
	}})
}

// PartitionOf is a segment's partition into lists: Centroids[l] is list l's unit centroid
// (dimension Dim) and List[i] the list of the segment's chunk i.
type PartitionOf struct {
	Dim       int
	Centroids [][]float32
	List      []uint32
}

// Partition partitions unit vectors vecs (of dimension dim) into about len(vecs)/ListSize lists
// by spherical k-means: the centroids are trained on an evenly spaced sample (k-means++ seeds
// from a fixed random source, then trainRounds rounds), and every vector joins the list of its
// most similar centroid. The result depends on vecs alone.
func Partition(vecs [][]float32, dim int) PartitionOf { return partitionSized(vecs, dim, ListSize) }

// partitionSized is Partition into lists of about size vectors.
func partitionSized(vecs [][]float32, dim, size int) PartitionOf {
	n := len(vecs)
	p := PartitionOf{Dim: dim, List: make([]uint32, n)}
	if n == 0 {
		return p
	}
	k := (n + size - 1) / size
	sample := vecs
	if s := k * trainPerList; n > s {
		sample = make([][]float32, s)
		for i := range sample {
			sample[i] = vecs[int(int64(i)*int64(n)/int64(s))]
		}
	}
	cents := seedCentroids(sample, k, dim)
	in := make([]uint32, len(sample))
	for round := range trainRounds {
		changed := assignAll(sample, cents, in)
		if round > 0 && !changed {
			break
		}
		cents = recentre(sample, in, cents, dim)
	}
	assignAll(vecs, cents, p.List)
	p.Centroids = cents
	return p
}

// seedCentroids picks k seeds among sample by k-means++ (each next seed drawn with probability
// proportional to its squared distance, 1 - similarity, from the nearest seed so far).
func seedCentroids(sample [][]float32, k, dim int) [][]float32 {
	rng := rand.New(rand.NewPCG(uint64(len(sample)), uint64(k)))
	cents := make([][]float32, 0, k)
	best := make([]float32, len(sample)) // each point's similarity to its nearest seed
	for i := range best {
		best[i] = -2
	}
	next := rng.IntN(len(sample))
	for len(cents) < k {
		c := unitCopy(sample[next], dim)
		cents = append(cents, c)
		var total float64
		for i, v := range sample {
			if s := dot(v, c); s > best[i] {
				best[i] = s
			}
			d := float64(1 - best[i])
			total += d * d
		}
		if total <= 0 {
			// Every point sits on a seed: the remaining seeds repeat points (their lists stay
			// empty, which a search skips).
			next = rng.IntN(len(sample))
			continue
		}
		r := rng.Float64() * total
		next = len(sample) - 1
		for i := range sample {
			d := float64(1 - best[i])
			if r -= d * d; r < 0 {
				next = i
				break
			}
		}
	}
	return cents
}

// assignAll sets in[i] to the centroid most similar to vecs[i] (the first of equals), on every
// core, and reports whether any changed.
func assignAll(vecs [][]float32, cents [][]float32, in []uint32) bool {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(vecs)/1024))
	changed := make([]bool, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(vecs); i += workers {
				b, bs := 0, float32(math.Inf(-1))
				for l, c := range cents {
					if s := dot(vecs[i], c); s > bs {
						b, bs = l, s
					}
				}
				if in[i] != uint32(b) {
					in[i] = uint32(b)
					changed[w] = true
				}
			}
		})
	}
	wg.Wait()
	for _, c := range changed {
		if c {
			return true
		}
	}
	return false
}

// recentre returns each list's normalised mean; a list left empty keeps its centroid.
func recentre(vecs [][]float32, in []uint32, old [][]float32, dim int) [][]float32 {
	sums := make([][]float64, len(old))
	for i, v := range vecs {
		s := sums[in[i]]
		if s == nil {
			s = make([]float64, dim)
			sums[in[i]] = s
		}
		for j, x := range v {
			s[j] += float64(x)
		}
	}
	out := make([][]float32, len(old))
	for l, s := range sums {
		var sq float64
		for _, x := range s {
			sq += x * x
		}
		if s == nil || sq == 0 {
			out[l] = old[l]
			continue
		}
		norm := math.Sqrt(sq)
		c := make([]float32, dim)
		for j, x := range s {
			c[j] = float32(x / norm)
		}
		out[l] = c
	}
	return out
}

// unitCopy returns v's first dim coordinates, normalised.
func unitCopy(v []float32, dim int) []float32 {
	c := make([]float32, dim)
	copy(c, v)
	return UnitVector(c)
}

// dot is the dot product of two vectors of one dimension, four sums at a time.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// writePartition writes p (of dimension dim) to w.
func writePartition(w io.Writer, p PartitionOf, dim int) error {
	bw := vectorsWriter(w, listsMagic, len(p.Centroids), dim)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(len(p.List)))
	bw.Write(b[:])
	row := make([]byte, 4*dim)
	for _, c := range p.Centroids {
		for j := range dim {
			binary.LittleEndian.PutUint32(row[4*j:], math.Float32bits(c[j]))
		}
		bw.Write(row)
	}
	for _, l := range p.List {
		binary.LittleEndian.PutUint32(b[:4], l)
		if _, err := bw.Write(b[:4]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// readPartition reads the lists file at path, of a segment of n chunks of dimension dim. It
// returns false, and no error, when the segment has none.
func readPartition(path string, n, dim int) (PartitionOf, bool, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return PartitionOf{}, false, nil
	}
	if err != nil {
		return PartitionOf{}, false, fmt.Errorf("read store: %w", err)
	}
	bad := func(what string) (PartitionOf, bool, error) {
		return PartitionOf{}, false, fmt.Errorf("read store %s: %s (re-run `reportbot ingest --replace`)", path, what)
	}
	if len(b) < listsHeader || string(b[:8]) != listsMagic {
		return bad("not a lists file of this version")
	}
	k, d, m := binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:]), binary.LittleEndian.Uint64(b[24:])
	if m != uint64(n) || (n > 0 && d != uint64(dim)) || k > uint64(n) || uint64(len(b)) != listsHeader+4*k*d+4*m {
		return bad(fmt.Sprintf("%d lists of %d chunks of dimension %d do not match the segment's %d chunks of dimension %d", k, m, d, n, dim))
	}
	p := PartitionOf{Dim: dim, Centroids: make([][]float32, k), List: make([]uint32, n)}
	off := listsHeader
	for l := range p.Centroids {
		c := make([]float32, dim)
		for j := range c {
			c[j] = math.Float32frombits(binary.LittleEndian.Uint32(b[off:]))
			off += 4
		}
		p.Centroids[l] = c
	}
	for i := range p.List {
		p.List[i] = binary.LittleEndian.Uint32(b[off:])
		off += 4
		if p.List[i] >= uint32(k) {
			return bad(fmt.Sprintf("chunk %d is in list %d of %d", i, p.List[i], k))
		}
	}
	return p, true, nil
}
