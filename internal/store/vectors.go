package store

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"unsafe"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/mmap"
)

// The vectors file (vectors.f32) is the mappable copy of the chromem-go collection's vectors,
// written from the very vectors the collection holds (normalised, as chromem stores them), for
// processes that search once and exit. It is column-major: coordinate j of every chunk, then
// j+1, so a query with few non-zero coordinates (the local embedder's) reads only those columns.
// Layout: "RBVEC001", chunks uint64, dim uint64, then [dim][chunks]float32 little-endian.
const vectorsMagic = "RBVEC001"

const vectorsHeader = 24

// chunkVectors returns the collection's vectors by chunk index. chromem has no way to list its
// documents but a query for all of them, which returns each stored vector itself, not a copy.
func chunkVectors(db *chromem.DB, chunks []corpus.Chunk, dim int) ([][]float32, error) {
	vecs := make([][]float32, len(chunks))
	if len(chunks) == 0 {
		return vecs, nil
	}
	col := db.GetCollection(Collection, refuseEmbed)
	if col == nil {
		return nil, fmt.Errorf("collection %q missing", Collection)
	}
	if col.Count() != len(chunks) {
		return nil, fmt.Errorf("%d vectors for %d chunks", col.Count(), len(chunks))
	}
	if dim <= 0 {
		return nil, fmt.Errorf("dimension %d", dim)
	}
	byID := make(map[string]int, len(chunks))
	for i, c := range chunks {
		byID[c.ID] = i
	}
	probe := make([]float32, dim)
	probe[0] = 1
	res, err := col.QueryEmbedding(context.Background(), probe, col.Count(), nil, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range res {
		i, ok := byID[r.ID]
		if !ok {
			return nil, fmt.Errorf("vector %q has no chunk", r.ID)
		}
		vecs[i] = r.Embedding
	}
	for i, v := range vecs {
		if len(v) != dim {
			return nil, fmt.Errorf("chunk %d has a vector of dimension %d, want %d", i, len(v), dim)
		}
	}
	return vecs, nil
}

func refuseEmbed(context.Context, string) ([]float32, error) {
	return nil, errors.New("store: the chunk collection embeds no text")
}

// vectorsWriter buffers w and writes the header both vector files share: the magic, then the
// number of vectors and their dimension as little-endian uint64 (vectorsHeader bytes in all).
func vectorsWriter(w io.Writer, magic string, n, dim int) *bufio.Writer {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(magic)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	bw.Write(b[:])
	binary.LittleEndian.PutUint64(b[:], uint64(dim))
	bw.Write(b[:])
	return bw
}

// writeVectors writes vecs (all of dimension dim) column-major to w.
func writeVectors(w io.Writer, vecs [][]float32, dim int) error {
	bw := vectorsWriter(w, vectorsMagic, len(vecs), dim)
	col := make([]byte, 4*len(vecs))
	for j := range dim {
		for i, v := range vecs {
			binary.LittleEndian.PutUint32(col[4*i:], math.Float32bits(v[j]))
		}
		if _, err := bw.Write(col); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// vecPart is one segment's mapped vectors file, and the file itself for ReadSegmentColumn.
type vecPart struct {
	m    *mmap.File
	f    *os.File
	n    int
	dim  int
	data []float32
}

func openVecPart(path string) (*vecPart, error) {
	m, err := mmap.OpenShared(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	n, dim, data, err := parseFloats(path, m.Bytes(), vectorsMagic, "vectors")
	if err != nil {
		m.Close()
		return nil, err
	}
	v := &vecPart{m: m, n: n, dim: dim, data: data}
	// Kept open for ReadSegmentColumn; without it, columns are read from the mapping.
	if f, err := os.Open(path); err == nil {
		v.f = f
	}
	return v, nil
}

func (v *vecPart) column(j int) []float32 { return v.data[j*v.n : (j+1)*v.n : (j+1)*v.n] }

// VectorFile is the mapped vectors of a generation: its segments' vectors files, chunk indices
// running across the segments in order.
type VectorFile struct {
	parts  []*vecPart
	starts []int
	n      int
	dim    int
}

func (v *VectorFile) add(path string) error {
	p, err := openVecPart(path)
	if err != nil {
		return err
	}
	if len(v.parts) > 0 && p.dim != v.dim && p.n > 0 && v.n > 0 {
		p.m.Close()
		return fmt.Errorf("read store %s: vectors of dimension %d, the other segments' have %d (re-run `reportbot ingest --replace`)", path, p.dim, v.dim)
	}
	if p.n > 0 || len(v.parts) == 0 {
		v.dim = p.dim
	}
	v.parts = append(v.parts, p)
	v.starts = append(v.starts, v.n)
	v.n += p.n
	return nil
}

// Len returns the number of vectors (one per chunk, in chunk order).
func (v *VectorFile) Len() int { return v.n }

// Dim returns their dimension.
func (v *VectorFile) Dim() int { return v.dim }

// Segments returns the number of segments (files) the vectors span.
func (v *VectorFile) Segments() int { return len(v.parts) }

// SegmentStart returns the chunk index of segment s's first vector.
func (v *VectorFile) SegmentStart(s int) int { return v.starts[s] }

// SegmentColumn returns coordinate j of segment s's vectors, in place (never change it):
// element k is chunk SegmentStart(s)+k's.
func (v *VectorFile) SegmentColumn(s, j int) []float32 { return v.parts[s].column(j) }

// ReadSegmentColumn reads coordinate j of segment s's vectors into buf (grown as needed) and
// returns it: SegmentColumn's values, read with pread instead of through the mapping. A scan of
// many columns that reads them in place keeps every page it touched resident in the process,
// and the kernel maps whole page-cache folios (up to megabytes) on each fault: about half of
// vectors.f32 for one unfiltered query at 10,000 reports. Read into one buffer, the pages stay
// in the page cache only. It falls back to a copy from the mapping when the read fails.
func (v *VectorFile) ReadSegmentColumn(s, j int, buf []float32) []float32 {
	p := v.parts[s]
	buf = slices.Grow(buf[:0], p.n)[:p.n]
	if p.n == 0 {
		return buf
	}
	if p.f != nil {
		b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(buf))), 4*p.n)
		if _, err := p.f.ReadAt(b, int64(vectorsHeader+4*j*p.n)); err == nil {
			return buf
		}
	}
	copy(buf, p.column(j))
	return buf
}

// Column returns coordinate j of every vector, by chunk index (never change it). With one
// segment it is read in place; with several it is a fresh copy (use SegmentColumn).
func (v *VectorFile) Column(j int) []float32 {
	if len(v.parts) == 1 {
		return v.parts[0].column(j)
	}
	out := make([]float32, 0, v.n)
	for _, p := range v.parts {
		out = append(out, p.column(j)...)
	}
	return out
}

// Vector returns a copy of chunk i's vector.
func (v *VectorFile) Vector(i int) []float32 {
	k := sort.Search(len(v.starts), func(k int) bool { return v.starts[k] > i }) - 1
	p, i := v.parts[k], i-v.starts[k]
	out := make([]float32, v.dim)
	for j := range out {
		out[j] = p.data[j*p.n+i]
	}
	return out
}

// Rows returns segment s's vectors row by row (one slice per chunk, sharing one fresh array).
func (v *VectorFile) Rows(s int) [][]float32 {
	p := v.parts[s]
	flat := make([]float32, p.n*p.dim)
	for j := range p.dim {
		for i, x := range p.column(j) {
			flat[i*p.dim+j] = x
		}
	}
	rows := make([][]float32, p.n)
	for i := range rows {
		rows[i] = flat[i*p.dim : (i+1)*p.dim : (i+1)*p.dim]
	}
	return rows
}

// Close unmaps the files.
func (v *VectorFile) Close() error {
	var errs []error
	for _, p := range v.parts {
		errs = append(errs, p.m.Close())
		if p.f != nil {
			errs = append(errs, p.f.Close())
		}
	}
	return errors.Join(errs...)
}
