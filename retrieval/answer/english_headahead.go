package answer

import "strings"

// headAhead reports whether the words after a word that looks plural run on, within two more
// words, to a plural head that ends the noun phrase ("grassroots cultural service centres did
// …": "grassroots" is a modifier, not the head followed by its verb as in "households benefit
// from …").
func headAhead(rest []string) bool {
	for i, w := range rest {
		if i > 2 || countStop[w] || phraseEnd[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return false
		}
		if plural(w) {
			return i+1 == len(rest) || countStop[rest[i+1]] || phraseEnd[rest[i+1]]
		}
	}
	return false
}
