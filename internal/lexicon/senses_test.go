package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/en"
)

// A gloss that opens with a name ("Buddhist temple") gives its head word ("temple") as well as
// the name, and a later sense abbreviating a longer word (太阳 "temple (abbr. for 太阳穴)")
// weighs abbrShare of what it would otherwise.
func TestSenseHeadAndAbbreviation(t *testing.T) {
	ks := senseKeys("Buddhist temple", 0)
	for _, want := range []string{"buddhist", "templ"} {
		if !slices.ContainsFunc(ks, func(k keyCand) bool { return k.key == want }) {
			t.Errorf("Buddhist temple: keys %+v lack %q", ks, want)
		}
	}
	entries := []cedict.Entry{
		cedict.NewEntry("太阳", "sun", "sunlight; sunshine", "temple (on the side of the human head) (abbr. for 太阳穴)"),
		cedict.NewEntry("寺", "Buddhist temple", "mosque"),
	}
	l := BuildFrom(entries, slices.Values([]string{"太阳能", "太阳", "禅寺"}))
	m, _ := l.Lookup("temple")
	if !slices.ContainsFunc(m.Terms, func(x Term) bool { return x.Chinese == "寺" }) {
		t.Errorf("temple: %+v, want 寺 among them", m.Terms)
	}
	full := senseKeys("temple (on the side of the human head)", 2)
	abbr := senseKeys(entries[0].Senses()[2], 2)
	if len(full) == 0 || len(abbr) != len(full) || abbr[0].spec != abbrShare*full[0].spec {
		t.Errorf("abbreviation keys %+v, want those of %+v at %v", abbr, full, abbrShare)
	}
	if got := top(l, "sun"); got != "太阳" {
		t.Errorf("sun: %q, want 太阳", got)
	}
}

// A sense that is a pronunciation note gives no keys ("taiwan" is not 帆).
func TestPronunciationNoteGivesNoKeys(t *testing.T) {
	for _, s := range []string{"Taiwan pr. [fan2], except 帆布 canvas", "also pr. [yao1] for greater clarity", "ancient pr. [shi2]"} {
		if ks := senseKeys(s, 1); len(ks) != 0 {
			t.Errorf("%q: keys %+v, want none", s, ks)
		}
	}
	if ks := senseKeys("sail", 0); len(ks) == 0 {
		t.Error("sail: no keys")
	}
}

// A placeholder possessive inside a gloss ("to scan one's face") is dropped from its key, and a
// question's noun compound finds the verb-first key reversed ("face scan" → scan face).
func TestPossessivePlaceholderAndReversedPair(t *testing.T) {
	ks := senseKeys("to scan one's face (for identity verification)", 0)
	if !slices.ContainsFunc(ks, func(k keyCand) bool { return k.key == "scan face" }) {
		t.Errorf("keys %+v lack \"scan face\"", ks)
	}
	l := BuildFrom([]cedict.Entry{cedict.NewEntry("刷脸", "to scan one's face (for identity verification)")},
		slices.Values([]string{"刷脸清单"}))
	tr := l.Translate("How many services take a face scan?")
	if len(tr.Matches) != 1 || tr.Matches[0].Text != "face scan" || tr.Matches[0].Terms[0].Chinese != "刷脸" {
		t.Errorf("face scan: %+v, want 刷脸", tr.Matches)
	}
}

// Coordinated words in a gloss ("flowers and trees") are each a head key, at the head's weight.
func TestCoordinatedGlossWords(t *testing.T) {
	ks := senseKeys("flowers and trees", 0)
	spec := map[string]float64{}
	for _, k := range ks {
		spec[k.key] = k.spec
	}
	if spec["flower"] == 0 || spec["flower"] != spec[en.Stem("trees")] {
		t.Errorf("keys %+v: want flower weighing as tree", ks)
	}
}

// An acronym a gloss's note gives it is a key of its own when its letters are the initials of
// the gloss's words ("value-added tax (VAT)"); a note that labels a field ("(TCM)") is not.
func TestAcronymKeys(t *testing.T) {
	has := func(ks []keyCand, k string) bool {
		return slices.ContainsFunc(ks, func(x keyCand) bool { return x.key == k })
	}
	for sense, want := range map[string]string{
		"value-added tax (VAT)":                            "vat",
		"Centers for Disease Control and Prevention (CDC)": "cdc",
		"artificial intelligence (AI)":                     "ai",
	} {
		if ks := senseKeys(sense, 0); !has(ks, want) {
			t.Errorf("%q: keys %+v lack %q", sense, ks, want)
		}
	}
	if ks := senseKeys("internal heat (TCM)", 1); has(ks, "tcm") {
		t.Errorf("internal heat (TCM): keys %+v, want no tcm", ks)
	}
}

// A gloss that is an adverbial phrase ("as well as", "on the point of") gives the noun inside it
// at adverbialShare of what the phrase without its preposition would: a question's "wells" and
// "points" reach 水井 and 网点 before 同样 and 即将.
func TestAdverbialGlossWeighsLess(t *testing.T) {
	spec := func(sense, key string) float64 {
		for _, k := range senseKeys(sense, 0) {
			if k.key == key {
				return k.spec
			}
		}
		return 0
	}
	for _, c := range []struct{ adverbial, key string }{
		{"as well as", "wel"},
		{"on the point of", "point"},
		{"at one's convenience", "convenienc"},
	} {
		_, rest, _ := strings.Cut(c.adverbial, " ")
		a, p := spec(c.adverbial, c.key), spec(rest, c.key)
		if p == 0 || a >= p || a != adverbialShare*p {
			t.Errorf("%q: key %q at %v, %q at %v; want %v of it", c.adverbial, c.key, a, rest, p, adverbialShare)
		}
	}
	entries := []cedict.Entry{
		cedict.NewEntry("同样", "as well"), // otherwise a tie, which 同样 wins by its text
		cedict.NewEntry("水井", "(water) well"),
	}
	l := BuildFrom(entries, slices.Values([]string{"同样", "水井"}))
	if got := top(l, "wells"); got != "水井" {
		t.Errorf("wells: %q, want 水井 before 同样 (as well)", got)
	}
}
