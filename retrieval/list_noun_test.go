package retrieval

import "testing"

// TestListNounNoList: "list" makes a list question only as the verb that asks for one (or "a list
// of"); the list a how-many question's things are on ("…on the city-level list", "…off the list")
// leaves it a lookup.
func TestListNounNoList(t *testing.T) {
	for q, want := range map[string]bool{
		"How many of the Liuzhou district's major projects were on the city-level list last year?": false,
		"How many black and smelly rivers did Lili get off the list last year?":                    false,
		"Which Lili housing estate got onto Suzhou's first list of 15-minute convenience circles?": false,
		"List the ports the reports plan to upgrade":                                               true,
		"Please list every plan for elderly canteens":                                              true,
		"Give me a list of places with a new sewage plant":                                         true,
		"List the towns with pocket parks":                                                         true,
	} {
		if got := Analyze(q, nil).Aggregate; got != want {
			t.Errorf("Analyze(%q).Aggregate = %v, want %v", q, got, want)
		}
	}
}
