package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/reportbot/reportbot/internal/corpus"
)

// The chunks file (chunks.bin) holds every chunk as a record that is read by its offset, so a
// process decodes only the chunks it uses. Layout (little-endian, arrays 8-byte aligned):
//
//	magic   [8]byte "RBCHK001"
//	n       uint64
//	offsets [n+1]uint64: record i is records[offsets[i]:offsets[i+1]]
//	report  [n]uint32: the index in reports.bin of chunk i's report; padded to 8 bytes
//	byID    [n]uint32: chunk indices sorted by chunk ID; padded to 8 bytes
//	records each: ID, Source, Entity, Level (uvarint length + bytes), Report, Seq, section count
//	        (uvarints), the headings, Text
const chunksMagic = "RBCHK001"

var errChunksFormat = errors.New("chunks file is not of this version")

// writeChunks writes chunks to w; reports are the generation's reports (each chunk's report must
// be among them).
func writeChunks(w io.Writer, chunks []corpus.Chunk, reports []corpus.Report) error {
	ord := make(map[corpus.ReportKey]uint32, len(reports))
	for i, r := range reports {
		ord[r.Key()] = uint32(i)
	}
	n := len(chunks)
	var recs []byte
	offsets := make([]uint64, 0, n+1)
	rep := make([]uint32, n)
	for i, c := range chunks {
		o, ok := ord[c.Key()]
		if !ok {
			return fmt.Errorf("write store: chunk %s belongs to no report of the store", c.ID)
		}
		rep[i] = o
		offsets = append(offsets, uint64(len(recs)))
		recs = appendChunk(recs, c)
	}
	offsets = append(offsets, uint64(len(recs)))
	byID := make([]uint32, n)
	for i := range byID {
		byID[i] = uint32(i)
	}
	slices.SortFunc(byID, func(a, b uint32) int { return strings.Compare(chunks[a].ID, chunks[b].ID) })

	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(chunksMagic)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	bw.Write(b[:])
	for _, o := range offsets {
		binary.LittleEndian.PutUint64(b[:], o)
		bw.Write(b[:])
	}
	for _, a := range [][]uint32{rep, byID} {
		for _, v := range a {
			binary.LittleEndian.PutUint32(b[:4], v)
			bw.Write(b[:4])
		}
		if n%2 == 1 {
			bw.Write(make([]byte, 4))
		}
	}
	bw.Write(recs)
	return bw.Flush()
}

func appendChunk(b []byte, c corpus.Chunk) []byte {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str(c.ID)
	str(c.Source)
	str(c.Entity)
	str(c.Level)
	b = binary.AppendUvarint(b, uint64(c.Report))
	b = binary.AppendUvarint(b, uint64(c.Seq))
	b = binary.AppendUvarint(b, uint64(len(c.Section)))
	for _, h := range c.Section {
		str(h)
	}
	str(c.Text)
	return b
}

// recordReader decodes one record; strings are copied out of the mapping.
type recordReader struct {
	b   []byte
	err bool
}

func (r *recordReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = true
		r.b = nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// chunkFile is the chunks file of one segment: its index (offsets, reports, IDs' order) is read
// into memory, and chunk reads one record from the file (pread) and decodes it. Records are not
// mapped: a question that reads a few thousand scattered records would otherwise keep most of a
// large file resident (the kernel maps the pages around each one touched).
type chunkFile struct {
	f       *os.File
	base    int64 // where the records start
	offsets []uint64
	report  []uint32
	byID    []uint32
}

// openChunkFile opens the chunks file at path.
func openChunkFile(path string) (*chunkFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	t, err := readChunkIndex(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	t.f = f
	return t, nil
}

func readChunkIndex(f *os.File) (*chunkFile, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	var h [16]byte
	if _, err := f.ReadAt(h[:], 0); err != nil || string(h[:8]) != chunksMagic {
		return nil, errChunksFormat
	}
	n := binary.LittleEndian.Uint64(h[8:])
	pad := (n + n%2) * 4
	head := 16 + (n+1)*8 + 2*pad
	if n > 1<<31 || uint64(st.Size()) < head {
		return nil, fmt.Errorf("%w: truncated", errChunksFormat)
	}
	idx := make([]byte, head-16, head-16+8) // 8-byte aligned by the allocator
	if _, err := f.ReadAt(idx, 16); err != nil {
		return nil, fmt.Errorf("%w: %w", errChunksFormat, err)
	}
	t := &chunkFile{base: int64(head)}
	t.offsets = cast[uint64](idx, int(n+1))
	t.report = cast[uint32](idx[(n+1)*8:], int(n))
	t.byID = cast[uint32](idx[(n+1)*8+pad:], int(n))
	if err := t.check(uint64(st.Size()) - head); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *chunkFile) check(recBytes uint64) error {
	n := uint64(len(t.report))
	if t.offsets[n] != recBytes {
		return fmt.Errorf("%w: %d bytes of records, offsets say %d", errChunksFormat, recBytes, t.offsets[n])
	}
	for i, o := range t.offsets[1:] {
		if o < t.offsets[i] {
			return fmt.Errorf("%w: offsets out of order", errChunksFormat)
		}
	}
	for i := range n {
		if uint64(t.byID[i]) >= n {
			return fmt.Errorf("%w: chunk index out of range", errChunksFormat)
		}
	}
	return nil
}

func cast[T any](b []byte, n int) []T {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}

func (t *chunkFile) len() int { return len(t.report) }

func (t *chunkFile) reportIndex(i int) int { return int(t.report[i]) }

// record reads chunk i's record into a fresh buffer.
func (t *chunkFile) record(i int) ([]byte, bool) {
	lo, hi := t.offsets[i], t.offsets[i+1]
	b := make([]byte, hi-lo)
	if _, err := t.f.ReadAt(b, t.base+int64(lo)); err != nil {
		return nil, false
	}
	return b, true
}

// chunk decodes chunk i. A damaged or unreadable record decodes to what could be read, with ok
// false.
func (t *chunkFile) chunk(i int) (c corpus.Chunk, ok bool) {
	b, ok := t.record(i)
	if !ok {
		return c, false
	}
	return decodeChunk(b)
}

// textHolds is ChunkTable.TextHolds in one segment.
func (t *chunkFile) textHolds(i int, w string) (holds, ok bool) {
	lo, hi := t.offsets[i], t.offsets[i+1]
	b := runBuffer(int(hi - lo))
	defer runBuffers.Put(&b)
	if _, err := t.f.ReadAt(b, t.base+int64(lo)); err != nil {
		return false, false
	}
	r := recordReader{b: b}
	for range 4 { // ID, source, entity, level
		r.skip()
	}
	r.uvarint() // report
	r.uvarint() // seq
	for n := r.uvarint(); n > 0 && !r.err; n-- {
		r.skip()
	}
	n := r.uvarint()
	if r.err || n > uint64(len(r.b)) {
		return false, false
	}
	text := r.b[:n]
	return len(text) > 0 && strings.Contains(unsafe.String(&text[0], len(text)), w) || w == "", true
}

// decodeChunk decodes one record; a damaged record decodes to what could be read, with ok false.
func decodeChunk(b []byte) (c corpus.Chunk, ok bool) { return decodeChunkAfter(b, nil) }

// id returns chunk i's ID without decoding the rest.
func (t *chunkFile) id(i int) string {
	b, ok := t.record(i)
	if !ok {
		return ""
	}
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return ""
	}
	return string(b[k : k+int(n)])
}

// find returns the index of the chunk with the given ID.
func (t *chunkFile) find(id string) (int, bool) {
	lo, hi := 0, len(t.byID)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.id(int(t.byID[m])) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.byID) && t.id(int(t.byID[lo])) == id {
		return int(t.byID[lo]), true
	}
	return 0, false
}

