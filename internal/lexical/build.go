// Package lexical builds the lexical (BM25) postings of a store's chunks and reads and writes
// them as one file of a store generation, laid out so that a process maps it and looks terms up
// without decoding it: the postings of a query's terms are the only pages it touches.
//
// Documents are tokenised as zh.Tokens does (CJK bigrams, Latin words, numbers) after
// normalisation (Normalize, equal to zh.Normalize). retrieval scores the postings (BM25).
package lexical

import (
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// Posting is one document holding a term, with the term's frequency in it.
type Posting struct {
	Doc int32
	TF  float32
}

// ChunkText is the normalised text of a chunk that the lexical index holds: its section path and
// its text.
func ChunkText(c corpus.Chunk) string {
	return Normalize(c.SectionPath() + "\n" + c.Text)
}

// Build indexes n documents; doc returns document i normalised and is called concurrently. It
// returns each term's postings, in ascending document order, and each document's length in
// tokens.
func Build(n int, doc func(int) string) (map[string][]Posting, []float64) {
	parts, docLen := BuildParts(n, doc)
	postings := parts[0]
	for _, p := range parts[1:] {
		for t, ps := range p {
			postings[t] = append(postings[t], ps...)
		}
	}
	return postings, docLen
}

// BuildParts is Build without the final merge: contiguous ranges of documents are indexed in
// parallel, and each range's postings returned, ranges in document order (a term's postings are
// the concatenation of its lists in every part). WriteParts writes them without merging.
func BuildParts(n int, doc func(int) string) ([]map[string][]Posting, []float64) {
	docLen := make([]float64, n)
	workers := max(1, min(runtime.GOMAXPROCS(0), n/256))
	parts := make([]map[string][]Posting, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Go(func() { parts[w] = indexRange(lo, hi, doc, docLen) })
	}
	wg.Wait()
	return parts, docLen
}

// AvgLen is the mean document length, as BM25 uses it.
func AvgLen(docLen []float64) float64 {
	var total float64
	for _, l := range docLen {
		total += l
	}
	if len(docLen) == 0 {
		return 0
	}
	return total / float64(len(docLen))
}

// indexRange returns the postings of documents lo..hi-1 and sets their lengths in docLen. It
// produces the tokens of zh.Tokens (retrieval's TestBuildBM25MatchesTokens holds it to that) without making
// a string of each: a token of one or two ideographs is looked up by its runes packed in an
// integer; only words of letters or digits become strings. Each document's (token, tf) pairs
// are written one after another and only then spread into posting lists of exactly their size,
// which is much faster than appending to tens of thousands of growing lists.
func indexRange(lo, hi int, doc func(int) string, docLen []float64) map[string][]Posting {
	type entry struct {
		id int32
		tf float32
	}
	han := map[uint64]int32{}   // one ideograph, or two packed, → token id
	words := map[string]int32{} // a word of letters or digits → token id
	var (
		names []string // token id → token
		last  []int32  // token id → last document it was seen in
		at    []int32  // token id → its entry in that document
		ents  []entry  // documents' entries, one document after another
		first []int    // document lo+i's entries start at first[i]
		di    int32    // the document being indexed
		count int      // its tokens
		rs    []rune
	)
	newID := func(name string) int32 {
		names, last, at = append(names, name), append(last, -1), append(at, 0)
		return int32(len(names) - 1)
	}
	add := func(id int32) {
		count++
		if last[id] == di {
			ents[at[id]].tf++
			return
		}
		last[id], at[id] = di, int32(len(ents))
		ents = append(ents, entry{id, 1})
	}
	hanID := func(t []rune) int32 {
		key := uint64(t[0])
		if len(t) == 2 {
			key = key<<32 | uint64(t[1])
		}
		id, ok := han[key]
		if !ok {
			id = newID(string(t))
			han[key] = id
		}
		return id
	}
	for d := lo; d < hi; d++ {
		di, count = int32(d), 0
		first = append(first, len(ents))
		rs = rs[:0]
		for _, r := range doc(d) {
			rs = append(rs, r)
		}
		zh.EachToken(rs, func(tok []rune, isHan bool) {
			if isHan {
				add(hanID(tok))
				return
			}
			w := string(tok)
			id, ok := words[w]
			if !ok {
				id = newID(w)
				words[w] = id
			}
			add(id)
		})
		docLen[d] = float64(count)
	}
	first = append(first, len(ents))

	// Spread the entries into one array, token by token, documents in order.
	start := make([]int, len(names)+1)
	for _, e := range ents {
		start[e.id+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	all := make([]Posting, len(ents))
	next := append([]int(nil), start[:len(names)]...)
	for i := range hi - lo {
		for _, e := range ents[first[i]:first[i+1]] {
			all[next[e.id]] = Posting{int32(lo + i), e.tf}
			next[e.id]++
		}
	}
	out := make(map[string][]Posting, len(names))
	for id, t := range names {
		out[t] = all[start[id]:start[id+1]:start[id+1]] // capped: a merge appends by copying
	}
	return out
}

// Normalize is zh.Normalize with a shortcut that makes normalising a store's chunks four times
// faster: text made only of characters that NFKC and lower-casing leave as they are and that
// never combine with the character before them (the ideographs, ASCII but capitals, 。、“”《》…)
// is returned as it is, since NFKC cannot change it.
//
// Report text is full of full-width punctuation (，：；（）％), which NFKC maps to ASCII: text
// made of stable characters and of characters that map to one ASCII character each (widthFold)
// is folded a character at a time, which is what NFKC and lower-casing make of it (every
// character of it begins a normalisation segment, so none combines with its neighbours).
func Normalize(s string) string {
	stable := stableRunes()
	fold := false
	for _, r := range s {
		if r < 0x10000 && r != utf8.RuneError && stable[r>>6]&(1<<(r&63)) != 0 {
			continue
		}
		if widthFold(r) < 0 {
			return zh.Normalize(s)
		}
		fold = true
	}
	if !fold {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if c := widthFold(r); c >= 0 {
			b.WriteByte(byte(c))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// widthFold is the ASCII character NFKC and lower-casing make of r when r is an ASCII capital,
// a full-width form of an ASCII character (U+FF01–U+FF5E) or the ideographic space; else -1.
func widthFold(r rune) int {
	switch {
	case r >= 'A' && r <= 'Z':
		return int(r - 'A' + 'a')
	case r >= 0xFF01 && r <= 0xFF5E:
		c := r - 0xFEE0
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return int(c)
	case r == 0x3000:
		return ' '
	}
	return -1
}

// stableRunes is the set of runes of the Basic Multilingual Plane that Normalize passes as they
// are, as a bitmap.
var stableRunes = sync.OnceValue(func() *[1 << 10]uint64 {
	var t [1 << 10]uint64
	for r := rune(0); r < 0x10000; r++ {
		if utf16.IsSurrogate(r) || r == utf8.RuneError {
			continue
		}
		p := norm.NFKC.PropertiesString(string(r))
		if len(p.Decomposition()) == 0 && p.BoundaryBefore() && unicode.ToLower(r) == r {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return &t
})
