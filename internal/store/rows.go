package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"unsafe"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/mmap"
)

// The rows file (vectors.rows) holds the same vectors as the vectors file, row-major: chunk i's
// vector is one contiguous run of dim float32, which is what a chromem-go document holds. `serve`
// builds its chromem-go collections, one per list, from the mapped rows (Generation.Lists) instead
// of decoding an export: chromem-go keeps a unit-length embedding slice as given, so the vectors stay
// in the page cache, shared with every process that maps the file, and are never copied onto the
// heap. Both vector files are written from one slice of vectors in one write (writeGeneration);
// the tests hold them to each other. Layout: "RBROW001", chunks uint64, dim uint64, then
// [chunks][dim]float32 little-endian.
const rowsMagic = "RBROW001"

// writeRows writes vecs (all of dimension dim) row-major to w.
func writeRows(w io.Writer, vecs [][]float32, dim int) error {
	bw := vectorsWriter(w, rowsMagic, len(vecs), dim)
	row := make([]byte, 4*dim)
	for _, v := range vecs {
		for j := range dim {
			binary.LittleEndian.PutUint32(row[4*j:], math.Float32bits(v[j]))
		}
		if _, err := bw.Write(row); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// RowFile is the rows of a generation: its segments' rows files, mapped (RowFile.open), chunk
// indices running across the segments in order.
type RowFile struct {
	parts  []rowPart
	starts []int
	n      int
	dim    int
}

type rowPart struct {
	m    *mmap.File // nil when read
	n    int
	data []float32
}

// add appends one segment's rows.
func (r *RowFile) add(m *mmap.File, n, dim int, data []float32) error {
	if r.n > 0 && n > 0 && dim != r.dim {
		return fmt.Errorf("read store: rows of dimension %d, the other segments' have %d (rebuild it with `reportbot ingest --replace`)", dim, r.dim)
	}
	if n > 0 || len(r.parts) == 0 {
		r.dim = dim
	}
	r.parts = append(r.parts, rowPart{m: m, n: n, data: data})
	r.starts = append(r.starts, r.n)
	r.n += n
	return nil
}

// parseFloats checks the header and size of a vectors or rows file (vectorsWriter's header
// with magic; what names the kind in errors) and views its float32s in place.
func parseFloats(path string, b []byte, magic, what string) (n, dim int, data []float32, err error) {
	if len(b) < vectorsHeader || string(b[:8]) != magic {
		return 0, 0, nil, fmt.Errorf("read store %s: not a %s file of this version (re-run `reportbot ingest`)", path, what)
	}
	un, udim := binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:])
	if un > 1<<31 || udim > 1<<20 || uint64(len(b)) != vectorsHeader+4*un*udim {
		return 0, 0, nil, fmt.Errorf("read store %s: size %d does not match %d vectors of dimension %d (re-run `reportbot ingest`)", path, len(b), un, udim)
	}
	if un*udim > 0 {
		data = unsafe.Slice((*float32)(unsafe.Pointer(&b[vectorsHeader])), int(un*udim))
	}
	return int(un), int(udim), data, nil
}

// open maps the rows file at path and appends it.
func (r *RowFile) open(path string) error {
	m, err := mmap.OpenShared(path)
	if err != nil {
		return fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	n, dim, data, err := parseFloats(path, m.Bytes(), rowsMagic, "rows")
	if err != nil {
		m.Close()
		return err
	}
	if err := r.add(m, n, dim, data); err != nil {
		m.Close()
		return err
	}
	return nil
}

// Len returns the number of vectors (one per chunk, in chunk order).
func (r *RowFile) Len() int { return r.n }

// Dim returns their dimension.
func (r *RowFile) Dim() int { return r.dim }

// Row returns chunk i's vector in place (never change it: a mapped file is read-only).
func (r *RowFile) Row(i int) []float32 {
	k := 0
	if len(r.parts) > 1 {
		k = sort.Search(len(r.starts), func(k int) bool { return r.starts[k] > i }) - 1
	}
	p, i := r.parts[k], i-r.starts[k]
	return p.data[i*r.dim : (i+1)*r.dim : (i+1)*r.dim]
}

// Close unmaps the file (a no-op for one read onto the heap).
func (r *RowFile) Close() error {
	var errs []error
	for _, p := range r.parts {
		if p.m != nil {
			errs = append(errs, p.m.Close())
		}
	}
	return errors.Join(errs...)
}

// fillCollection adds every row to col as a document without content or metadata, named by
// id(i), two goroutines at a time. chromem-go keeps each row slice as given (it is of unit
// length), so the collection's embeddings are the rows themselves.
func (r *RowFile) fillCollection(col *chromem.Collection, id func(i int) string) error {
	const workers = 2
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < r.n; i += workers {
				if err := col.AddDocument(context.Background(), chromem.Document{ID: id(i), Embedding: r.Row(i)}); err != nil {
					errs[w] = fmt.Errorf("read store vectors: %w (re-run `reportbot ingest`)", err)
					return
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// fillDB builds the snapshot's chromem-go DB from its rows (read onto the heap): one document
// per chunk, named by its chunk ID as ingest names them, its embedding the chunk's row. The
// collection embeds text with the function Snapshot.Collection first binds.
func (s *Snapshot) fillDB(rows *RowFile) error {
	if rows.Len() != len(s.Chunks) || (rows.Len() > 0 && rows.Dim() != s.Manifest.Dim) {
		return fmt.Errorf("store generation %s is inconsistent: %d vectors of dimension %d for %d chunks of dimension %d; re-run `reportbot ingest`",
			s.Generation, rows.Len(), rows.Dim(), len(s.Chunks), s.Manifest.Dim)
	}
	s.bound = &boundEmbed{}
	s.DB = chromem.NewDB()
	col, err := s.DB.CreateCollection(Collection, nil, s.bound.embed)
	if err != nil {
		return fmt.Errorf("read store vectors: %w", err)
	}
	return rows.fillCollection(col, func(i int) string { return s.Chunks[i].ID })
}

// boundEmbed is the embedding function of a collection built before its embedder is known: the
// first one bound (as chromem-go binds an imported collection's on first GetCollection).
type boundEmbed struct {
	mu sync.Mutex
	fn chromem.EmbeddingFunc
}

func (b *boundEmbed) bind(fn chromem.EmbeddingFunc) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.fn == nil {
		b.fn = fn
	}
}

func (b *boundEmbed) embed(ctx context.Context, text string) ([]float32, error) {
	b.mu.Lock()
	fn := b.fn
	b.mu.Unlock()
	if fn == nil {
		return refuseEmbed(ctx, text)
	}
	return fn(ctx, text)
}
