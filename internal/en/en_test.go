package en

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestWords(t *testing.T) {
	s := "people's fixed-asset investments, farmers' shèngzé don't 2023"
	var got []string
	for _, w := range Words(s) {
		got = append(got, w.Stem+"@"+s[w.Start:w.End])
	}
	want := []string{"people@people", "fix@fixed", "asset@asset", "investment@investments", "farmer@farmers",
		"shengz@shèngzé", "dont@don't", "2023@2023"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q\nwant    %q", got, want)
	}
}

func TestStemInflections(t *testing.T) {
	for _, group := range [][]string{
		{"target", "targets", "targeted", "targeting"},
		{"company", "companies"},
		{"kindergarten", "kindergartens"},
		{"renovate", "renovated", "renovating"},
		{"build", "built", "building"},
		{"plane", "planes", "planed"},
		{"plan", "plans", "planned", "planning"},
		{"rate", "rates", "rated", "rating"},
		{"drive", "drives", "driving"},
		{"open", "opens", "opened", "opening"},
		{"waste", "wastes", "wasted"},
		{"wharf", "wharfs", "wharves"},
		{"knife", "knives"},
		{"archive", "archives"},
	} {
		for _, w := range group[1:] {
			if Stem(w) != Stem(group[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want equal", w, Stem(w), group[0], Stem(group[0]))
			}
		}
	}
}

// TestStemAbbreviationPlural checks that the plural of an abbreviation meets the abbreviation,
// while three-letter words with a vowel keep their s.
func TestStemAbbreviationPlural(t *testing.T) {
	for w, want := range map[string]string{
		"hqs": "hq", "hq": "hq", "tvs": "tv", "gdps": "gdp", "gdp": "gdp", "smes": "sme", "sme": "sme",
		"gas": "gas", "bus": "bus", "its": "its", "yes": "yes", "ups": "ups", "ss": "ss",
	} {
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestStemSilentE checks that a short word's silent e keeps it apart from the word without it.
func TestStemSilentE(t *testing.T) {
	for _, pair := range [][2]string{{"planes", "plans"}, {"rate", "rat"}, {"code", "cod"}, {"site", "sit"}, {"hoped", "hopped"}} {
		if Stem(pair[0]) == Stem(pair[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q; want them apart", pair[0], pair[1], Stem(pair[0]))
		}
	}
}

// wordsRef is the rune-slice implementation Words replaced (from internal/glossary); on valid
// UTF-8 the two must agree.
func wordsRef(s string) []Word {
	var out []Word
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if b.Len() > 0 {
			out = append(out, Word{Stem: Stem(b.String()), Start: start, End: end})
		}
		b.Reset()
		start = -1
	}
	rs := []rune(s)
	offs := make([]int, len(rs)+1) // byte offset of each rune in s
	for i, r := range rs {
		offs[i+1] = offs[i] + utf8.RuneLen(r)
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\'' || r == '’':
			possessive := i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWordRune(rs[i+2]))
			switch {
			case b.Len() > 0 && possessive:
				flush(offs[i])
				i++ // skip the s of 's
			case b.Len() > 0 && i+1 < len(rs) && isWordRune(rs[i+1]):
				// inside a word (don't): drop the apostrophe
			default:
				flush(offs[i])
			}
		case isWordRune(r):
			if start < 0 {
				start = offs[i]
			}
			if r < utf8.RuneSelf {
				b.WriteRune(r) // ASCII: its own decomposition
				break
			}
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		default:
			flush(offs[i])
		}
	}
	flush(len(s))
	return out
}

func FuzzWords(f *testing.F) {
	f.Add("people's fixed-asset investments, farmers' shèngzé don't 2023")
	f.Add("x's' ’s a’b ' 's")
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToLower(s)
		got := Words(s)
		for _, w := range got {
			if w.Start < 0 || w.End > len(s) || w.Start >= w.End {
				t.Fatalf("Words(%q): bad span %+v", s, w)
			}
		}
		if utf8.ValidString(s) && !slices.Equal(got, wordsRef(s)) {
			t.Fatalf("Words(%q) = %+v, reference %+v", s, got, wordsRef(s))
		}
	})
}

func TestNominal(t *testing.T) {
	for w, want := range map[string]string{"invest": "investment", "spent": "spending", "export": "exports",
		"planted": "planting", "revenue": "revenue", "GDP": "GDP"} {
		if got := Nominal(w); got != want {
			t.Errorf("Nominal(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestEdForm: -ed words that are no verb form (red, seed, hundred) are not read as one.
func TestEdForm(t *testing.T) {
	for w, want := range map[string]bool{"registered": true, "listed": true, "renovated": true, "red": false,
		"seed": false, "hundred": false, "bed": false, "ed": false, "built": false, "led": true, "fed": true, "wed": false} {
		if got := EdForm(w); got != want {
			t.Errorf("EdForm(%q) = %v, want %v", w, got, want)
		}
	}
}
