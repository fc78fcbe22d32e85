package retrieval

import "testing"

// TestVerbPhraseIsNoSubject: a run joined by 了 or 被 inside it is a clause, not a subject the
// reports never mention; a noun (火星人口) and a particle at a run's end (a seam) are not read so.
func TestVerbPhraseIsNoSubject(t *testing.T) {
	for _, tt := range []struct {
		run  string
		want bool
	}{
		{"讨回了被拖欠", true},
		{"被拖欠", false}, // at the start: a seam, judged by isSeam
		{"讨回了", false},
		{"火星人口", false},
		{"拖欠", false},
	} {
		if got := verbPhrase([]rune(tt.run)); got != tt.want {
			t.Errorf("verbPhrase(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}
