package lexicon

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// Words CC-CEDICT only uses to qualify a noun. Some words appear in the dictionary only as the
// first word of a two-word gloss: "trophy" in 杯's "trophy cup", "gourmet" in 美食's "gourmet
// food". The gloss names a thing by the word (a trophy cup is the trophy), so a question's word
// with no key, no other form and no related word of its own is rendered through such a gloss,
// at derivedShare of its confidence. A word that begins more than maxModified glosses qualifies
// too many things ("cold": cold storage, cold wave, cold front …) to stand for any one of them.

// maxModified is how many two-word keys a word may begin and still be rendered through them.
const maxModified = 2

// modifierKey returns the key of the heaviest two-word gloss the stem begins ("trophi" → "trophi
// cup"), and whether there is one and no more than maxModified.
func (l *Lexicon) modifierKey(stem string) (int, bool) {
	if l == nil || stopStem(stem) {
		return 0, false
	}
	prefix := stem + " "
	i, _ := slices.BinarySearch(l.keys, prefix)
	best, n := -1, 0
	for ; i < len(l.keys) && strings.HasPrefix(l.keys[i], prefix); i++ {
		if strings.Count(l.keys[i], " ") != 1 || stopStem(l.keys[i][len(prefix):]) {
			continue
		}
		n++
		if best < 0 || l.conf[i] > l.conf[best] {
			best = i
		}
	}
	if best < 0 || n > maxModified {
		return 0, false
	}
	return best, true
}

// modifiedWord returns the match of the lower-case word w (at start in question) through the
// two-word gloss it begins (modifierKey), at derivedShare of that gloss's confidence.
func (l *Lexicon) modifiedWord(question, w string, start int) (Match, bool) {
	k, ok := l.modifierKey(en.Stem(w))
	if !ok {
		return Match{}, false
	}
	m := l.match(k, question, start, start+len(w))
	m.Confidence *= derivedShare
	m.Fit *= derivedShare
	return m, true
}
