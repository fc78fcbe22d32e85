package retrieval

import (
	"slices"
	"testing"
)

// TestCountedModifier: an indicator named inside the thing a count question counts, before its
// own plural head, is no indicator of the question; named as the thing itself, it is.
func TestCountedModifier(t *testing.T) {
	for q, want := range map[string]bool{
		"How many mu of grain production demonstration plots did Shacheng build?": false,
		"How much grain production did Shacheng report last year?":                true,
		"What was the grain output of the Panjin district?":                       true,
	} {
		got := slices.Contains(englishIndicators(q, nil), "粮食产量")
		if got != want {
			t.Errorf("%q: indicator 粮食产量 %v, want %v (%v)", q, got, want, englishIndicators(q, nil))
		}
	}
}
