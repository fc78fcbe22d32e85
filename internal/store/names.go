package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"sort"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// The pinyin file (pinyin.bin) lets an English question name in pinyin what the reports name in
// Chinese ("Liaohe" for 辽河, "Shengtang village" for 圣塘村) without a pass over the corpus per
// process: it holds the pinyin of every Han bigram among the lexical index's terms (Any), and of
// every two Han characters a passage holds before a level character 镇乡村区县市 or 街 (街道,
// "Jinglan subdistrict" for 静兰街道) (Place). It is
// derived from a generation's chunks and terms alone, so a segment's file can be written from
// the segment, and a lookup across segments asks each. Layout (little-endian):
//
//	magic   [8]byte "RBPIN001"
//	nAny    uint32, nPlace uint32
//	offsets [nAny+nPlace+1]uint32 into the strings: Any's (sorted), then Place's (sorted)
//	strings the keys concatenated
const pinyinMagic = "RBPIN001"

var errPinyinFormat = errors.New("pinyin file is not of this version")

// isLevelChar reports whether r is a level character (镇乡村区县市, or 街 of 街道: a subdistrict
// is a place inside a district's report) after which two Han characters are read as a place's
// base.
func isLevelChar(r rune) bool {
	switch r {
	case '镇', '乡', '村', '区', '县', '市', '街':
		return true
	}
	return false
}

// PinyinKeys are the pinyin readings of a generation's Han bigrams: Any of every Han bigram of its
// lexical terms, Place of those a passage holds before a level character. Both are sorted and
// free of duplicates.
type PinyinKeys struct {
	Any, Place []string
}

// BuildPinyin derives a generation's PinyinKeys from its lexical terms and its chunks' texts
// (corpus.Chunk.Text): a bigram's pinyin is the concatenated places.Pinyin of its characters.
func BuildPinyin(terms iter.Seq[string], texts iter.Seq[string]) PinyinKeys {
	of := map[rune]string{}
	py := func(r rune) string {
		p, ok := of[r]
		if !ok {
			p = places.Pinyin(string(r))
			of[r] = p
		}
		return p
	}
	anySet, placeSet := map[string]bool{}, map[string]bool{}
	for tok := range terms {
		if a, b, ok := hanBigram(tok); ok {
			anySet[py(a)+py(b)] = true
		}
	}
	var rs []rune
	for text := range texts {
		rs = append(rs[:0], []rune(text)...)
		for i := 2; i < len(rs); i++ {
			if isLevelChar(rs[i]) && zh.IsHan(rs[i-2]) && zh.IsHan(rs[i-1]) {
				placeSet[py(rs[i-2])+py(rs[i-1])] = true
			}
		}
	}
	return PinyinKeys{Any: sortedKeys(anySet), Place: sortedKeys(placeSet)}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// hanBigram returns the two characters of a token made of exactly two Han characters.
func hanBigram(tok string) (a, b rune, ok bool) {
	n := 0
	for _, r := range tok {
		if !zh.IsHan(r) {
			return 0, 0, false
		}
		switch n {
		case 0:
			a = r
		case 1:
			b = r
		}
		n++
	}
	return a, b, n == 2
}

// Has reports whether py (lower case) is among the keys: a place's base when place is true.
func (k PinyinKeys) Has(py string, place bool) bool {
	list := k.Any
	if place {
		list = k.Place
	}
	_, found := slices.BinarySearch(list, py)
	return found
}

// WritePinyin writes keys as a pinyin file (see PinyinKeys) to w.
func WritePinyin(w io.Writer, keys PinyinKeys) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(pinyinMagic)
	var b [4]byte
	put := func(v int) {
		binary.LittleEndian.PutUint32(b[:], uint32(v))
		bw.Write(b[:])
	}
	put(len(keys.Any))
	put(len(keys.Place))
	off := 0
	put(0)
	for _, list := range [][]string{keys.Any, keys.Place} {
		for _, s := range list {
			off += len(s)
			put(off)
		}
	}
	for _, list := range [][]string{keys.Any, keys.Place} {
		for _, s := range list {
			bw.WriteString(s)
		}
	}
	return bw.Flush()
}

// readPinyin reads the pinyin file at path; a generation written before it had one returns
// (nil, nil), and its reader derives the keys itself.
func readPinyin(path string) (*PinyinKeys, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	k, err := parsePinyin(b)
	if err != nil {
		return nil, fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	return k, nil
}

func parsePinyin(b []byte) (*PinyinKeys, error) {
	if len(b) < 16 || string(b[:8]) != pinyinMagic {
		return nil, errPinyinFormat
	}
	nAny, nPlace := int(binary.LittleEndian.Uint32(b[8:])), int(binary.LittleEndian.Uint32(b[12:]))
	n := nAny + nPlace
	head := 16 + 4*(n+1)
	if nAny > len(b) || nPlace > len(b) || head > len(b) {
		return nil, fmt.Errorf("%w: truncated", errPinyinFormat)
	}
	data := string(b[head:]) // one copy; every key points into it
	keys := make([]string, n)
	prev := uint32(0)
	for i := range n {
		end := binary.LittleEndian.Uint32(b[16+4*(i+1):])
		if end < prev || int(end) > len(data) {
			return nil, fmt.Errorf("%w: offsets out of range", errPinyinFormat)
		}
		keys[i] = data[prev:end]
		prev = end
	}
	if int(prev) != len(data) {
		return nil, fmt.Errorf("%w: %d bytes of keys, offsets say %d", errPinyinFormat, len(data), prev)
	}
	k := &PinyinKeys{Any: keys[:nAny:nAny], Place: keys[nAny:]}
	if !sort.StringsAreSorted(k.Any) || !sort.StringsAreSorted(k.Place) {
		return nil, fmt.Errorf("%w: keys out of order", errPinyinFormat)
	}
	return k, nil
}

// partTerms yields the terms of lexical.BuildParts's parts (a term in several parts more than
// once).
func partTerms(parts []map[string][]lexical.Posting) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, p := range parts {
			for t := range p {
				if !yield(t) {
					return
				}
			}
		}
	}
}

// chunkTexts yields the chunks' texts.
func chunkTexts(chunks []corpus.Chunk) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, c := range chunks {
			if !yield(c.Text) {
				return
			}
		}
	}
}
