package lexical

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unsafe"

	"github.com/reportbot/reportbot/internal/mmap"
)

// The file layout (little-endian; every array starts at a multiple of 8 bytes):
//
//	magic     [8]byte "RBLEX001"
//	header    docs, terms, postings, termBytes uint64; avgLen float64
//	docLen    [docs]uint32, padded to 8 bytes
//	termOff   [terms+1]uint64: term i is termBytes[termOff[i]:termOff[i+1]]
//	postOff   [terms+1]uint64: term i's postings are postings[postOff[i]:postOff[i+1]]
//	postings  [postings]{doc int32; tf float32}
//	termBytes the terms, sorted, concatenated
const magic = "RBLEX001"

const headerSize = 8 + 5*8

// ErrFormat means a lexical index file is not one this version reads.
var ErrFormat = errors.New("not a lexical index file of this version")

// Write writes the postings and document lengths of Build to w.
func Write(w io.Writer, postings map[string][]Posting, docLen []float64) error {
	return WriteParts(w, []map[string][]Posting{postings}, docLen)
}

// WriteParts writes the postings and document lengths of BuildParts to w.
func WriteParts(w io.Writer, parts []map[string][]Posting, docLen []float64) error {
	postings := func(t string, fn func([]Posting)) {
		for _, p := range parts {
			if ps := p[t]; len(ps) > 0 {
				fn(ps)
			}
		}
	}
	seen := map[string]bool{}
	var terms []string
	var nPost, nBytes uint64
	for _, p := range parts {
		for t, ps := range p {
			nPost += uint64(len(ps))
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
				nBytes += uint64(len(t))
			}
		}
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	slices.Sort(terms)
	var b [8]byte
	u64 := func(v uint64) {
		binary.LittleEndian.PutUint64(b[:], v)
		bw.Write(b[:])
	}
	bw.WriteString(magic)
	u64(uint64(len(docLen)))
	u64(uint64(len(terms)))
	u64(nPost)
	u64(nBytes)
	u64(math.Float64bits(AvgLen(docLen)))
	for _, l := range docLen {
		binary.LittleEndian.PutUint32(b[:4], uint32(l))
		bw.Write(b[:4])
	}
	if len(docLen)%2 == 1 {
		bw.Write(make([]byte, 4))
	}
	var off uint64
	u64(0)
	for _, t := range terms {
		off += uint64(len(t))
		u64(off)
	}
	off = 0
	u64(0)
	for _, t := range terms {
		postings(t, func(ps []Posting) { off += uint64(len(ps)) })
		u64(off)
	}
	for _, t := range terms {
		postings(t, func(ps []Posting) {
			for _, p := range ps {
				binary.LittleEndian.PutUint32(b[:4], uint32(p.Doc))
				binary.LittleEndian.PutUint32(b[4:], math.Float32bits(p.TF))
				bw.Write(b[:])
			}
		})
	}
	for _, t := range terms {
		bw.WriteString(t)
	}
	return bw.Flush()
}

// File is a mapped lexical index: Lookup reads a term's postings in place.
type File struct {
	m         *mmap.File
	docLen    []uint32
	termOff   []uint64
	postOff   []uint64
	postings  []Posting
	termBytes string
	avgLen    float64
}

// Open maps the lexical index file at path.
func Open(path string) (*File, error) {
	m, err := mmap.Open(path)
	if err != nil {
		return nil, err
	}
	f, err := parse(m.Bytes())
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.m = m
	return f, nil
}

func parse(b []byte) (*File, error) {
	if len(b) < headerSize || string(b[:8]) != magic || uintptr(unsafe.Pointer(&b[0]))%8 != 0 {
		return nil, ErrFormat
	}
	h := func(i int) uint64 { return binary.LittleEndian.Uint64(b[8+8*i:]) }
	docs, terms, nPost, nBytes := h(0), h(1), h(2), h(3)
	avg := math.Float64frombits(h(4))
	padded := (docs + docs%2) * 4
	need := uint64(headerSize) + padded + 2*(terms+1)*8 + nPost*8 + nBytes
	if docs > 1<<31 || terms > 1<<40 || nPost > 1<<40 || uint64(len(b)) != need {
		return nil, fmt.Errorf("%w: size %d, header says %d", ErrFormat, len(b), need)
	}
	at := uint64(headerSize)
	f := &File{avgLen: avg}
	f.docLen = castSlice[uint32](b[at:], int(docs))
	at += padded
	f.termOff = castSlice[uint64](b[at:], int(terms+1))
	at += (terms + 1) * 8
	f.postOff = castSlice[uint64](b[at:], int(terms+1))
	at += (terms + 1) * 8
	f.postings = castSlice[Posting](b[at:], int(nPost))
	at += nPost * 8
	if nBytes > 0 {
		f.termBytes = unsafe.String(&b[at], int(nBytes))
	}
	if f.termOff[terms] != nBytes || f.postOff[terms] != nPost {
		return nil, fmt.Errorf("%w: offsets do not end at the data's end", ErrFormat)
	}
	return f, nil
}

// castSlice views the start of b as n values of T (b is 8-byte aligned, little-endian, and
// holds at least n values: parse checked the size).
func castSlice[T any](b []byte, n int) []T {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}

// Len returns the number of documents.
func (f *File) Len() int { return len(f.docLen) }

// AvgLen returns the mean document length.
func (f *File) AvgLen() float64 { return f.avgLen }

// DocLens returns every document's length in tokens.
func (f *File) DocLens() []float64 {
	out := make([]float64, len(f.docLen))
	for i, l := range f.docLen {
		out[i] = float64(l)
	}
	return out
}

// Terms returns the number of distinct terms.
func (f *File) Terms() int { return len(f.termOff) - 1 }

func (f *File) term(i int) string { return f.termBytes[f.termOff[i]:f.termOff[i+1]] }

// Term returns term i (0 ≤ i < Terms()), in sorted order. It points into the mapping.
func (f *File) Term(i int) string { return f.term(i) }

// Lookup returns the postings of term t (nil when no document holds it), in document order.
// The slice points into the mapping: it must not be changed.
func (f *File) Lookup(t string) []Posting {
	lo, hi := 0, f.Terms()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if strings.Compare(f.term(m), t) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == f.Terms() || f.term(lo) != t {
		return nil
	}
	ps := f.postings[f.postOff[lo]:f.postOff[lo+1]]
	return ps[:len(ps):len(ps)]
}

// Each calls fn for every term and its postings, terms in sorted order.
func (f *File) Each(fn func(term string, ps []Posting)) {
	for i := range f.Terms() {
		ps := f.postings[f.postOff[i]:f.postOff[i+1]]
		fn(f.term(i), ps[:len(ps):len(ps)])
	}
}

// Close unmaps the file; postings looked up before must not be used afterwards.
func (f *File) Close() error { return f.m.Close() }