func (t *chunkFile) close() error {
	if t.f == nil {
		return nil
	}
	return t.f.Close()
}

// ChunkTable is the chunks of a generation: its segments' chunks files read as one table, chunk
// indices running across the segments in order. Chunk reads one record from its segment's file.
type ChunkTable struct {
	parts  []*chunkFile
	starts []int // each part's first chunk
	reps   []int // each part's first report (in the generation's Reports)
	n      int
}

// add appends the chunks file at path, whose reports start at report rep of the generation.
func (t *ChunkTable) add(path string, rep int) error {
	f, err := openChunkFile(path)
	if err != nil {
		return err
	}
	t.parts = append(t.parts, f)
	t.starts = append(t.starts, t.n)
	t.reps = append(t.reps, rep)
	t.n += f.len()
	return nil
}

// part returns the part holding chunk i and i's index in it.
func (t *ChunkTable) part(i int) (int, int) {
	if len(t.parts) == 1 {
		return 0, i
	}
	k := sort.Search(len(t.starts), func(k int) bool { return t.starts[k] > i }) - 1
	return k, i - t.starts[k]
}

// Len returns the number of chunks.
func (t *ChunkTable) Len() int { return t.n }

// ReportIndex returns the index (in the generation's Reports) of chunk i's report.
func (t *ChunkTable) ReportIndex(i int) int {
	k, j := t.part(i)
	return t.reps[k] + t.parts[k].reportIndex(j)
}

// Chunk decodes chunk i. A damaged or unreadable record decodes to what could be read, with ok
// false.
func (t *ChunkTable) Chunk(i int) (corpus.Chunk, bool) {
	k, j := t.part(i)
	return t.parts[k].chunk(j)
}

// TextHolds reports whether chunk i's text as written (not normalised) holds w, reading its
// record into a pooled buffer and looking in place, without decoding the chunk; ok is false
// when the record cannot be read or is damaged. A question that counts the reports writing a
// word asks this of one passage of each of thousands of reports.
func (t *ChunkTable) TextHolds(i int, w string) (holds, ok bool) {
	k, j := t.part(i)
	return t.parts[k].textHolds(j, w)
}

// Find returns the index of the chunk with the given ID.
func (t *ChunkTable) Find(id string) (int, bool) {
	for k, p := range t.parts {
		if j, ok := p.find(id); ok {
			return t.starts[k] + j, true
		}
	}
	return 0, false
}

// All decodes every chunk.
func (t *ChunkTable) All() ([]corpus.Chunk, error) {
	out := make([]corpus.Chunk, t.Len())
	for i := range out {
		c, ok := t.Chunk(i)
		if !ok {
			return nil, fmt.Errorf("%w: chunk %d is damaged", errChunksFormat, i)
		}
		out[i] = c
	}
	return out, nil
}

// Close closes the files; chunks decoded before stay valid.
func (t *ChunkTable) Close() error {
	var errs []error
	for _, p := range t.parts {
		errs = append(errs, p.close())
	}
	return errors.Join(errs...)
}
