package retrieval

import (
	"strings"
	"testing"
)

// A lead clause about the asker is blanked but for its place and level words; a lead clause
// that names the subject, and a question without one, stay.
func TestDropEnPreamble(t *testing.T) {
	keep := func(w string) bool { return w == "daixi" || w == "lili" || isLevelWord(w) }
	for _, c := range []struct{ q, want string }{
		{"quick one: how many dog parks did shengze open?", ": how many dog parks did shengze open?"},
		{"i'm briefing my boss on daixi - how many projects did they bring in?", "daixi - how many projects did they bring in?"},
		{"i'm putting together a brief on lili — what was its gdp?", "lili — what was its gdp?"},
		{"fyi for a memo: what is the district's jobs target?", ": what is the district's jobs target?"},
		{"we're writing up the town of lili: how many new jobs?", "town lili: how many new jobs?"},
		// The lead clause names the subject: it stays.
		{"qidu's north-side shopping district plan — how many communities does it link up?", "qidu's north-side shopping district plan — how many communities does it link up?"},
		{"shengzhe town: what's the fixed asset investment target for 2023?", "shengzhe town: what's the fixed asset investment target for 2023?"},
		// The ask names nothing it counts: what the asker's clause is about is the subject.
		{"i'm curious about the toilet revolution in lili - how many were built?", "the toilet revolution in lili - how many were built?"},
		{"i'm reading up on daixi's rural roads: how much of them got paved?", "daixi's rural roads: how much of them got paved?"},
		{"quick one - how many were built?", "quick one - how many were built?"},
		// No question word after the colon: no preamble.
		{"i need: the gdp of lili", "i need: the gdp of lili"},
	} {
		got := dropEnPreamble(c.q, keep)
		if len(got) != len(c.q) {
			t.Errorf("dropEnPreamble(%q) changed the length", c.q)
		}
		if strings.Join(strings.Fields(got), " ") != c.want {
			t.Errorf("dropEnPreamble(%q) = %q, want %q", c.q, strings.Join(strings.Fields(got), " "), c.want)
		}
	}
}

// The planner reads no word of the asker's clause: "quick" (快), "brief" (简报) and "boss" are
// no subject of the reports, whether translated or left as words the reports lack.
func TestAnalyzePreambleNoTerms(t *testing.T) {
	for _, q := range []string{
		"Quick one: how many dog parks did Shengze open last year?",
		"I'm putting together a brief on Lili — what was its GDP?",
		"I'm briefing my boss on Daixi - how many investment projects did they bring in?",
	} {
		p := Analyze(q, nil)
		for _, e := range p.English {
			switch e.Text {
			case "quick", "one", "putting", "together", "brief", "briefing", "boss":
				t.Errorf("%q: the preamble's word %q is read (%s)", q, e.Text, e.Layer)
			}
		}
	}
}
