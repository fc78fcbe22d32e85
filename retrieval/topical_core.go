package retrieval

import (
	"strings"
	"unicode/utf8"
)

// A topic's core: a question may run several words together as its topic (巡视反馈问题: the
// inspection tour's findings), and a report may write only part of them (holdsRun's runs). A run
// that leaves out the rarest of those words speaks of something else that shares the common ones:
// 环保督察反馈问题 and 督导反馈问题 are findings of other inspections, 消防安全整治 the fire safety
// of another thing. A run speaks of the topic only when it holds that word, the topic's core.

// coreRuns returns the runs of a topic word of five characters or more (runLen leaves out part of
// it) that hold its core (coreWord); the runs unchanged when it has none.
func (ix *Index) coreRuns(t topicWord) []string {
	if utf8.RuneCountInString(t.word) < attestedLen {
		return t.runs
	}
	core := ix.coreWord(t.word)
	if core == "" {
		return t.runs
	}
	var out []string
	for _, r := range t.runs {
		if strings.Contains(r, core) {
			out = append(out, r)
		}
	}
	if out == nil {
		return []string{} // no run holds it: not nil, which holdsRun reads as "runs not made"
	}
	return out
}

// coreWord returns, of the lexicon's words of two characters or more within a topic word that a
// run of it may hold (runLen), the one the fewest reports write (some report must), when there are two such words or more and
// the fewest is fewer than the next; else "".
func (ix *Index) coreWord(w string) string {
	all := len(ix.Reports)
	best, bestN, second := "", all+1, all+1
	words := 0
	for _, g := range ix.Lexicon().Gloss(w) {
		word := w[g.Start:g.End]
		if n := utf8.RuneCountInString(word); n < 2 || n > runLen(utf8.RuneCountInString(w)) {
			continue // no run could hold it
		}
		words++
		n := ix.reportsWriting(word, all)
		if n == 0 {
			continue
		}
		switch {
		case n < bestN:
			best, bestN, second = word, n, bestN
		case n < second:
			second = n
		}
	}
	if words < 2 || bestN >= second {
		return ""
	}
	return best
}
