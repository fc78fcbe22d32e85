package lexicon

import (
	"cmp"
	"encoding/binary"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/dict"
)

// EncodeIndex derives the headword index of a dictionary (the go generate step writes that of the
// embedded CC-CEDICT): entry i of the index is entries[i], and note (one line: source and licence)
// heads the file. The same note and entries give the same bytes.
func EncodeIndex(note string, entries []cedict.Entry) []byte {
	type sense []keyCand
	type derived struct {
		short  string
		senses []sense
		flags  [][]bool // per sense, per key: glossWord
	}
	ds := make([]derived, len(entries))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(entries)/512))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(entries); i += workers {
				ss := entries[i].Senses()
				d := derived{short: shortGloss(ss), senses: make([]sense, len(ss)), flags: make([][]bool, len(ss))}
				for j, s := range ss {
					ks, gs := senseCands(s, j)
					d.senses[j] = ks
					for _, k := range ks {
						d.flags[j] = append(d.flags[j], glossWord(gs, k))
					}
				}
				ds[i] = d
			}
		})
	}
	wg.Wait()

	// Keys, sorted; specificities, most used first.
	keyID := map[string]int32{}
	specUse := map[float64]int{}
	for _, d := range ds {
		for _, s := range d.senses {
			for _, k := range s {
				keyID[k.key] = 0
				specUse[k.spec]++
			}
		}
	}
	keys := make([]string, 0, len(keyID))
	for k := range keyID {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		keyID[k] = int32(i)
	}
	specs, specID := byUse(specUse)

	heads := make([]string, len(entries))
	for i, e := range entries {
		heads[i] = e.Headword
	}
	// The words of the short glosses, most used first.
	wordUse := map[string]int{}
	for _, d := range ds {
		if d.short != "" {
			for w := range strings.SplitSeq(d.short, " ") {
				wordUse[w]++
			}
		}
	}
	words, wordID := byUse(wordUse)

	var sec [9][]byte
	hd := dict.New(heads)
	sec[0], _ = hd.AppendBinary(nil) // a Dict New made is always in order
	var rec []byte
	for i, d := range ds {
		if i%recBlock == 0 {
			sec[1] = binary.LittleEndian.AppendUint32(sec[1], uint32(len(sec[2])))
		}
		rec = binary.AppendUvarint(rec[:0], uint64(len(d.senses)))
		if d.short == "" {
			rec = append(rec, 0)
		} else {
			rec = binary.AppendUvarint(rec, uint64(strings.Count(d.short, " ")+1))
			for w := range strings.SplitSeq(d.short, " ") {
				rec = binary.AppendUvarint(rec, wordID[w])
			}
		}
		for j, s := range d.senses {
			rec = binary.AppendUvarint(rec, uint64(len(s)))
			for n, k := range s {
				code := specID[k.spec]<<4 | uint64(min(k.gloss, 7))
				if d.flags[j][n] {
					code |= 8
				}
				rec = binary.AppendUvarint(rec, uint64(keyID[k.key]))
				rec = binary.AppendUvarint(rec, code)
				if k.gloss >= 7 {
					rec = binary.AppendUvarint(rec, uint64(k.gloss-7))
				}
			}
		}
		sec[2] = appendString(sec[2], string(rec))
	}
	for i, k := range keys {
		if i%keyBlock == 0 {
			sec[3] = binary.LittleEndian.AppendUint32(sec[3], uint32(len(sec[4])))
			sec[4] = appendString(sec[4], k)
			continue
		}
		prev, shared := keys[i-1], 0
		for shared < len(prev) && shared < len(k) && prev[shared] == k[shared] {
			shared++
		}
		sec[4] = binary.AppendUvarint(sec[4], uint64(shared))
		sec[4] = appendString(sec[4], k[shared:])
	}
	for _, s := range specs {
		sec[5] = binary.LittleEndian.AppendUint64(sec[5], math.Float64bits(s))
	}
	// Compounds: headwords of three characters or more whose headword less the last character is
	// itself a headword.
	nComps := 0
	for i, h := range heads {
		if utf8.RuneCountInString(h) < 3 {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(h)
		if p, ok := hd.Lookup(h[:len(h)-size]); ok {
			sec[6] = binary.LittleEndian.AppendUint32(sec[6], uint32(i))
			sec[6] = binary.LittleEndian.AppendUint32(sec[6], uint32(p))
			nComps++
		}
	}

	for i, w := range words {
		if i%keyBlock == 0 {
			sec[7] = binary.LittleEndian.AppendUint32(sec[7], uint32(len(sec[8])))
		}
		sec[8] = appendString(sec[8], w)
	}

	out := append([]byte(nil), indexMagic...)
	out = append(out, strings.ReplaceAll(note, "\n", " ")...)
	out = append(out, '\n')
	base := len(out) + indexHeader
	out = binary.LittleEndian.AppendUint64(out, headwordSum(heads))
	for _, v := range []int{len(entries), len(keys), len(specs), nComps, len(words)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	off := base
	for _, s := range sec {
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		off += len(s)
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(off))
	for _, s := range sec {
		out = append(out, s...)
	}
	return out
}

// IndexNote is the line that heads the index of dictionary d: what it is, its source and licence.
func IndexNote(d *cedict.Dictionary) string {
	return "reportbot lexicon headword index (internal/lexicon/cedict.idx), derived from internal/cedict/cedict.tsv.gz: " + d.Header
}

// byUse returns the values counted in use, most used first (ties in ascending order), and the
// position of each.
func byUse[T cmp.Ordered](use map[T]int) ([]T, map[T]uint64) {
	vs := make([]T, 0, len(use))
	for v := range use {
		vs = append(vs, v)
	}
	slices.SortFunc(vs, func(a, b T) int {
		if c := cmp.Compare(use[b], use[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	pos := make(map[T]uint64, len(vs))
	for i, v := range vs {
		pos[v] = uint64(i)
	}
	return vs, pos
}
