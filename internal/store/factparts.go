package store

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"

	"github.com/reportbot/reportbot/internal/corpus"
)

// FactTable is a generation's facts, one part per segment, each part read and decoded on first
// use: a question that reads no fact (a topic list) or the facts of one report (a lookup) does
// not pay for the others. At 10,000 reports the facts are ≈ 43 MB on disk and ≈ 80 MB decoded,
// and reading them all at open took 0.05–0.08 s of every one-shot question. Fact indices run
// across the parts in segment order, as they always did. Safe for concurrent use.
type FactTable struct {
	firsts  []int // the index of each part's first fact
	n       int
	parts   []*factPart
	inPlace bool // DecodeInPlace: parts are decoded from mappings that stay
}

type factPart struct {
	path  string
	n     int
	once  sync.Once
	facts []corpus.Fact
	err   error
}

// FactsOf returns a table of facts held in memory (one part).
func FactsOf(fs []corpus.Fact) *FactTable { return FactsInParts(fs) }

// FactsInParts returns a table of facts held in memory, one part for each of parts (as a
// generation of several segments holds them).
func FactsInParts(parts ...[]corpus.Fact) *FactTable {
	t := &FactTable{}
	for _, fs := range parts {
		p := &factPart{n: len(fs), facts: fs}
		p.once.Do(func() {})
		t.firsts = append(t.firsts, t.n)
		t.parts = append(t.parts, p)
		t.n += len(fs)
	}
	return t
}

// add appends a part: the facts file at path, which holds n facts (checked at open from its
// header, and again when it is read).
func (t *FactTable) add(path string, n int) {
	t.firsts = append(t.firsts, t.n)
	t.parts = append(t.parts, &factPart{path: path, n: n})
	t.n += n
}

// Len is how many facts the table holds.
func (t *FactTable) Len() int {
	if t == nil {
		return 0
	}
	return t.n
}

// Parts is how many parts the table has (a generation's: one per segment).
func (t *FactTable) Parts() int { return len(t.parts) }

// First returns the index of part k's first fact.
func (t *FactTable) First(k int) int { return t.firsts[k] }

// PartOf returns the part holding fact i (0 ≤ i < Len) and the index of that part's first fact.
func (t *FactTable) PartOf(i int) (part, first int) {
	k := sort.Search(len(t.firsts), func(k int) bool { return t.firsts[k] > i }) - 1
	return k, t.firsts[k]
}

// DecodeInPlace makes the parts read from now on decode their facts in place from a read-only
// mapping of their file that is never unmapped: the facts' strings point into the page cache's
// pages. Only for a process that answers and exits (`ask`, `eval`), and before any part is read:
// at 10,000 reports the facts files are 48 MB, and reading them into fresh memory (the copy, and
// the kernel zeroing the pages it lands in) was ≈ 50 ms of a lookup's CPU. A serving process must
// not call it: a reload drops generations while answers may still hold their facts' strings, and
// the mappings of pruned files would keep their disk space.
func (t *FactTable) DecodeInPlace() {
	if t != nil {
		t.inPlace = true
	}
}

// Part returns part k's facts, reading and decoding them on first use.
func (t *FactTable) Part(k int) ([]corpus.Fact, error) {
	p := t.parts[k]
	p.once.Do(func() {
		read := readFactsFile
		if t.inPlace {
			read = readFactsMapped
		}
		fs, err := read(p.path)
		if err == nil && len(fs) != p.n {
			err = fmt.Errorf("read store %s: %d facts, the segment lists %d (rebuild the store with `reportbot ingest --replace`)", p.path, len(fs), p.n)
		}
		p.facts, p.err = fs, err
	})
	return p.facts, p.err
}

// ReadAll reads and decodes the parts not yet read, several at once (one per core): a question
// that reads every fact (a comparison or filter over every report) waited for twelve or more
// segments' facts one after another, ≈ 0.1 s of CPU at 10,000 reports, before its scan began.
// Errors are kept in their parts (Part returns them).
func (t *FactTable) ReadAll() {
	if t == nil {
		return
	}
	var todo []int
	for k, p := range t.parts {
		if p.path != "" {
			todo = append(todo, k)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	if workers < 2 {
		return // Part reads them in turn
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for j := w; j < len(todo); j += workers {
				_, _ = t.Part(todo[j]) // an error stays in its part
			}
		})
	}
	wg.Wait()
}

// All returns every fact, in order, reading the parts not yet read.
func (t *FactTable) All() ([]corpus.Fact, error) {
	if t == nil {
		return nil, nil
	}
	if len(t.parts) == 1 {
		return t.Part(0)
	}
	out := make([]corpus.Fact, 0, t.n)
	for k := range t.parts {
		fs, err := t.Part(k)
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	return out, nil
}

// readFactsFile reads a part's facts file (readFacts; a variable for the tests).
var readFactsFile = readFacts

// minFactBytes is the least a fact takes in a facts file: thirteen string lengths, a report
// ordinal and an 8-byte value.
const minFactBytes = 13 + 1 + 8

// readFactsCount reads how many facts the facts file at path holds, from its header alone, and
// checks that the file is long enough to hold them (a cut file fails at open, as when it was
// read whole; other damage shows when its facts are read).
func readFactsCount(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	b := make([]byte, len(factsMagic)+10)
	n, err := io.ReadFull(f, b)
	if err != nil && err != io.ErrUnexpectedEOF {
		return 0, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	b = b[:n]
	if len(b) < len(factsMagic) || string(b[:len(factsMagic)]) != factsMagic {
		return 0, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, errFactsFormat)
	}
	r := recordReader{b: b[len(factsMagic):]}
	c := r.uvarint()
	head := int64(n - len(r.b))
	if r.err || c > uint64(st.Size()) || head+int64(c)*minFactBytes > st.Size() {
		return 0, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, errFactsFormat)
	}
	return int(c), nil
}
