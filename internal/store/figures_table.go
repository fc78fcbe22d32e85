package store

import (
	"encoding/binary"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
)

// Reading a figures file (figures.go has its layout and writer): a segment's shapes are decoded
// once, a passage's lists only when a threshold list asks for them.

// segmentFigures is one segment's figures file, read: its shapes decoded, its passages' figures
// left encoded until asked for.
type segmentFigures struct {
	first  int // the generation's index of the segment's first chunk
	shapes []num.Value
	offs   string // (passages+1) uint32 offsets into data
	data   string
}

// parseFigures parses the content of a figures file of a segment of n chunks; ok is false for
// a file of another rule (figuresRule).
func parseFigures(b string, n int) (sf segmentFigures, ok bool, err error) {
	bad := func(what string) (segmentFigures, bool, error) { return segmentFigures{}, false, errors.New(what) }
	rest, isFigs := strings.CutPrefix(b, figuresMagic)
	if !isFigs {
		return bad("not a figures file of this version")
	}
	u := uvarints{rest}
	rule, ok := u.str()
	if !ok {
		return bad("damaged")
	}
	if rule != figuresRule() {
		return segmentFigures{}, false, nil
	}
	count, ok := u.next()
	if !ok || count > uint64(len(u.rest)) {
		return bad("damaged")
	}
	for range count {
		var fs [5]string
		for k := range fs {
			if fs[k], ok = u.str(); !ok {
				return bad("damaged")
			}
		}
		if len(u.rest) == 0 {
			return bad("damaged")
		}
		scale, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			return bad("damaged")
		}
		sf.shapes = append(sf.shapes, num.Value{Multiplier: fs[0], Scale: scale, Unit: fs[2], Noun: fs[3], Qualifier: fs[4], Approx: u.rest[0] == 1})
		u.rest = u.rest[1:]
	}
	m, ok := u.next()
	if !ok || m != uint64(n) || 4*(m+1) > uint64(len(u.rest)) {
		return bad("damaged")
	}
	sf.offs, sf.data = u.rest[:4*(m+1)], u.rest[4*(m+1):]
	if int(sf.off(n)) != len(sf.data) {
		return bad("damaged")
	}
	return sf, true, nil
}

func (sf segmentFigures) off(i int) uint32 {
	return binary.LittleEndian.Uint32([]byte(sf.offs[4*i : 4*i+4]))
}

// lists reads the segment's passage i: for each sentence, each heading and its joins, whether
// the list holds a figure fn accepts; an error for a damaged passage.
func (sf segmentFigures) lists(i int, fn func(num.Value) bool) (m Meeting, err error) {
	lo, hi := sf.off(i), sf.off(i+1)
	if lo > hi || int(hi) > len(sf.data) {
		return Meeting{}, errDamagedFigures
	}
	d := uvarints{sf.data[lo:hi]}
	list := func() (bool, error) {
		count, ok := d.next()
		if !ok {
			return false, errDamagedFigures
		}
		found := false
		for range count {
			shape, ok1 := d.next()
			number, ok2 := d.str()
			if !ok1 || !ok2 || shape >= uint64(len(sf.shapes)) {
				return false, errDamagedFigures
			}
			if !found {
				n, err := strconv.ParseFloat(number, 64)
				if err != nil {
					return false, errDamagedFigures
				}
				v := sf.shapes[shape]
				v.Number = n
				found = fn(v)
			}
		}
		return found, nil
	}
	ns, ok1 := d.next()
	nh, ok2 := d.next()
	if !ok1 || !ok2 || ns+nh > uint64(len(d.rest)) {
		return Meeting{}, errDamagedFigures
	}
	m.Sentences, m.Heads = make([]bool, ns), make([]bool, nh)
	for k := range m.Sentences {
		if m.Sentences[k], err = list(); err != nil {
			return Meeting{}, err
		}
	}
	for k := range m.Heads {
		if m.Heads[k], err = list(); err != nil {
			return Meeting{}, err
		}
	}
	if m.Joins, err = list(); err != nil {
		return Meeting{}, err
	}
	if len(d.rest) != 0 {
		return Meeting{}, errDamagedFigures
	}
	return m, nil
}

var errDamagedFigures = errors.New("damaged figures list")

// Meeting says which of a passage's lists of figures (Figures) hold a figure a test accepts.
type Meeting struct {
	Sentences, Heads []bool
	Joins            bool
}

// Any reports whether any list does.
func (m Meeting) Any() bool {
	return m.Joins || slices.Contains(m.Sentences, true) || slices.Contains(m.Heads, true)
}

// FigureTable is a generation's per-passage table of stated figures (the figures files of its
// segments, or one segment's: NewFigureTable).
type FigureTable struct {
	segs []segmentFigures
}

// Lists reads passage i (the generation's chunk index, its figures without the next passage's:
// see the file's comment): which of its lists hold a figure fn accepts. known is false when the
// table cannot say (no such passage, or its list is damaged): then any may.
func (t *FigureTable) Lists(i int, fn func(num.Value) bool) (m Meeting, known bool) {
	k, _ := slices.BinarySearchFunc(t.segs, i, func(sf segmentFigures, i int) int {
		if sf.first > i {
			return 1
		}
		return -1
	})
	k-- // the last segment that starts at or before i
	if k < 0 || i-t.segs[k].first >= len(t.segs[k].offs)/4-1 {
		return Meeting{}, false
	}
	m, err := t.segs[k].lists(i-t.segs[k].first, fn)
	return m, err == nil
}

// NewFigureTable returns the table of one segment's passages (PassageFigures of its chunks).
func NewFigureTable(figs []Figures) *FigureTable {
	var b strings.Builder
	if err := writeFigures(&b, figs); err != nil {
		panic(err)
	}
	sf, _, err := parseFigures(b.String(), len(figs))
	if err != nil {
		panic(err)
	}
	return &FigureTable{segs: []segmentFigures{sf}}
}
