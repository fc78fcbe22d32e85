package lexicon

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// A phrase the dictionary glosses with one word more: CC-CEDICT glosses 知识产权 as
// "intellectual property rights (law)", and a question asks about "intellectual property". The
// phrase is that key when it is the only key that extends it by one last word; without it the
// phrase's words are rendered one by one (知识 "knowledge" and 资产 "assets"), and no report
// is found to speak of it.

// findExtended returns the key that extends a phrase of two words or more by one last word,
// when exactly one key does.
func (l *Lexicon) findExtended(ws []en.Word) (int, bool) {
	if len(ws) < 2 {
		return 0, false
	}
	prefix := joinStems(ws) + " "
	found := -1
	i, _ := slices.BinarySearch(l.keys, prefix)
	for ; i < len(l.keys) && strings.HasPrefix(l.keys[i], prefix); i++ {
		if strings.Contains(l.keys[i][len(prefix):], " ") {
			continue
		}
		if found >= 0 {
			return 0, false // several: the phrase does not say which
		}
		found = i
	}
	return found, found >= 0
}
