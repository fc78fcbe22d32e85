package retrieval

import "testing"

// TestPossessivePlaceWord: a place's possessive ("Qidu's plan") is the place's word, not a word
// the reports lack.
func TestPossessivePlaceWord(t *testing.T) {
	for _, w := range []string{"qidu", "qidu's", "Qidu’s"} {
		if !isPlaceWord(w, []string{"齐都镇"}) {
			t.Errorf("isPlaceWord(%q) = false", w)
		}
	}
	if isPlaceWord("plan's", []string{"齐都镇"}) {
		t.Errorf("plan's is a place word")
	}
}
