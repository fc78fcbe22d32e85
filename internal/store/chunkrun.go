package store

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/reportbot/reportbot/internal/corpus"
)

// ChunkRun is the records of chunks [lo, hi), read with one pread (ReadRun): a question that
// reads several chunks of one report (their records are contiguous) decodes them from it.
type ChunkRun struct {
	lo      int
	offsets []uint64
	b       []byte
	mu      sync.Mutex
	prev    corpus.Chunk // the chunk decoded last, whose strings the next may share (Chunk)
}

// ReadRun reads the records of chunks lo ≤ i < hi, which must be in one segment (as one
// report's chunks are).
func (t *ChunkTable) ReadRun(lo, hi int) (*ChunkRun, error) {
	if lo < 0 || hi > t.Len() || lo > hi {
		return nil, fmt.Errorf("%w: chunks %d..%d of %d", errChunksFormat, lo, hi, t.Len())
	}
	if lo == hi {
		return &ChunkRun{lo: lo, offsets: []uint64{0}}, nil
	}
	k, j := t.part(lo)
	p := t.parts[k]
	if j+hi-lo > p.len() {
		return nil, fmt.Errorf("%w: chunks %d..%d span two segments", errChunksFormat, lo, hi)
	}
	start, end := p.offsets[j], p.offsets[j+hi-lo]
	b := runBuffer(int(end - start))
	if _, err := p.f.ReadAt(b, p.base+int64(start)); err != nil {
		runBuffers.Put(&b)
		return nil, fmt.Errorf("read store chunks: %w", err)
	}
	return &ChunkRun{lo: lo, offsets: p.offsets[j : j+hi-lo+1], b: b}, nil
}

// runBuffers holds the buffers of released runs (ChunkRun.Release): a filter question reads
// one run per report, ten thousand of them, and the garbage of a new buffer each was a quarter
// of what such a question allocated.
var runBuffers sync.Pool

// runBuffer returns a buffer of n bytes, a released one when one is large enough.
func runBuffer(n int) []byte {
	if p, ok := runBuffers.Get().(*[]byte); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]byte, n)
}

// Release hands the run's buffer back for another run to use. Chunks decoded from it stay
// valid (they are copies); the run must not be read after.
func (r *ChunkRun) Release() {
	if r.b != nil {
		b := r.b
		r.b = nil
		runBuffers.Put(&b)
	}
}

// Has reports whether chunk i is in the run.
func (r *ChunkRun) Has(i int) bool { return i >= r.lo && i < r.lo+len(r.offsets)-1 }

// Chunk decodes chunk i (r.Has(i)) as ChunkTable.Chunk does.
// The chunks of a run share their source, place, level and headings: a chunk whose field
// holds the same bytes as the one decoded before it shares that one's string.
func (r *ChunkRun) Chunk(i int) (corpus.Chunk, bool) {
	base := r.offsets[0]
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := decodeChunkAfter(r.b[r.offsets[i-r.lo]-base:r.offsets[i-r.lo+1]-base], &r.prev)
	r.prev = c
	return c, ok
}

// decodeChunkAfter is decodeChunk, sharing the strings of prev (when not nil) that the record
// repeats: its source, place and level, and its headings (the slice too when all are the same).
func decodeChunkAfter(b []byte, prev *corpus.Chunk) (c corpus.Chunk, ok bool) {
	var p corpus.Chunk
	if prev != nil {
		p = *prev
	}
	r := recordReader{b: b}
	c.ID, c.Source, c.Entity, c.Level = r.str(), r.strLike(p.Source), r.strLike(p.Entity), r.strLike(p.Level)
	c.Report, c.Seq = int(r.uvarint()), int(r.uvarint())
	ns := r.uvarint()
	if ns > uint64(len(r.b)) {
		return c, false
	}
	if ns > 0 {
		c.Section = make([]string, ns)
		same := int(ns) == len(p.Section)
		for j := range c.Section {
			like := ""
			if j < len(p.Section) {
				like = p.Section[j]
			}
			c.Section[j] = r.strLike(like)
			same = same && j < len(p.Section) && c.Section[j] == like
		}
		if same {
			c.Section = p.Section
		}
	}
	c.Text = r.str()
	return c, !r.err
}

// strLike is str, returning like itself when the string read equals it.
func (r *recordReader) strLike(like string) string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = true
		r.b = nil
		return ""
	}
	s := like
	if string(r.b[:n]) != like {
		s = string(r.b[:n])
	}
	r.b = r.b[n:]
	return s
}

// SameSection reports whether chunks i and j of the run belong to one report and have the same
// headings, reading their records without decoding them; ok is false when either is not in
// the run or its record is damaged.
func (r *ChunkRun) SameSection(i, j int) (same, ok bool) {
	a, okA := r.sectionParts(i)
	b, okB := r.sectionParts(j)
	if !okA || !okB {
		return false, false
	}
	for k := range a {
		if !bytes.Equal(a[k], b[k]) {
			return false, true
		}
	}
	return true, true
}

// Follows reports whether chunk j of the run is the passage right after chunk i in its report
// (the same source and report, the next sequence number), reading their records without
// decoding them: a question's scan asks this of every passage it bounds, and decoding the next
// passage's text only to learn that it exists cost a tenth of a filter question at 10,000
// reports. ok is false when either is not in the run or its record is damaged.
func (r *ChunkRun) Follows(i, j int) (follows, ok bool) {
	a, okA := r.sectionParts(i)
	b, okB := r.sectionParts(j)
	if !okA || !okB {
		return false, false
	}
	sa, okA := r.seq(i)
	sb, okB := r.seq(j)
	if !okA || !okB {
		return false, false
	}
	return bytes.Equal(a[0], b[0]) && bytes.Equal(a[1], b[1]) && sb == sa+1, true
}

// seq returns chunk i's sequence number in its report from its record (r.Has(i)).
func (r *ChunkRun) seq(i int) (int, bool) {
	base := r.offsets[0]
	rd := recordReader{b: r.b[r.offsets[i-r.lo]-base : r.offsets[i-r.lo+1]-base]}
	for range 4 { // ID, source, place, level
		rd.skip()
	}
	rd.uvarint() // report
	seq := rd.uvarint()
	return int(seq), !rd.err
}

// sectionParts returns the bytes of chunk i's record that hold its source, its report ordinal
// and its headings (each with its length), aliasing the run's buffer.
func (r *ChunkRun) sectionParts(i int) ([3][]byte, bool) {
	var out [3][]byte
	if !r.Has(i) {
		return out, false
	}
	base := r.offsets[0]
	b := r.b[r.offsets[i-r.lo]-base : r.offsets[i-r.lo+1]-base]
	rd := recordReader{b: b}
	at := func() int { return len(b) - len(rd.b) }
	rd.skip() // ID
	src := at()
	rd.skip()
	srcEnd := at()
	rd.skip() // place
	rd.skip() // level
	rep := at()
	rd.uvarint() // report
	repEnd := at()
	rd.uvarint() // seq
	sec := at()
	ns := rd.uvarint()
	if rd.err || ns > uint64(len(rd.b)) {
		return out, false
	}
	for range ns {
		rd.skip()
	}
	if rd.err {
		return out, false
	}
	out[0], out[1], out[2] = b[src:srcEnd], b[rep:repEnd], b[sec:at()]
	return out, true
}

// skip reads past a string.
func (r *recordReader) skip() {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = true
		r.b = nil
		return
	}
	r.b = r.b[n:]
}
