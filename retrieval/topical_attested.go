package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
)

// Attested topics: a topic word of five characters or more is also held by a run of most of it
// (holdsRun), for a question that runs a few words together that no report writes as one
// (镇给村集体经济 is found by 集体经济). When a report does write the word as one (小微企业园,
// 便民服务中心), the word is the reports' own name for the topic, and a run of part of it names
// another thing: 小微企业 are firms, not their park; 社会福利服务中心 is a service centre, not a
// 便民服务中心, nor is 便民服务事项 one. Such a word is held only as a report may shorten a name
// it writes whole elsewhere (heldAttested).

// attestedLen is the length (in characters) from which a run of a topic word may leave part of it
// out (holdsRun: a run of four of five).
const attestedLen = 5

// attested reports whether some passage holds a topic word of attestedLen characters or more,
// all Han, as written.
func (ix *Index) attested(w string) bool {
	rs := []rune(w)
	return len(rs) >= attestedLen && zh.AllHan(rs) && ix.anyPassageHolds(w)
}

// heldAttested reports whether text holds an attested topic word: whole (wholeIn), with one
// character inside it left out (各类救助金 for 各类救助资金: a word of two written as one), or,
// for a long name (seven characters or more), without its last two (非物质文化铁枝传承基地 for
// 非物质文化遗产). Leaving out its first or last character makes another word (小微企业 of
// 小微企业园), as does leaving out a word of two at either end of a shorter one (服务中心 and
// 便民服务 of 便民服务中心).
func (t topicWord) heldAttested(text string) bool {
	if t.wholeIn(text) {
		return true
	}
	forms := t.attestedForms
	if t.runs == nil {
		forms = attestedForms(t.word)
	}
	for _, f := range forms {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// attestedForms returns the forms heldAttested looks for besides the whole word: the word with
// one character inside it left out and, for a word of seven characters or more, without its
// last two.
func attestedForms(word string) []string {
	rs := []rune(word)
	var out []string
	for i := 1; i+1 < len(rs); i++ {
		out = append(out, string(rs[:i])+string(rs[i+1:]))
	}
	if len(rs) >= 7 {
		out = append(out, string(rs[:len(rs)-2]))
	}
	return out
}

// afterVerb returns what follows the verb an attested topic word opens with, by the lexicon's
// gloss ("to resolve": 化解信访积案 is 信访积案, resolved), when at least two characters follow
// and at most half the reports hold them; else "". A report may write such a verb anywhere in
// the clause (信访积案实体化解), or another one. A first word the lexicon also glosses as a verb
// but that narrows a generic head to the topic (养老 of 养老服务中心: most reports have some
// 服务中心) is no verb glued on.
func (ix *Index) afterVerb(w string) string {
	for _, g := range ix.Lexicon().Gloss(w) {
		if g.Start != 0 {
			continue
		}
		rest := w[g.End:]
		if strings.HasPrefix(g.English, "to ") && len([]rune(rest)) >= 2 &&
			2*ix.reportsHoldingAll(rest) <= len(ix.Reports) {
			return rest
		}
	}
	return ""
}
