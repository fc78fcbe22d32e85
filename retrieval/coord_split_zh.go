package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// Two things asked at once: 几处农村幸福院和老年食堂 asks two counts, which a report states as
// two figures (22处农村幸福院、9处长者食堂). Left whole, 农村幸福院和老年食堂 is one term no
// sentence holds, and a sentence naming the two things together once (幸福院+长者食堂…3处) wins
// over the one that counts each.

// zhCoordChars are the conjunctions that join two things asked at once.
const zhCoordChars = "和与及跟同"

// splitCoordinated splits a question segment at a conjunction (zhCoordChars) that joins two
// things of two or more characters each, where the conjunction is in no dictionary word with
// the characters beside it (和谐, 共和, 参与, 及时, 以及, 如同 stay whole).
func splitCoordinated(keysOf senseKeysFunc, seg string) []string {
	rs := []rune(seg)
	for i := 2; i+2 < len(rs); i++ {
		if !strings.ContainsRune(zhCoordChars, rs[i]) || inDictWord(keysOf, rs, i) {
			continue
		}
		return append([]string{string(rs[:i])}, splitCoordinated(keysOf, string(rs[i+1:]))...)
	}
	return []string{seg}
}

// inDictWord reports whether the character at i is inside a dictionary word of two or three
// characters of rs.
func inDictWord(keysOf senseKeysFunc, rs []rune, i int) bool {
	for n := 2; n <= 3; n++ {
		for start := max(0, i-n+1); start <= i && start+n <= len(rs); start++ {
			if _, ok := keysOf(string(rs[start : start+n])); ok {
				return true
			}
		}
	}
	return false
}

// splitCoordinatedSegs is splitCoordinated with CC-CEDICT over every segment of a how-many
// lookup; a list question's 居民收入与经济增长同步 is one relation, not two things, and its
// caller does not split it.
func splitCoordinatedSegs(segs []string) []string {
	var out []string
	for _, s := range segs {
		out = append(out, splitCoordinated(lexicon.SenseKeys, s)...)
	}
	return out
}
