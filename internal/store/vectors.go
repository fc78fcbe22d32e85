package store

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
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

// writeVectors writes vecs (all of dimension dim) column-major to w.
func writeVectors(w io.Writer, vecs [][]float32, dim int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(vectorsMagic)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(len(vecs)))
	bw.Write(b[:])
	binary.LittleEndian.PutUint64(b[:], uint64(dim))
	bw.Write(b[:])
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

// VectorFile is the mapped vectors file of a generation.
type VectorFile struct {
	m    *mmap.File
	n    int
	dim  int
	data []float32
}

func openVectors(path string) (*VectorFile, error) {
	m, err := mmap.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	b := m.Bytes()
	if len(b) < vectorsHeader || string(b[:8]) != vectorsMagic {
		m.Close()
		return nil, fmt.Errorf("read store %s: not a vectors file of this version (re-run `reportbot ingest`)", path)
	}
	n, dim := binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:])
	if n > 1<<31 || dim > 1<<20 || uint64(len(b)) != vectorsHeader+4*n*dim {
		m.Close()
		return nil, fmt.Errorf("read store %s: size %d does not match %d vectors of dimension %d (re-run `reportbot ingest`)", path, len(b), n, dim)
	}
	v := &VectorFile{m: m, n: int(n), dim: int(dim)}
	if n*dim > 0 {
		v.data = unsafe.Slice((*float32)(unsafe.Pointer(&b[vectorsHeader])), int(n*dim))
	}
	return v, nil
}

// Len returns the number of vectors (one per chunk, in chunk order).
func (v *VectorFile) Len() int { return v.n }

// Dim returns their dimension.
func (v *VectorFile) Dim() int { return v.dim }

// Column returns coordinate j of every vector, by chunk index (in place: never change it).
func (v *VectorFile) Column(j int) []float32 { return v.data[j*v.n : (j+1)*v.n : (j+1)*v.n] }

// Vector returns a copy of chunk i's vector.
func (v *VectorFile) Vector(i int) []float32 {
	out := make([]float32, v.dim)
	for j := range out {
		out[j] = v.data[j*v.n+i]
	}
	return out
}

// Close unmaps the file.
func (v *VectorFile) Close() error { return v.m.Close() }
