package ordinary

import (
	"bytes"
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// TestEnglishUpToDate: the committed English file is what EncodeEnglish derives from the
// embedded dictionary, and every word and name of the derivation is found in it as derived.
func TestEnglishUpToDate(t *testing.T) {
	d, err := cedict.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(EncodeEnglish(d), []byte(englishData)) {
		t.Fatal("english.txt is not what the dictionary gives: run `go generate ./internal/cedict/ordinary`")
	}
	common, names := EnglishWords(d)
	if len(common) < 20000 || len(names) < 5000 {
		t.Fatalf("%d common words, %d names: the dictionary looks truncated", len(common), len(names))
	}
	for w := range common {
		if !CommonEnglish(w) {
			t.Fatalf("CommonEnglish(%q) = false, want true", w)
		}
	}
	for n, forms := range names {
		if got := NameForms(n); !slices.Equal(got, forms) {
			t.Fatalf("NameForms(%q) = %v, want %v", n, got, forms)
		}
	}
	for _, w := range []string{"", "Qxzzyv", "zzzzqx", "town\n"} {
		if CommonEnglish(w) || NameForms(w) != nil {
			t.Errorf("%q found, want not", w)
		}
	}
	if !CommonEnglish("revenue") || len(NameForms("Beijing")) == 0 {
		t.Errorf("revenue common: %v; Beijing's forms: %v", CommonEnglish("revenue"), NameForms("Beijing"))
	}
}

// TestParseEnglishRejectsDamage: a damaged English file is an error naming what to do.
func TestParseEnglishRejectsDamage(t *testing.T) {
	for _, s := range []string{"", englishMagic, englishMagic + "# x\n1\n", englishMagic + "# x\n2 0\nab", englishMagic + "# x\n0 0\nx"} {
		if _, err := parseEnglish(s); err == nil {
			t.Errorf("parseEnglish(%q): no error", s)
		}
	}
}
