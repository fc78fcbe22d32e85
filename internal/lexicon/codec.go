package lexicon

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// magic and formatVersion open every serialised lexicon; Read refuses other versions, so a store
// written by an older build asks to be re-ingested rather than being misread.
const (
	magic         = "reportbot-lexicon\n"
	formatVersion = 1
)

// WriteTo writes the lexicon in its compact binary form: the magic line, the format version, the
// document count, the Chinese words (text, document frequency, gloss), then the sorted English
// keys with their confidence and postings (word index, weight). Integers are uvarints.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	var b []byte
	b = append(b, magic...)
	b = binary.AppendUvarint(b, formatVersion)
	b = binary.AppendUvarint(b, uint64(l.docs))
	b = binary.AppendUvarint(b, uint64(len(l.words)))
	for _, wd := range l.words {
		b = appendString(b, wd.text)
		b = binary.AppendUvarint(b, uint64(wd.df))
		b = appendString(b, wd.gloss)
	}
	b = binary.AppendUvarint(b, uint64(len(l.keys)))
	for i, k := range l.keys {
		b = appendString(b, k)
		b = binary.AppendUvarint(b, uint64(l.conf[i]))
		ps := l.postings[l.start[i]:l.start[i+1]]
		b = binary.AppendUvarint(b, uint64(len(ps)))
		for _, p := range ps {
			b = binary.AppendUvarint(b, uint64(p.word))
			b = binary.AppendUvarint(b, uint64(p.weight))
		}
	}
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("write lexicon: %w", err)
	}
	return int64(n), nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// errCorrupt is wrapped by every decoding error.
var errCorrupt = errors.New("lexicon data is corrupt or truncated")

// Read reads a lexicon written by WriteTo.
func Read(r io.Reader) (*Lexicon, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	body, ok := strings.CutPrefix(string(data), magic) // one copy; every string below shares it
	if !ok {
		return nil, fmt.Errorf("read lexicon: %w (no header)", errCorrupt)
	}
	d := decoder{s: body}
	if v := d.uint(); v != formatVersion {
		return nil, fmt.Errorf("read lexicon: format version %d, this reportbot reads %d: re-run `reportbot ingest`", v, formatVersion)
	}
	l := &Lexicon{docs: d.int()}
	l.words = make([]word, d.count(3))
	for i := range l.words {
		l.words[i] = word{text: d.str(), df: d.int(), gloss: d.str()}
	}
	nk := d.count(3)
	l.keys = make([]string, nk)
	l.conf = make([]uint16, nk)
	l.start = make([]int32, 0, nk+1)
	for i := range nk {
		l.keys[i] = d.str()
		if l.conf[i] = uint16(d.uint()); l.conf[i] > confScale {
			d.fail()
		}
		l.start = append(l.start, int32(len(l.postings)))
		for range d.count(2) {
			w, weight := d.uint(), d.uint()
			if w >= uint64(len(l.words)) || weight > weightScale {
				d.fail()
				break
			}
			l.postings = append(l.postings, posting{word: int32(w), weight: uint16(weight)})
		}
		l.maxWords = max(l.maxWords, strings.Count(l.keys[i], " ")+1)
	}
	l.start = append(l.start, int32(len(l.postings)))
	if d.bad || d.s != "" {
		return nil, fmt.Errorf("read lexicon: %w", errCorrupt)
	}
	if !slices.IsSorted(l.keys) {
		return nil, fmt.Errorf("read lexicon: %w (keys out of order)", errCorrupt)
	}
	return l, nil
}

// decoder reads uvarints and strings from s; after the first error it returns zeros and sets bad.
type decoder struct {
	s   string
	bad bool
}

func (d *decoder) fail() { d.bad, d.s = true, "" }

func (d *decoder) uint() uint64 {
	if d.s != "" && d.s[0] < 0x80 { // most values are small
		v := uint64(d.s[0])
		d.s = d.s[1:]
		return v
	}
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if d.s == "" {
			d.fail()
			return 0
		}
		c := d.s[0]
		d.s = d.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	d.fail()
	return 0
}

func (d *decoder) int() int {
	v := d.uint()
	if v > 1<<31 {
		d.fail()
		return 0
	}
	return int(v)
}

// count reads a number of items each taking at least minBytes, refusing counts the remaining
// data cannot hold (so corrupt input cannot make Read allocate without bound).
func (d *decoder) count(minBytes int) int {
	n := d.int()
	if n > len(d.s)/minBytes {
		d.fail()
		return 0
	}
	return n
}

func (d *decoder) str() string {
	n := d.int()
	if n > len(d.s) {
		d.fail()
		return ""
	}
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}
