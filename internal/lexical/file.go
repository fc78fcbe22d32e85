package lexical

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
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

// part is one mapped lexical index file (a store segment's).
type part struct {
	m         *mmap.File
	f         *os.File // for ReadLists (nil: read from the mapping)
	postAt    int64    // the postings' offset in the file
	docLen    []uint32
	termOff   []uint64
	postOff   []uint64
	postings  []Posting
	termBytes string
	avgLen    float64
}

func openPart(path string) (*part, error) {
	m, err := mmap.OpenShared(path)
	if err != nil {
		return nil, err
	}
	p, err := parse(m.Bytes())
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	p.m = m
	if len(p.postings) > 0 {
		p.postAt = int64(uintptr(unsafe.Pointer(&p.postings[0])) - uintptr(unsafe.Pointer(&m.Bytes()[0])))
		if f, err := os.Open(path); err == nil {
			p.f = f
		}
	}
	return p, nil
}

func parse(b []byte) (*part, error) {
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
	f := &part{avgLen: avg}
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

func (p *part) terms() int { return len(p.termOff) - 1 }

func (p *part) term(i int) string { return p.termBytes[p.termOff[i]:p.termOff[i+1]] }

// find returns the index of term t, or -1.
func (p *part) find(t string) int {
	lo, hi := 0, p.terms()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if strings.Compare(p.term(m), t) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == p.terms() || p.term(lo) != t {
		return -1
	}
	return lo
}

func (p *part) list(i int) []Posting {
	ps := p.postings[p.postOff[i]:p.postOff[i+1]]
	return ps[:len(ps):len(ps)]
}

// File is a mapped lexical index: one file, or the files of a store generation's segments read
// as one index (OpenParts), whose documents are numbered across the parts in order and whose
// statistics (documents, average length, document frequencies) are the whole index's. Lookup
// reads a term's postings in place.
type File struct {
	parts  []*part
	starts []int // the first document of each part
	n      int
	avgLen float64

	termsOnce sync.Once
	merged    []string // every part's terms, sorted and unique (more than one part)

	// cache holds the postings Lookup merged across parts, up to cacheBudget postings (then it
	// starts over): a question looks the same few terms up many times.
	mu     sync.Mutex
	cache  map[string][]Posting
	cached int
}

// cacheBudget bounds the postings a File keeps merged (8 bytes each).
const cacheBudget = 8 << 20

// Open maps the lexical index file at path.
func Open(path string) (*File, error) { return OpenParts([]string{path}) }

// OpenParts maps the lexical index files at paths (a store generation's segments, in order) as
// one index: the documents of paths[1] follow those of paths[0], and so on. The statistics are
// summed across the parts here, at open; the postings stay where they are.
func OpenParts(paths []string) (*File, error) {
	f := &File{}
	var total float64
	for _, path := range paths {
		p, err := openPart(path)
		if err != nil {
			f.Close()
			return nil, err
		}
		f.parts = append(f.parts, p)
		f.starts = append(f.starts, f.n)
		f.n += len(p.docLen)
		total += p.avgLen * float64(len(p.docLen))
	}
	if len(f.parts) == 1 {
		f.avgLen = f.parts[0].avgLen
	} else if f.n > 0 {
		var sum uint64 // the exact total, as the single-file writer's mean
		for _, p := range f.parts {
			for _, l := range p.docLen {
				sum += uint64(l)
			}
		}
		f.avgLen = float64(sum) / float64(f.n)
	}
	return f, nil
}

// Len returns the number of documents.
func (f *File) Len() int { return f.n }

// AvgLen returns the mean document length.
func (f *File) AvgLen() float64 { return f.avgLen }

// DocLens returns every document's length in tokens.
func (f *File) DocLens() []float64 {
	out := make([]float64, 0, f.n)
	for _, p := range f.parts {
		for _, l := range p.docLen {
			out = append(out, float64(l))
		}
	}
	return out
}

// Parts returns the number of files the index spans.
func (f *File) Parts() int { return len(f.parts) }

// Terms returns the number of distinct terms.
func (f *File) Terms() int {
	if len(f.parts) == 1 {
		return f.parts[0].terms()
	}
	f.mergeTerms()
	return len(f.merged)
}

// Term returns term i (0 ≤ i < Terms()), in sorted order. With one part it points into the
// mapping; with several, the first call of Terms or Term merges the parts' term tables.
func (f *File) Term(i int) string {
	if len(f.parts) == 1 {
		return f.parts[0].term(i)
	}
	f.mergeTerms()
	return f.merged[i]
}

func (f *File) mergeTerms() {
	f.termsOnce.Do(func() {
		pos := make([]int, len(f.parts))
		for {
			best, ok := "", false
			for k, p := range f.parts {
				if pos[k] < p.terms() && (!ok || p.term(pos[k]) < best) {
					best, ok = p.term(pos[k]), true
				}
			}
			if !ok {
				return
			}
			f.merged = append(f.merged, best)
			for k, p := range f.parts {
				if pos[k] < p.terms() && p.term(pos[k]) == best {
					pos[k]++
				}
			}
		}
	})
}

// DF returns the number of documents holding term t, without reading its postings.
func (f *File) DF(t string) int {
	n := 0
	for _, p := range f.parts {
		if i := p.find(t); i >= 0 {
			n += int(p.postOff[i+1] - p.postOff[i])
		}
	}
	return n
}

// EachList calls fn with each part's postings of term t, in document order, and the number
// to add to their documents (the part's first document): Lookup without a copy.
func (f *File) EachList(t string, fn func(start int, ps []Posting)) {
	for k, p := range f.parts {
		if i := p.find(t); i >= 0 {
			fn(f.starts[k], p.list(i))
		}
	}
}

// ReadLists calls fn with each part's postings of term t as EachList does, but read with pread
// into buf (grown as needed; returned for the next call) instead of in place: ps is valid during
// the call only. A one-shot reader of long lists keeps them out of its resident memory (a
// fault on the mapping makes whole page-cache folios resident). It reads from the mapping when
// a read fails.
func (f *File) ReadLists(t string, buf []Posting, fn func(start int, ps []Posting)) []Posting {
	for k, p := range f.parts {
		i := p.find(t)
		if i < 0 {
			continue
		}
		lo, hi := p.postOff[i], p.postOff[i+1]
		if p.f == nil {
			fn(f.starts[k], p.list(i))
			continue
		}
		buf = slices.Grow(buf[:0], int(hi-lo))[:hi-lo]
		b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(buf))), 8*len(buf))
		if len(b) > 0 {
			if _, err := p.f.ReadAt(b, p.postAt+8*int64(lo)); err != nil {
				fn(f.starts[k], p.list(i))
				continue
			}
		}
		fn(f.starts[k], buf)
	}
	return buf
}

