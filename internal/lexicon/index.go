package lexicon

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"strings"

	"github.com/reportbot/reportbot/internal/dict"
)

// The headword index is CC-CEDICT as a lexicon build reads it: every headword with its short
// gloss and the English keys its senses yield (senseKeys), derived once by `go generate` (./gen,
// from internal/cedict's data) and embedded. A build then needs neither to decompress the
// dictionary nor to derive keys: it reads, in place, the records of the headwords the reports
// hold. TestIndexUpToDate checks that the committed file is what this code derives, so a change
// to senseKeys, shortGloss or the stemmer fails until the file is regenerated.
//
// Layout (integers little-endian; uvarints where said):
//
//	magic, a line naming the source and licence, checksum of the headwords (u64), entries, keys, specs, compounds, gloss words
//	(u32 each), then the offsets (u32) of the sections below and of the end:
//	heads      the headwords' scanner (dict.Dict.AppendBinary), which also gives their text
//	recIdx     u32 offset in recs of every recBlock-th entry's record
//	recs       per entry: uvarint length, then the record: senses (uvarint), short gloss
//	           (uvarint count of words, their IDs), then per sense its keys (uvarint count; per key: key ID,
//	           code = spec<<4 | compound<<3 | min(gloss, 7), and gloss-7 when gloss ≥ 7)
//	keyIdx     u32 offset in keys of every keyBlock-th key
//	keys       the English keys, sorted, front-coded in blocks: a block's first key (uvarint
//	           length, bytes), then per key the bytes shared with the previous one and the rest
//	specs      the distinct key specificities (float64 bits), most used first
//	comps      compounds: pairs (entry, entry of its headword less the last character)
//	wordIdx    u32 offset in words of every keyBlock-th gloss word
//	words      the words of the short glosses (split at spaces), most used first, each
//	           uvarint length, bytes
//
// A key's ID is its position among the sorted keys, so sorting IDs sorts the keys.

//go:generate go run ./gen -o cedict.idx

//go:embed cedict.idx
var indexData string

const (
	indexMagic = "reportbot-lexidx1\n"
	recBlock   = 16
	keyBlock   = 16
	// indexHeader is the size of the header after the note: the checksum, five counts and ten
	// section offsets.
	indexHeader = 8 + 5*4 + 10*4
)

// index is a decoded headword index; its sections are substrings of the encoded data.
type index struct {
	sum                                               uint64
	n                                                 int        // entries
	heads                                             *dict.Dict // entry i is key i
	nKeys, nWords                                     int
	recIdx, recs, keyIdx, keys, comps, wordIdx, words string
	specs                                             []float64
}

func u32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// parseIndex decodes the header and the headwords' scanner of an index; the records are read in
// place.
func parseIndex(data string) (*index, error) {
	bad := func(what string) error { return fmt.Errorf("lexicon index: %w (%s)", errCorrupt, what) }
	if !strings.HasPrefix(data, indexMagic) {
		return nil, bad("header")
	}
	p := len(indexMagic) + strings.IndexByte(data[len(indexMagic):], '\n') + 1
	if p <= len(indexMagic) || len(data) < p+indexHeader {
		return nil, bad("header")
	}
	base := p + indexHeader
	ix := &index{sum: binary.LittleEndian.Uint64([]byte(data[p : p+8]))}
	p += 8
	n, nKeys, nSpecs, nComps, nWords := int(u32(data, p)), int(u32(data, p+4)), int(u32(data, p+8)), int(u32(data, p+12)), int(u32(data, p+16))
	p += 20
	var off [10]int
	for i := range off {
		off[i] = int(u32(data, p+4*i))
		if off[i] < base || off[i] > len(data) || i > 0 && off[i] < off[i-1] {
			return nil, bad("section offsets")
		}
	}
	sec := func(i int) string { return data[off[i]:off[i+1]] }
	ix.recIdx, ix.recs, ix.keyIdx, ix.keys, ix.comps, ix.wordIdx, ix.words = sec(1), sec(2), sec(3), sec(4), sec(6), sec(7), sec(8)
	ix.n, ix.nKeys, ix.nWords = n, nKeys, nWords
	if len(ix.recIdx) != 4*((n+recBlock-1)/recBlock) || len(ix.keyIdx) != 4*((nKeys+keyBlock-1)/keyBlock) ||
		len(sec(5)) != 8*nSpecs || len(ix.comps) != 8*nComps || len(ix.wordIdx) != 4*((nWords+keyBlock-1)/keyBlock) {
		return nil, bad("section sizes")
	}
	for i := 0; i < len(ix.recIdx); i += 4 {
		if int(u32(ix.recIdx, i)) > len(ix.recs) {
			return nil, bad("record offsets")
		}
	}
	for i := 0; i < len(ix.keyIdx); i += 4 {
		if int(u32(ix.keyIdx, i)) > len(ix.keys) {
			return nil, bad("key offsets")
		}
	}
	for i := 0; i < len(ix.wordIdx); i += 4 {
		if int(u32(ix.wordIdx, i)) > len(ix.words) {
			return nil, bad("gloss word offsets")
		}
	}
	for i := 0; i < len(ix.comps); i += 4 {
		if int(u32(ix.comps, i)) >= n {
			return nil, bad("compounds")
		}
	}
	ix.specs = make([]float64, nSpecs)
	for i := range ix.specs {
		lo, hi := u32(sec(5), 8*i), u32(sec(5), 8*i+4)
		ix.specs[i] = math.Float64frombits(uint64(lo) | uint64(hi)<<32)
	}
	var err error
	if ix.heads, err = dict.Decode(sec(0)); err != nil {
		return nil, fmt.Errorf("lexicon index: %w", err)
	}
	if ix.heads.IDs() != n {
		return nil, bad("headwords")
	}
	return ix, nil
}

