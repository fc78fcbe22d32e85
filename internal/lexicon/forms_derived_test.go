package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

var derivedEntries = []cedict.Entry{
	cedict.NewEntry("违法", "illegal", "to break the law"),
	cedict.NewEntry("私立", "private (school etc)", "privately run", "to set up illegally"),
	cedict.NewEntry("降解", "(chemistry) degradation", "to degrade"),
	cedict.NewEntry("植物", "plant; flora"),
	cedict.NewEntry("微", "tiny", "miniature", "slightly", "micro-"),
	cedict.NewEntry("安全", "safe; secure", "safety"),
	cedict.NewEntry("飞", "to fly"),
}

var derivedDocs = []string{"违法停车", "私立学校", "可降解材料", "种植植物", "微更新", "安全生产", "违法建设",
	"植物园", "安全隐患", "飞行"}

// Words the lexicon lacks, or renders weakly, are rendered through the word they are made
// from: an adverb through its adjective (a weak rendering joined), an -able adjective through
// its verb, a plural agent noun through its base word, a combining form through the word it
// stands for.
func TestTranslateDerivedForms(t *testing.T) {
	l := BuildFrom(derivedEntries, slices.Values(derivedDocs))
	for _, c := range []struct{ q, word, want string }{
		{"How many illegally parked cars?", "illegally", "违法"},
		{"Which biodegradable materials?", "biodegradable", "降解"}, // bio + degradable
		{"Which biomaterials?", "biomaterials", ""},               // no key for the rest
		{"Which degradable materials?", "degradable", "降解"},
		{"Are there planters?", "planters", "植物"},
		{"What micro renewal?", "micro", "微"},
	} {
		tr := l.Translate(c.q)
		i := slices.IndexFunc(tr.Matches, func(m Match) bool { return m.Text == c.word })
		if c.want == "" {
			if i >= 0 {
				t.Errorf("%s: %+v, want it untranslated", c.word, tr.Matches[i])
			}
			continue
		}
		if i < 0 || !slices.Contains(chinese(tr.Matches[i]), c.want) {
			t.Errorf("%s: %+v, want %s among its renderings", c.word, tr.Matches, c.want)
		}
	}
}

// A singular in -er may be a comparative, and a base word rendered vaguely is no agent noun's
// base: neither is rendered through it.
func TestTranslateAgentLimits(t *testing.T) {
	l := BuildFrom(derivedEntries, slices.Values(derivedDocs))
	for _, q := range []string{"Which planter?", "Who are the flyers?"} {
		tr := l.Translate(q)
		if len(tr.Matches) != 0 {
			t.Errorf("%q: %+v, want nothing translated", q, tr.Matches)
		}
	}
}

// A key that is a whole gloss of a word is kept however late the sense and however low its
// weight (烧's fifth sense "to roast"), at that low confidence; a word met only inside a
// longer gloss of a late sense is not ("heat" of "to heat up the oven").
func TestExactLateSenseKept(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("烧", "to burn", "to cook", "to stew", "to bake", "to roast", "to heat up the oven",
			"fever", "to run a temperature"),
		cedict.NewEntry("鸡", "fowl; chicken"),
	}
	l := BuildFrom(entries, slices.Values([]string{"德州扒鸡和烧鸡", "鸡", "鸡蛋", "养鸡"}))
	m, ok := l.Lookup("roast")
	if !ok || m.Terms[0].Chinese != "烧" || m.Confidence >= minConfidence {
		t.Errorf("roast: %+v (found %v), want 烧 below minConfidence", m, ok)
	}
	if m, ok := l.Lookup("oven"); ok {
		t.Errorf("oven: %+v, want no key", m)
	}
}
