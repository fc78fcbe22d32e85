package en

import "strings"

// edWords are words ending in -ed that are no past tense or participle: colours, nouns and
// adjectives ("ecological red lines", "seed industry", "one hundred villages").
var edWords = map[string]bool{"red": true, "bed": true, "bred": true, "shed": true, "seed": true, "need": true,
	"feed": true, "speed": true, "breed": true, "weed": true, "reed": true, "steed": true, "hundred": true,
	"sacred": true, "kindred": true, "naked": true, "wicked": true, "shred": true, "sled": true, "wed": true}

// EdForm reports whether a lower-case word reads as a verb's -ed form ("registered", "led",
// "fed"; "built" is not one): question readers stop a noun phrase there, so "red" in "ecological protection
// red lines" or "seed" in "seed industry" must not read as one.
func EdForm(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 2 && !edWords[w]
}
