package retrieval

import "strings"

// A name the question puts in quotation marks (“一网通办”) is the whole name the asker means:
// a report speaks of it only where it writes that name, not another name that opens with the
// same numeral abbreviation (“一网三联”), as an unquoted word of the question may be named by its
// quoted head (三公经费 by “三公两费”, newTopicWord).

// questionTopicWords is Index.topicWords for a plan: a wording the question quotes whole is
// compiled without its numeral head's quoted form (quotedWhole).
func (ix *Index) questionTopicWords(p Plan, wordings []string) []topicWord {
	ws := ix.topicWords(wordings)
	for i, w := range ws {
		rs := []rune(w.word)
		if len(rs) == 4 && isNumeralAbbreviation(rs[:2]) && quotedWhole(p.Norm, w.word) {
			ws[i] = compileTopicWord(w.word, true)
		}
	}
	return ws
}

// quotedWhole reports whether a normalised question writes word between quotation marks of
// its own (“一网通办”, "一网通办", 「一网通办」).
func quotedWhole(norm, word string) bool {
	for _, q := range [][2]string{{"“", "”"}, {`"`, `"`}, {"「", "」"}, {"‘", "’"}, {"'", "'"}} {
		if strings.Contains(norm, q[0]+word+q[1]) {
			return true
		}
	}
	return false
}
