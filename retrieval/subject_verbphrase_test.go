package retrieval

import "testing"

// TestVerbPhraseIsNoSubject: a run joined by 了 or 被 (or a modal 要, 会, 能 that makes no word
// with its neighbours) inside it is a clause, not a subject the
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
		{"楼要花", true}, // 门诊楼要花多少钱: a modal verb joins the subject to its verb
		{"楼能建", true},
		{"重要文物", false}, // 要 of a word (重要)
		{"社会组织", false},
		{"能源站", false}, // 能 at the start
	} {
		if got := verbPhrase([]rune(tt.run)); got != tt.want {
			t.Errorf("verbPhrase(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}