// records reads entry records in place; reading them in ascending order of entry is cheapest.
type records struct {
	ix  *index
	id  int     // the entry whose record d holds next, -1 before the first read
	d   decoder // positioned at that record
	bad bool
}

// at returns a decoder over the record of entry id.
func (r *records) at(id int) decoder {
	if r.id < 0 || id < r.id || id/recBlock != r.id/recBlock {
		off := int(u32(r.ix.recIdx, 4*(id/recBlock)))
		r.d, r.id = decoder{s: r.ix.recs[off:]}, id-id%recBlock
	}
	for ; r.id < id; r.id++ {
		r.d.str()
	}
	rec := decoder{s: r.d.str()}
	r.id++
	r.bad = r.bad || r.d.bad
	return rec
}

// shortGloss reads a record's short gloss.
func (ix *index) shortGloss(d *decoder) string {
	n := d.int()
	if n == 0 || n > len(d.s) {
		return ""
	}
	b := make([]byte, 0, 8*n)
	for i := range n {
		if i > 0 {
			b = append(b, ' ')
		}
		id := d.int()
		if id >= ix.nWords {
			d.fail()
			return ""
		}
		w := decoder{s: ix.words[u32(ix.wordIdx, 4*(id/keyBlock)):]}
		for range id % keyBlock {
			w.str()
		}
		b = append(b, w.str()...)
	}
	return string(b)
}

// skipShortGloss skips a record's short gloss.
func skipShortGloss(d *decoder) {
	for range d.count(1) {
		d.uint()
	}
}

// keyRef is one English key of a sense as the index stores it.
type keyRef struct {
	key      int32
	spec     float64
	gloss    int
	compound bool // a key an absent compound may lend (glossWord)
}

// next reads the next key of a record; ok is false on corrupt data.
func (ix *index) next(d *decoder) (k keyRef, ok bool) {
	id, code := d.uint(), d.uint()
	k = keyRef{key: int32(id), gloss: int(code & 7), compound: code&8 != 0}
	if k.gloss == 7 {
		k.gloss += d.int()
	}
	si := code >> 4
	if d.bad || id >= uint64(ix.nKeys) || si >= uint64(len(ix.specs)) {
		return keyRef{}, false
	}
	k.spec = ix.specs[si]
	return k, true
}

// keyReader returns key strings by ID, cheapest in ascending order.
type keyReader struct {
	ix  *index
	id  int // the ID of the key in cur, -1 before the first
	cur []byte
	d   decoder
}

func (r *keyReader) key(id int32) string {
	i := int(id)
	if r.id < 0 || i < r.id || i/keyBlock != r.id/keyBlock {
		r.d = decoder{s: r.ix.keys[u32(r.ix.keyIdx, 4*(i/keyBlock)):]}
		r.cur = append(r.cur[:0], r.d.str()...)
		r.id = i - i%keyBlock
	}
	for ; r.id < i; r.id++ {
		shared := min(r.d.int(), len(r.cur))
		r.cur = append(r.cur[:shared], r.d.str()...)
	}
	return string(r.cur)
}

// compound returns the i-th compound: an entry and the entry of its headword less its last
// character.
func (ix *index) compound(i int) (id, prefix int) {
	return int(u32(ix.comps, 8*i)), int(u32(ix.comps, 8*i+4))
}

// headwordSum is the checksum Counts carry: FNV-64a of the headwords, each followed by a 0 byte.
func headwordSum(heads []string) uint64 {
	h := fnv.New64a()
	for _, s := range heads {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return h.Sum64()
}
