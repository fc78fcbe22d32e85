package retrieval

import "testing"

// TestAsksDoneCount: "how many … were finished" asks a result although the question names the
// targets the count is of; "will be finished" and a question with no such verb do not.
func TestAsksDoneCount(t *testing.T) {
	for q, want := range map[string]bool{
		"of the livelihood projects the panjin district set at the start of the year, how many were finished?": true,
		"how many of the planned projects have been completed?":                                                true,
		"how many projects will be finished this year?":                                                        false,
		"how many projects does lili plan to finish?":                                                          false,
	} {
		if got := asksDoneCount(q); got != want {
			t.Errorf("asksDoneCount(%q) = %v, want %v", q, got, want)
		}
		if want && enIntent(q) != IntentActual {
			t.Errorf("enIntent(%q) = %q, want a result", q, enIntent(q))
		}
	}
}
