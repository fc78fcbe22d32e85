package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/facts"
)

// A topic word's tests run on every sentence a list's scan reads, ten thousand reports' worth:
// the strings they look for are made once, with the word (buildTopicWord), not on each call.

// runsOf returns the runs holdsRun looks for in a text: the word itself when it has no more
// characters than a run, else each run of that length.
func runsOf(word string) []string {
	rs := []rune(word)
	n := runLen(len(rs))
	if len(rs) <= n {
		return []string{word}
	}
	out := make([]string, 0, len(rs)-n+1)
	for i := 0; i+n <= len(rs); i++ {
		out = append(out, string(rs[i:i+n]))
	}
	return out
}

// runLen is the length of the runs holdsRun looks for in a word of n characters.
func runLen(n int) int {
	if n == 4 {
		return 4
	}
	return min(4, max(2, (2*n+2)/3))
}

// holdsRun is holdsRun of the topic word, from its runs when it was made with them.
func (t topicWord) holdsRun(text string) bool {
	if t.runs == nil {
		return holdsRun(text, t.word)
	}
	for _, r := range t.runs {
		if strings.Contains(text, r) {
			return true
		}
	}
	return false
}

// mayNameRatio reports whether a text holds what a ratio named by its measure opens with
// (reRatio): 单位 or 占.
func mayNameRatio(text string) bool { return facts.MayNameRatio(text) }

// mayNameRatio is mayNameRatio of the word itself, as made with it.
func (t topicWord) mayNameRatio() bool {
	if t.runs == nil {
		return mayNameRatio(t.word)
	}
	return t.ratio
}
