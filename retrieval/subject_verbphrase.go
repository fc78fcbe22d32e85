package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// A clause is no subject. A Chinese question often asks about its subject with a verb phrase of
// its own (帮多少农民工讨回了被拖欠的工资), worded otherwise than the report (为1596名农民工清欠
// 讨薪): a run of its characters that no report holds is then that phrase, its verbs joined by an
// aspect or passive particle (讨回了被拖欠), not a thing the reports never speak of (火星). Such a
// run is no missing subject ("the report does not mention 讨回了被拖欠" would be false); grounding
// still judges the sentence quoted.

// clauseParticles are the particles that join the verbs of a clause inside a run of characters:
// the perfective 了 and the passive 被.
const clauseParticles = "了被"

// modalVerbs join a clause's subject to its verb as the particles do (门诊楼要花多少钱: 楼 要
// 花), when they make no word with the character on either side (重要, 要求, 社会, 能源 are
// words of their own).
const modalVerbs = "要会能"

// verbPhrase reports whether a run of a question's characters holds a clause particle inside it
// (not at its ends, where isSeam reads it as where two words meet), or a modal verb that makes
// no word with its neighbours.
func verbPhrase(run []rune) bool {
	if len(run) <= 2 {
		return false
	}
	if strings.ContainsAny(string(run[1:len(run)-1]), clauseParticles) {
		return true
	}
	for i := 1; i < len(run)-1; i++ {
		if strings.ContainsRune(modalVerbs, run[i]) && !isWord(string(run[i-1:i+1])) && !isWord(string(run[i:i+2])) {
			return true
		}
	}
	return false
}

// isWord reports whether w is a CC-CEDICT headword.
func isWord(w string) bool {
	_, ok := lexicon.SenseKeys(w)
	return ok
}
