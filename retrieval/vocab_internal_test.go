package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// TestAboutSuffixes checks that the about-word of a hyphened modifier is left unsearched and the
// same word standing alone is not.
func TestAboutSuffixes(t *testing.T) {
	for q, want := range map[string]string{
		"any law-themed sculpture in the district?":  "themed",
		"how much tourism-related income was there?": "related",
		"what is the theme of the festival?":         "",
		"how many self-employed households?":         "",
		"managing with embroidery-like care?":        "like",
		"what do residents like about the park?":     "",
	} {
		got := ""
		for _, s := range aboutSuffixes(q) {
			got += q[s.Start:s.End]
		}
		if got != want {
			t.Errorf("aboutSuffixes(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestAbbreviationGloss checks that an abbreviation the lexicon renders through the phrase it
// abbreviates takes the curated glossary's rendering of that phrase, and that a synonym or a
// clipping with a vowel does not.
func TestAbbreviationGloss(t *testing.T) {
	if g, ok := abbreviationGloss(lexicon.Match{Text: "HQs", Via: "headquarters"}); !ok || len(g) == 0 || g[0] != "总部" {
		t.Errorf("HQs via headquarters: %v, %v; want the glossary's 总部", g, ok)
	}
	for _, m := range []lexicon.Match{
		{Text: "lab", Via: "laboratory"},
		{Text: "HQs"},
		{Text: "hq", Via: "quarters"},
	} {
		if g, ok := abbreviationGloss(m); ok {
			t.Errorf("%s via %q: %v; want none", m.Text, m.Via, g)
		}
	}
}
