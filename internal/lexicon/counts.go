package lexicon

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"iter"
	"slices"
)

// Counts are the document frequencies of the embedded dictionary's headwords in a set of
// documents, and the number of documents: what Build scans the documents for. Counts of
// disjoint sets of documents add up (Add), and FromCounts builds the lexicon of their union
// without scanning again, so a store writes a segment's counts once and builds a generation's
// lexicon from the sum of its segments'.
type Counts struct {
	docs int
	sum  uint64  // the dictionary's checksum (source.sum)
	ids  []int32 // entries found, ascending
	df   []int32 // their document frequencies
}

// Count scans docs for the embedded dictionary's headwords (as Build does).
func Count(docs iter.Seq[string]) (*Counts, error) {
	src, err := defaultSource()
	if err != nil {
		return nil, err
	}
	return src.count(docs), nil
}

// Docs returns the number of documents counted.
func (c *Counts) Docs() int { return c.docs }

// Sum returns the counts of the documents of both a and b (disjoint sets), or an error when they
// were counted with different dictionaries.
func Sum(a, b *Counts) (*Counts, error) {
	if a.sum != b.sum {
		return nil, fmt.Errorf("lexicon: counts from different dictionaries")
	}
	out := &Counts{docs: a.docs + b.docs, sum: a.sum}
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j == len(b.ids) || (i < len(a.ids) && a.ids[i] < b.ids[j]):
			out.ids, out.df = append(out.ids, a.ids[i]), append(out.df, a.df[i])
			i++
		case i == len(a.ids) || b.ids[j] < a.ids[i]:
			out.ids, out.df = append(out.ids, b.ids[j]), append(out.df, b.df[j])
			j++
		default:
			out.ids, out.df = append(out.ids, a.ids[i]), append(out.df, a.df[i]+b.df[j])
			i, j = i+1, j+1
		}
	}
	return out, nil
}

// dense returns the frequencies by entry ID.
func (c *Counts) dense(entries int) []int32 {
	df := make([]int32, entries)
	for k, id := range c.ids {
		df[id] = c.df[k]
	}
	return df
}

// FromCounts builds the lexicon of the documents c counted: the same lexicon Build makes of them.
func FromCounts(c *Counts) (*Lexicon, error) {
	src, err := defaultSource()
	if err != nil {
		return nil, err
	}
	if c.sum != src.sum {
		return nil, fmt.Errorf("lexicon: the counts were made with another dictionary (re-run `reportbot ingest --replace`)")
	}
	if len(c.ids) > 0 && int(c.ids[len(c.ids)-1]) >= src.entries() {
		return nil, fmt.Errorf("lexicon: %w: entry %d out of range", errCorrupt, c.ids[len(c.ids)-1])
	}
	return src.fromCounts(c.dense(src.entries()), int32(c.docs)), nil
}

// countsMagic opens a serialised Counts; the dictionary's checksum follows it, so counts of
// another dictionary are refused rather than misread.
const countsMagic = "reportbot-lexcounts1\n"

// WriteTo writes the counts: magic, checksum (8 bytes), documents, entries, then each entry's ID
// delta and frequency (uvarints).
func (c *Counts) WriteTo(w io.Writer) (int64, error) {
	b := append([]byte(nil), countsMagic...)
	b = binary.LittleEndian.AppendUint64(b, c.sum)
	b = binary.AppendUvarint(b, uint64(c.docs))
	b = binary.AppendUvarint(b, uint64(len(c.ids)))
	prev := int32(0)
	for k, id := range c.ids {
		b = binary.AppendUvarint(b, uint64(id-prev))
		b = binary.AppendUvarint(b, uint64(c.df[k]))
		prev = id
	}
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("write lexicon counts: %w", err)
	}
	return int64(n), nil
}

// ReadCounts reads counts written by Counts.WriteTo.
func ReadCounts(r io.Reader) (*Counts, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(countsMagic)+8)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(countsMagic)]) != countsMagic {
		return nil, fmt.Errorf("lexicon counts: %w", errCorrupt)
	}
	c := &Counts{sum: binary.LittleEndian.Uint64(head[len(countsMagic):])}
	docs, err1 := binary.ReadUvarint(br)
	n, err2 := binary.ReadUvarint(br)
	if err1 != nil || err2 != nil || n > 1<<24 {
		return nil, fmt.Errorf("lexicon counts: %w", errCorrupt)
	}
	c.docs = int(docs)
	c.ids, c.df = make([]int32, 0, n), make([]int32, 0, n)
	prev := uint64(0)
	for range n {
		d, err1 := binary.ReadUvarint(br)
		f, err2 := binary.ReadUvarint(br)
		if err1 != nil || err2 != nil || (d == 0 && len(c.ids) > 0) || prev+d > 1<<31 {
			return nil, fmt.Errorf("lexicon counts: %w", errCorrupt)
		}
		prev += d
		c.ids, c.df = append(c.ids, int32(prev)), append(c.df, int32(f))
	}
	if !slices.IsSorted(c.ids) {
		return nil, fmt.Errorf("lexicon counts: %w", errCorrupt)
	}
	return c, nil
}
