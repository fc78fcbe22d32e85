package retrieval

import "testing"

// A three-letter English word nothing translates decides a how-many question when it names the
// kind of the thing counted ("ski runs", "dog parks"); elsewhere, and for a clipping without a
// vowel or a fragment no dictionary sense uses, it does not.
func TestCountedKindWord(t *testing.T) {
	for _, c := range []struct {
		q, w string
		want bool
	}{
		{"how many ski runs did the panjin district build last year?", "ski", true},
		{"how many new dog parks did shengze open?", "dog", true},
		{"which farm complex in daixi town has a pet park?", "pet", false},
		{"how many ski did they buy?", "ski", false},
		{"how many mfg plants opened?", "mfg", false},
		{"how many xqz plants opened?", "xqz", false},
	} {
		if got := countedKindWord(c.q, c.w); got != c.want {
			t.Errorf("countedKindWord(%q, %q) = %v, want %v", c.q, c.w, got, c.want)
		}
	}
	if decisive("ski") {
		t.Errorf("decisive(ski): a short word outside a count stays undecisive")
	}
}
