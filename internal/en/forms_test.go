package en

import (
	"slices"
	"testing"
)

func TestAdjective(t *testing.T) {
	for w, want := range map[string][]string{
		"illegally":    {"illegal"},
		"quickly":      {"quick"},
		"happily":      {"happy"},
		"visibly":      {"visible"},
		"historically": {"historical", "historic"},
		"basically":    {"basical", "basic"},
		"only":         nil, // too short a base
		"illegal":      nil,
	} {
		if got := Adjective(w); !slices.Equal(got, want) {
			t.Errorf("Adjective(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestAble(t *testing.T) {
	for w, want := range map[string][]string{
		"degradable": {"degrade", "degrad"},
		"affordable": {"afforde", "afford"},
		"reliable":   {"relie", "rely"},
		"table":      nil,
		"green":      nil,
	} {
		if got := Able(w); !slices.Equal(got, want) {
			t.Errorf("Able(%q) = %q, want %q", w, got, want)
		}
	}
}

// A plural in -ers, and -or and -ist nouns, are agent nouns; a singular in -er may be a
// comparative (safer) and is not read as one.
func TestAgent(t *testing.T) {
	for w, want := range map[string][]string{
		"planters": {"plant", "plante"},
		"makers":   {"make"},
		"planners": {"plan", "plann", "planne"},
		"cyclist":  {"cycl", "cycle"},
		"operator": {"operat", "operate"},
		"safer":    nil,
		"planter":  nil,
		"water":    nil,
	} {
		if got := Agent(w); !slices.Equal(got, want) {
			t.Errorf("Agent(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestCombining(t *testing.T) {
	if got := Combining("micro"); !slices.Contains(got, "tiny") {
		t.Errorf("Combining(micro) = %q, want tiny among them", got)
	}
	if got := Combining("renewal"); got != nil {
		t.Errorf("Combining(renewal) = %q, want none", got)
	}
}

func TestSplitCombining(t *testing.T) {
	for w, want := range map[string][2]string{
		"biodegradable": {"bio", "degradable"},
		"ecotourism":    {"eco", "tourism"},
		"biology":       {"", ""}, // the rest too short
		"nonwoven":      {"", ""}, // a negating prefix is no combining form
	} {
		f, r, ok := SplitCombining(w)
		if ok != (want[0] != "") || f != want[0] || r != want[1] {
			t.Errorf("SplitCombining(%q) = %q, %q, %v; want %q", w, f, r, ok, want)
		}
	}
}
