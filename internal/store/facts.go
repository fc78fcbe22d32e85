package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"unsafe"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/mmap"
)

// The facts file (facts.bin) is read whole, and its strings are not copied: every fact's strings
// point into the one buffer read from disk, so decoding is a pass over varints. Layout:
// "RBFCT001", count (uvarint), then per fact Source, Entity, Level, Indicator, Wording, Kind,
// Measure, Unit, ValueText, Qualifier, Comparator, Sentence, ChunkID (uvarint length + bytes),
// Report (uvarint) and Value (float64 bits, 8 bytes little-endian).
const factsMagic = "RBFCT001"

var errFactsFormat = errors.New("facts file is not of this version")

func writeFacts(w io.Writer, facts []corpus.Fact) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(factsMagic)
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(facts)))
	for _, f := range facts {
		for _, s := range factStrings(&f) {
			b = binary.AppendUvarint(b, uint64(len(*s)))
			b = append(b, *s...)
		}
		b = binary.AppendUvarint(b, uint64(f.Report))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f.Value))
		if len(b) > 1<<20 {
			bw.Write(b)
			b = b[:0]
		}
	}
	bw.Write(b)
	return bw.Flush()
}

func factStrings(f *corpus.Fact) [13]*string {
	return [13]*string{&f.Source, &f.Entity, &f.Level, &f.Indicator, &f.Wording, &f.Kind, &f.Measure,
		&f.Unit, &f.ValueText, &f.Qualifier, &f.Comparator, &f.Sentence, &f.ChunkID}
}

// readFacts reads the facts file at path.
func readFacts(path string) ([]corpus.Fact, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	return decodeFactsFile(path, b)
}

// readFactsMapped decodes the facts file at path in place from a read-only mapping of it that
// is never unmapped: the facts' strings point into it (FactTable.DecodeInPlace says when that
// is safe).
func readFactsMapped(path string) ([]corpus.Fact, error) {
	m, err := mmap.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	fs, err := decodeFactsFile(path, m.Bytes())
	if err != nil {
		m.Close() // no fact points into it
	}
	return fs, err
}

// decodeFactsFile decodes the contents b of the facts file at path (parseFacts), naming the file
// in an error.
func decodeFactsFile(path string, b []byte) ([]corpus.Fact, error) {
	fs, err := parseFacts(b)
	if err != nil {
		return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	return fs, nil
}

// parseFacts decodes facts whose strings share b's memory: b must never change afterwards.
func parseFacts(b []byte) ([]corpus.Fact, error) {
	if len(b) < len(factsMagic) || string(b[:len(factsMagic)]) != factsMagic {
		return nil, errFactsFormat
	}
	r := recordReader{b: b[len(factsMagic):]}
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		return nil, fmt.Errorf("%w: %d facts in %d bytes", errFactsFormat, n, len(r.b))
	}
	out := make([]corpus.Fact, n)
	for i := range out {
		f := &out[i]
		for _, s := range factStrings(f) {
			*s = r.shared()
		}
		f.Report = int(r.uvarint())
		if len(r.b) < 8 {
			return nil, fmt.Errorf("%w: truncated at fact %d", errFactsFormat, i)
		}
		f.Value = math.Float64frombits(binary.LittleEndian.Uint64(r.b))
		r.b = r.b[8:]
		if r.err {
			return nil, fmt.Errorf("%w: fact %d is damaged", errFactsFormat, i)
		}
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last fact", errFactsFormat, len(r.b))
	}
	return out, nil
}

// shared reads a string without copying it: it points into the reader's buffer.
func (r *recordReader) shared() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = true
		r.b = nil
		return ""
	}
	var s string
	if n > 0 {
		s = unsafe.String(&r.b[0], int(n))
	}
	r.b = r.b[n:]
	return s
}
