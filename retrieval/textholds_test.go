package retrieval

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// storeWords returns the distinct Han runs of two to four characters that open at every tenth
// character of the store's passages, with modifierWords and words no passage holds.
func storeWords(ix *Index) []string {
	set := map[string]bool{"并无此词": true, "GDP": true, "垃圾": true}
	for _, w := range modifierWords {
		set[w] = true
	}
	for i := range ix.src.NumChunks() {
		rs := []rune(ix.Chunk(i).Text)
		for k := 0; k < len(rs); k += 10 {
			for n := 2; n <= 4 && k+n <= len(rs); n++ {
				if zh.AllHan(rs[k : k+n]) {
					set[string(rs[k:k+n])] = true
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// TestTextHolds holds store.ChunkTable.TextHolds, read from a record in place, to the decoded
// chunk's text, on every chunk of a store and words it holds and does not.
func TestTextHolds(t *testing.T) {
	ix := openOneShot(t)
	th, ok := ix.src.(textHolder)
	if !ok {
		t.Fatal("a store's source does not say whether a text holds a word")
	}
	words := []string{"发展", "一般公共预算收入", "%", "GDP", "并无此词", "。"}
	held := 0
	for i := range ix.src.NumChunks() {
		text := ix.Chunk(i).Text
		rs := []rune(text)
		ws := append(slices.Clone(words), string(rs[:min(3, len(rs))]), string(rs[max(0, len(rs)-2):]))
		for _, w := range ws {
			got, ok := th.TextHolds(i, w)
			if want := strings.Contains(text, w); !ok || got != want {
				t.Fatalf("chunk %d: TextHolds(%q) = %v, %v; the decoded text holds it: %v", i, w, got, ok, want)
			}
			if got {
				held++
			}
		}
	}
	if held == 0 {
		t.Fatal("no text holds any word: the test checks nothing")
	}
}

// TestReportsWritingFromRecords: counting the reports writing a word from the records as written
// (textHoldsWord) and from the postings in order (passagesInOrderHoldingBigrams) counts what
// decoding and normalising every passage holding the word's bigrams counts, for thousands of
// words of a store, at every limit that can differ; the ordered passages are the set's.
func TestReportsWritingFromRecords(t *testing.T) {
	ix := openOneShot(t)
	words := storeWords(ix)
	if len(words) < 1000 {
		t.Fatalf("%d words: too few to test", len(words))
	}
	for _, w := range words {
		if got, want := ix.passagesInOrderHoldingBigrams(w), slices.Sorted(maps.Keys(ix.passagesHoldingBigrams(w))); !slices.Equal(got, want) {
			t.Fatalf("passagesInOrderHoldingBigrams(%s) = %v, the set sorted %v", w, got, want)
		}
		all := reportsWritingAll(ix, w)
		for _, limit := range []int{1, all, len(ix.Reports)} {
			if got := ix.countReportsWriting(w, limit); got != min(all, limit) {
				t.Fatalf("countReportsWriting(%s, %d) = %d, want %d", w, limit, got, min(all, limit))
			}
		}
	}
}

// decodeCounter is a store's source that counts the chunks it decodes.
type decodeCounter struct {
	localSource
	n *int
}

func (s decodeCounter) Chunk(i int) (corpus.Chunk, bool) { *s.n++; return s.localSource.Chunk(i) }

// TestReportsWritingDecodesNone: a word of Han characters that every report writes as is is
// counted without decoding a passage.
func TestReportsWritingDecodesNone(t *testing.T) {
	ix := openOneShot(t)
	n := 0
	ix.src = decodeCounter{ix.src.(localSource), &n}
	ix.written = writtenCounts{}
	if got := ix.countReportsWriting("发展", len(ix.Reports)); got != len(ix.Reports) {
		t.Fatalf("countReportsWriting(发展) = %d, want every report (%d)", got, len(ix.Reports))
	}
	if n > 0 {
		t.Errorf("counting 发展 decoded %d passages, want none", n)
	}
}

// TestMainBlockHanStable: normalising leaves a character of the main block of CJK ideographs as
// it is, with any neighbour (combining marks after it, letters, jamo and compatibility forms
// before it), so a text as written that holds a word of them holds it normalised.
func TestMainBlockHanStable(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		c := string(r)
		for _, s := range []string{c, c + "\u0301", c + "\u3099", c + "\u0323\u0301", "a" + c, "\u1100" + c, "ｱ" + c, "\uF900" + c + "Ａ"} {
			if !strings.Contains(normalize(s), c) {
				t.Fatalf("normalize(%q) = %q loses %q", s, normalize(s), c)
			}
		}
	}
	for w, want := range map[string]bool{"发展": true, "": false, "GDP": false, "发展GDP": false, "\uF900": false, "𠀀": false} {
		if got := mainBlockHan(w); got != want {
			t.Errorf("mainBlockHan(%q) = %v, want %v", w, got, want)
		}
	}
}
