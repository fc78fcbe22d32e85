package retrieval

import "testing"

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
