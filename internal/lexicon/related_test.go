package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

var relatedEntries = []cedict.Entry{
	cedict.NewEntry("海岸", "coast; seashore"),
	cedict.NewEntry("出租", "to rent out; to let"),
	cedict.NewEntry("租金", "rent"),
	cedict.NewEntry("实验室", "laboratory"),
	cedict.NewEntry("种植", "to plant; to grow", "crops of a plantation or a field"),
	cedict.NewEntry("花园", "garden", "flower garden"),
	cedict.NewEntry("总部", "headquarters"),
}

var relatedDocs = []string{"海岸线整治", "房屋出租", "收取租金", "新建实验室", "种植水稻", "种植面积",
	"建设花园", "地区总部"}

// A word the lexicon lacks is rendered through the word WordNet relates it to, a word of its
// family or a synonym, at relatedShare of that word's confidence.
func TestTranslateRelated(t *testing.T) {
	l := BuildFrom(relatedEntries, slices.Values(relatedDocs))
	for _, c := range []struct {
		q, word, want, via string
		share              float64
	}{
		{"What coastal work was done?", "coastal", "海岸", "coast", relatedShare},
		{"Is the rental market regulated?", "rental", "租金", "rent", relatedShare},
		{"Which lab was built?", "lab", "实验室", "laboratory", relatedShare},
		// inflections the stemmer keeps whole, through their base form
		{"Are rentals regulated?", "rentals", "租金", "rent", relatedShare},
		// an abbreviation's plural, whose base is too short for WordNet's detachment rules
		// at full confidence: an abbreviation is another spelling of the word
		{"How many regional HQs?", "HQs", "总部", "headquarters", 1},
	} {
		tr := l.Translate(c.q)
		i := slices.IndexFunc(tr.Matches, func(m Match) bool { return m.Text == c.word })
		if i < 0 || !slices.Contains(chinese(tr.Matches[i]), c.want) {
			t.Errorf("%s: %+v, want it rendered %s", c.word, tr.Matches, c.want)
			continue
		}
		if tr.Matches[i].Via != c.via {
			t.Errorf("%s: via %q, want %q", c.word, tr.Matches[i].Via, c.via)
		}
		direct, ok := l.Lookup(c.via)
		if !ok || abs(tr.Matches[i].Confidence-c.share*direct.Confidence) > 1e-9 {
			t.Errorf("%s: confidence %.3f, want %.2f × %s's %.3f", c.word, tr.Matches[i].Confidence, c.share, c.via, direct.Confidence)
		}
		if slices.ContainsFunc(tr.Untranslated, func(s Span) bool { return c.q[s.Start:s.End] == c.word }) {
			t.Errorf("%s: listed untranslated", c.word)
		}
	}
}

// A synonym that only appears inside a longer gloss is a guess ("orchard" → plantation: 种植
// "to plant"), and a broader word is not searched ("orchard" → garden: 花园): the word stays
// untranslated, so that the answer can say the reports lack it.
func TestTranslateRelatedNotGuessed(t *testing.T) {
	l := BuildFrom(relatedEntries, slices.Values(relatedDocs))
	tr := l.Translate("Which orchards were planted?")
	if slices.ContainsFunc(tr.Matches, func(m Match) bool { return m.Text == "orchards" }) ||
		!slices.ContainsFunc(tr.Untranslated, func(s Span) bool { return s == Span{6, 14} }) {
		t.Errorf("orchards: %+v, want it untranslated", tr)
	}
}

// An abbreviation is a short word without a vowel whose letters its phrase holds in order from
// its first; a clipping with a vowel (lab) or letters out of order is none.
func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		a, p string
		want bool
	}{
		{"hq", "headquarters", true}, {"tv", "television", true}, {"km", "kilometer", true},
		{"lab", "laboratory", false}, {"qh", "headquarters", false}, {"hq", "quarters", false},
		{"h", "headquarters", false}, {"hq", "", false},
	} {
		if got := Abbreviates(c.a, c.p); got != c.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", c.a, c.p, got, c.want)
		}
	}
}