// Has reports whether document doc holds term t, without copying postings.
func (f *File) Has(t string, doc int) bool {
	k := sort.Search(len(f.starts), func(k int) bool { return f.starts[k] > doc }) - 1
	if k < 0 {
		return false
	}
	p := f.parts[k]
	i := p.find(t)
	if i < 0 {
		return false
	}
	ps, d := p.list(i), int32(doc-f.starts[k])
	j := sort.Search(len(ps), func(j int) bool { return ps[j].Doc >= d })
	return j < len(ps) && ps[j].Doc == d
}

// Lookup returns the postings of term t (nil when no document holds it), in document order.
// When one part holds the term, and it is the first, the slice points into the mapping;
// otherwise it is a slice with the documents renumbered, kept for the next Lookup of the term
// (within a budget). It must not be changed.
func (f *File) Lookup(t string) []Posting {
	var lists [][]Posting
	var starts []int
	total := 0
	for k, p := range f.parts {
		if i := p.find(t); i >= 0 {
			lists = append(lists, p.list(i))
			starts = append(starts, f.starts[k])
			total += len(lists[len(lists)-1])
		}
	}
	switch {
	case len(lists) == 0:
		return nil
	case len(lists) == 1 && starts[0] == 0:
		return lists[0]
	}
	f.mu.Lock()
	ps, ok := f.cache[t]
	f.mu.Unlock()
	if ok {
		return ps
	}
	out := make([]Posting, 0, total)
	for k, ps := range lists {
		for _, p := range ps {
			out = append(out, Posting{Doc: p.Doc + int32(starts[k]), TF: p.TF})
		}
	}
	out = out[:len(out):len(out)]
	f.mu.Lock()
	if f.cache == nil || f.cached+len(out) > cacheBudget {
		f.cache, f.cached = map[string][]Posting{}, 0
	}
	f.cache[t] = out
	f.cached += len(out)
	f.mu.Unlock()
	return out
}

// Each calls fn for every term and its postings (as Lookup returns them), terms in sorted order.
func (f *File) Each(fn func(term string, ps []Posting)) {
	for i := range f.Terms() {
		t := f.Term(i)
		fn(t, f.Lookup(t))
	}
}

// Close unmaps the files; postings looked up before must not be used afterwards.
func (f *File) Close() error {
	var errs []error
	for _, p := range f.parts {
		errs = append(errs, p.m.Close())
		if p.f != nil {
			errs = append(errs, p.f.Close())
		}
	}
	return errors.Join(errs...)
}
