package en

import (
	"slices"
	"testing"
)

func TestAmerican(t *testing.T) {
	for w, want := range map[string]string{
		"organise": "organize", "organised": "organized", "organising": "organizing",
		"harbour": "harbor", "theatre": "theater", "catalogue": "catalog", "defence": "defense",
		"travelled": "traveled", "analyse": "analyze", "paediatric": "pediatric",
		"fertiliser": "fertilizer", "organisers": "organizers", "storey": "story",
		"aluminium": "aluminum", "greys": "gray", "ageing": "aging",
	} {
		if got := American(w); !slices.Contains(got, want) {
			t.Errorf("American(%q) = %q, want it to hold %q", w, got, want)
		}
	}
	for _, w := range []string{"park", "rice", "is", "tyre", "kerb"} {
		if got := American(w); len(got) != 0 {
			t.Errorf("American(%q) = %q, want none", w, got)
		}
	}
}

func TestPhrasal(t *testing.T) {
	for w, want := range map[string]string{
		"outbreak": "break out", "lockdown": "lock down", "checkups": "check up",
		"cleanup": "clean up", "crackdowns": "crack down", "setback": "set back",
	} {
		if got := Phrasal(w); !slices.Contains(got, want) {
			t.Errorf("Phrasal(%q) = %q, want it to hold %q", w, got, want)
		}
	}
	// The verb part has at least three letters: "upon" is not "on up".
	if got := Phrasal("upon"); len(got) != 0 {
		t.Errorf("Phrasal(upon) = %q, want none", got)
	}
}

func TestVerb(t *testing.T) {
	for w, want := range map[string]string{
		"erection": "erect", "renovation": "renovate", "installations": "install",
		"equipment": "equip", "construction": "construct",
	} {
		if got := Verb(w); !slices.Contains(got, want) {
			t.Errorf("Verb(%q) = %q, want it to hold %q", w, got, want)
		}
	}
	for _, w := range []string{"ion", "pension", "mention"} {
		if got := Verb(w); len(got) != 0 {
			t.Errorf("Verb(%q) = %q, want none", w, got)
		}
	}
}

func TestFieldAndUnit(t *testing.T) {
	for w, want := range map[string]string{"photonics": "photon", "robotics": "robot", "electronics": "electron"} {
		if got := Field(w); !slices.Contains(got, want) {
			t.Errorf("Field(%q) = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"ethics", "optics", "photon", "ics"} {
		if got := Field(w); len(got) != 0 {
			t.Errorf("Field(%q) = %q, want none", w, got)
		}
	}
	if got := Unit("km"); !slices.Equal(got, []string{"kilometer"}) {
		t.Errorf(`Unit("km") = %q, want kilometer`, got)
	}
	if got := Unit("kid"); len(got) != 0 {
		t.Errorf(`Unit("kid") = %q, want none`, got)
	}
}
