package retrieval

import "strings"

// A clause is no subject. A Chinese question often asks about its subject with a verb phrase of
// its own (帮多少农民工讨回了被拖欠的工资), worded otherwise than the report (为1596名农民工清欠
// 讨薪): a run of its characters that no report holds is then that phrase, its verbs joined by an
// aspect or passive particle (讨回了被拖欠), not a thing the reports never speak of (火星). Such a
// run is no missing subject ("the report does not mention 讨回了被拖欠" would be false); grounding
// still judges the sentence quoted.

// clauseParticles are the particles that join the verbs of a clause inside a run of characters:
// the perfective 了 and the passive 被.
const clauseParticles = "了被"

// verbPhrase reports whether a run of a question's characters holds a clause particle inside it
// (not at its ends, where isSeam reads it as where two words meet).
func verbPhrase(run []rune) bool {
	return len(run) > 2 && strings.ContainsAny(string(run[1:len(run)-1]), clauseParticles)
}
