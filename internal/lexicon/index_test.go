package lexicon

import (
	"bytes"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// TestIndexUpToDate checks that the committed headword index is what EncodeIndex derives from the
// embedded CC-CEDICT with today's code: a change to the keys a sense yields, to short glosses or
// to the stemmer must come with `go generate ./internal/lexicon`.
func TestIndexUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("derives the keys of all 113k headwords")
	}
	d, err := cedict.Load()
	if err != nil {
		t.Fatal(err)
	}
	got := EncodeIndex(IndexNote(d), d.Entries)
	if !bytes.Equal(got, []byte(indexData)) {
		t.Fatalf("cedict.idx (%d bytes) is not what the code derives (%d bytes): run `go generate ./internal/lexicon`", len(indexData), len(got))
	}
	ix, err := parseIndex(indexData)
	if err != nil {
		t.Fatal(err)
	}
	if ix.n != len(d.Entries) || ix.sum != headwordSum(headwords(d.Entries)) {
		t.Errorf("index has %d entries, checksum %x", ix.n, ix.sum)
	}
	for _, id := range []int{0, 1, len(d.Entries) / 2, len(d.Entries) - 1} {
		if h, ok := ix.heads.Key(id); !ok || h != d.Entries[id].Headword {
			t.Errorf("headword %d: %q, want %q", id, h, d.Entries[id].Headword)
		}
	}
	t.Logf("index: %d bytes, %d entries, %d keys, %d gloss words", len(indexData), ix.n, ix.nKeys, ix.nWords)
}

func headwords(es []cedict.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Headword
	}
	return out
}

// TestParseIndexRejectsDamage checks that a truncated or altered index is refused, not misread.
func TestParseIndexRejectsDamage(t *testing.T) {
	data := string(EncodeIndex("test", small))
	if _, err := parseIndex(data); err != nil {
		t.Fatal(err)
	}
	for cut := range len(data) {
		if _, err := parseIndex(data[:cut]); err == nil {
			t.Fatalf("parseIndex accepted the first %d of %d bytes", cut, len(data))
		}
	}
	if _, err := parseIndex("x" + data[1:]); err == nil {
		t.Error("parseIndex accepted a wrong magic")
	}
}

// FuzzParseIndex checks that no input makes parseIndex or a build over what it accepts panic.
func FuzzParseIndex(f *testing.F) {
	f.Add(string(EncodeIndex("test", small)))
	f.Fuzz(func(t *testing.T, data string) {
		ix, err := parseIndex(data)
		if err != nil {
			return
		}
		newSource(ix).build(func(yield func(string) bool) { yield("果园花园养老院足球发展") })
	})
}
