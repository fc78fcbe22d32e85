package retrieval

import "testing"

// TestCompileTopicWordCached: the second compile of a word is the first one's patterns, not a
// new compile; the quoted form is kept apart.
func TestCompileTopicWordCached(t *testing.T) {
	a, b := newTopicWord("政协提案"), newTopicWord("政协提案")
	if a.spaced == nil || a.spaced != b.spaced {
		t.Errorf("newTopicWord compiled 政协提案 twice (%p, %p), want one shared pattern", a.spaced, b.spaced)
	}
	if q := compileTopicWord("三公经费", true); q.spaced == newTopicWord("三公经费").spaced {
		t.Error("the quoted and unquoted 三公经费 share a pattern; the quoted form has no numeral-head alternative")
	}
	if !newTopicWord("政协提案").heldIn("政协委员提案8件") {
		t.Error("a cached topic word no longer matches its pieces apart")
	}
}
