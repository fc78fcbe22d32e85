package ordinary

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
)

// TestUpToDate: the committed file is what Encode derives from the embedded dictionary (run
// `go generate ./internal/cedict/ordinary` after the dictionary or the rule changes).
func TestUpToDate(t *testing.T) {
	d, err := cedict.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(Encode(d), []byte(data)) {
		t.Fatal("words.bin is not what the dictionary gives: run `go generate ./internal/cedict/ordinary`")
	}
}

// TestHasFollowsTheRule: Has answers, for every headword of two to four characters, what the
// rule says of its senses, and no for what is not a headword.
func TestHasFollowsTheRule(t *testing.T) {
	d, err := cedict.Load()
	if err != nil {
		t.Fatal(err)
	}
	heads := map[string]bool{}
	checked, ordinary := 0, 0
	for _, e := range d.Entries {
		n := utf8.RuneCountInString(e.Headword)
		if n < minRunes || n > maxRunes || len(e.Headword) != 3*n {
			continue
		}
		want := IsOrdinary(e) || heads[e.Headword]
		heads[e.Headword] = want
		checked++
		if got := Has(e.Headword); got != want {
			t.Errorf("Has(%q) = %v, want %v (senses %q)", e.Headword, got, want, e.Senses())
		}
		if want {
			ordinary++
		}
	}
	if checked < 50000 || ordinary < 40000 {
		t.Errorf("checked %d headwords, %d ordinary: the dictionary looks truncated", checked, ordinary)
	}
	for _, w := range []string{"健康", "推动", "区域"} {
		if !Has(w) {
			t.Errorf("Has(%q) = false, want an ordinary word", w)
		}
	}
	for _, w := range []string{"", "同里镇", "同里", "镇", "abc", "健康健康健康"} {
		if Has(w) {
			t.Errorf("Has(%q) = true, want false", w)
		}
	}
}

// TestParseRejectsDamage: a damaged file is an error naming what to do, not a wrong answer.
func TestParseRejectsDamage(t *testing.T) {
	for _, s := range []string{"", "reportbot-ordinary1\n", magic + "# x\n1 0\n", magic + "# x\n1 0 0\n", magic + "# x\n0 0 0\nxx"} {
		if _, err := parse(s); err == nil {
			t.Errorf("parse(%q): no error", s)
		}
	}
}
