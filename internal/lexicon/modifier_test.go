package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/en"
)

// A word CC-CEDICT only uses to qualify a noun ("trophy" in 杯's "trophy cup") is rendered
// through that gloss, at derivedShare of its confidence; a word that begins more than
// maxModified glosses ("cold") is not, nor is a word that begins none.
func TestTranslateModifier(t *testing.T) {
	l := BuildFrom([]cedict.Entry{
		cedict.NewEntry("杯", "cup", "trophy cup", "classifier for certain containers of liquids"),
		cedict.NewEntry("库", "warehouse", "storehouse", "cold storage"),
		cedict.NewEntry("潮", "tide", "current", "cold wave"),
		cedict.NewEntry("锋", "point of a spear", "edge of a tool", "cold front"),
		cedict.NewEntry("金壶", "golden pot"),
	}, slices.Values([]string{"争创金壶杯", "建设冷库", "应对寒潮", "冷锋过境"}))
	tr := l.Translate("Which trophy is the district going for?")
	i := slices.IndexFunc(tr.Matches, func(m Match) bool { return m.Text == "trophy" })
	if i < 0 || !slices.Contains(chinese(tr.Matches[i]), "杯") {
		t.Fatalf("trophy: %+v, want it rendered 杯 through 'trophy cup'", tr.Matches)
	}
	if direct, _ := l.Lookup("trophy cup"); abs(tr.Matches[i].Confidence-derivedShare*direct.Confidence) > 1e-9 {
		t.Errorf("trophy: confidence %v, want %v of the gloss's %v", tr.Matches[i].Confidence, derivedShare, direct.Confidence)
	}
	if q := "Which trophy is it going for?"; len(l.Translate(q).Untranslated) != 0 {
		t.Errorf("%q: untranslated %v, want none (going is a light verb)", q, l.Translate(q).Untranslated)
	}
	if tr := l.Translate("Was it cold?"); len(tr.Matches) != 0 {
		t.Errorf("cold: %+v, want a word qualifying many glosses left untranslated", tr.Matches)
	}
}

// Reflexive pronouns and the forms of "go" the stemmer keeps whole are function words: never
// translated, never reported as untranslated.
func TestStopwordsReflexiveAndGo(t *testing.T) {
	for _, w := range []string{"itself", "themselves", "going", "goes"} {
		if !stopStem(en.Stem(w)) {
			t.Errorf("%s is not a stopword", w)
		}
	}
}
