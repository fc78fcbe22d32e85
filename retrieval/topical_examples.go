package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
)

// Lists of a topic given with examples ("meal services for the elderly, like elderly canteens
// or senior dining points"): the examples are alternatives of the topic before them, and that
// topic counts only as a whole. A word of it alone (the elderly) names a wider topic: every
// report on the elderly was listed.

// reExamples is the word that opens a question's examples of the topic before it; "whether"
// only after a comma ("electric bike charging, whether new charging points or unsafe
// charging"), where it opens the kinds of the topic, not a question of its own.
var reExamples = lazyre.New(`(?i)(?:,?\s*\b(?:like|such as|including|e\.g\.|for example|for instance|especially)|,\s*whether)\s`)

// reTopicOpens is the word after which a question names its topic ("talk about", "mention").
var reTopicOpens = lazyre.New(`(?i)\b(?:about|mention(?:s|ed|ing)?|discuss(?:es|ed)?|cover(?:s|ed)?|bring up|brings up|on|deal(?:s|t|ing)? with|address(?:es|ed)?|tackl(?:e|es|ed))\s`)

// examplesAt returns where the word that opens an English question's examples stands
// (reExamples), or nil.
func examplesAt(p Plan) []int {
	if p.Lang != "en" {
		return nil
	}
	return reExamples.FindStringIndex(p.Norm)
}

// exampleHeads returns the terms (by Term.From) of the topic a question's examples exemplify:
// those between the word that opens the topic and the examples, when some term stands there
// and some after.
func exampleHeads(p Plan) map[string]bool {
	loc := examplesAt(p)
	if loc == nil {
		return nil
	}
	start := 0
	for _, m := range reTopicOpens.FindAllStringIndex(p.Norm[:loc[0]], -1) {
		start = m[1]
	}
	heads, after := map[string]bool{}, false
	for _, t := range p.Terms {
		switch i := termAt(p, t); {
		case i < start:
		case i < loc[0]:
			heads[t.From] = true
		default:
			after = true
		}
	}
	if len(heads) == 0 || !after {
		return nil
	}
	return heads
}

// headWhole reports whether a normalised text holds the whole topic the question's examples
// exemplify: some rendering of each of its terms (scoredTerm.head; one English word may have
// several, each a term of its own).
func (sc *scorer) headWhole(norm string) bool {
	held := map[string]bool{}
	for _, t := range sc.terms {
		if t.head && !t.number {
			held[t.from] = held[t.from] || t.holdsTopic(norm)
		}
	}
	for _, ok := range held {
		if !ok {
			return false
		}
	}
	return len(held) > 0
}
