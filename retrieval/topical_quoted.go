package retrieval

import (
	"slices"
	"strings"
)

// A name the question puts in quotation marks (“一网通办”) is the whole name the asker means:
// a report speaks of it only where it writes that name, not another name that opens with the
// same numeral abbreviation (“一网三联”), as an unquoted word of the question may be named by its
// quoted head (三公经费 by “三公两费”, newTopicWord).

// questionTopicWords is Index.topicWords for a plan: a wording the question quotes whole is
// compiled without its numeral head's quoted form (quotedWhole).
func (ix *Index) questionTopicWords(p Plan, wordings []string) []topicWord {
	ws := ix.topicWords(wordings)
	if len(wordings) > 0 && writesOwnWord(p.Norm, wordings[0]) {
		ws = append(ws, ix.beneficiaryTopicWords(wordings[0])...)
	}
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
	for _, q := range quoteMarks {
		if strings.Contains(norm, q[0]+word+q[1]) {
			return true
		}
	}
	return false
}

// A name the question quotes is the topic, and the words it puts right after the name are its
// head, which a report names in words of its own or not at all: “雪亮”视频监控工程 is spoken of
// by “雪亮技防”工程, “双减”政策 by “双减”工作, “专精特新”中小企业 by “专精特新”企业. lendQuotedNames
// therefore adds the quoted name's topic words to the topic words of the term right after it:
// a span that holds the name speaks of the head (topical) and covers it (topicCoverage).
func (sc *scorer) lendQuotedNames(p Plan) {
	if p.Lang != "zh" {
		return
	}
	for i, t := range sc.terms {
		if t.number || len(t.topics) == 0 {
			continue
		}
		for _, end := range quotedEnds(p.Norm, t.wordings) {
			for j, h := range sc.terms {
				if j != i && !h.number && slices.ContainsFunc(h.wordings, func(w string) bool { return strings.HasPrefix(p.Norm[end:], w) }) {
					sc.terms[j].topics = append(slices.Clone(h.topics), t.topics...)
				}
			}
		}
	}
}

// quotedEnds returns where, in a normalised question, the closing quotation marks end after
// each of the wordings that it quotes whole.
func quotedEnds(norm string, wordings []string) []int {
	var out []int
	for _, w := range wordings {
		for _, q := range quoteMarks {
			if k := strings.Index(norm, q[0]+w+q[1]); k >= 0 {
				out = append(out, k+len(q[0])+len(w)+len(q[1]))
			}
		}
	}
	return out
}

// quoteMarks are the pairs of quotation marks a question may put around a name.
var quoteMarks = [][2]string{{"“", "”"}, {`"`, `"`}, {"「", "」"}, {"‘", "’"}, {"'", "'"}}
