package retrieval

import "testing"

// TestCountedListNoList: in a how-many or how-much question "list" names where the counted things
// are ("…on the city-level list", "…off the list"), and the question stays a lookup; "list" as
// the verb asking for one, and "how many towns", still ask a list.
func TestCountedListNoList(t *testing.T) {
	for q, want := range map[string]bool{
		"How many of the Liuzhou district's major projects were on the city-level list last year?": false,
		"How many black and smelly rivers did Lili get off the list last year?":                    false,
		"How much money went to the projects on the provincial list?":                              false,
		"List the towns with pocket parks":                                                         true,
		"How many towns are on the list of top 1000 towns?":                                        true,
		"Which reports mention any 'Top 500' list?":                                                true,
	} {
		if got := Analyze(q, nil).Aggregate; got != want {
			t.Errorf("Analyze(%q).Aggregate = %v, want %v", q, got, want)
		}
	}
}
