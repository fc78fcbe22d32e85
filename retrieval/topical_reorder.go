package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
)

// Object first: a topic that opens with one or two verbs (排查化解矛盾纠纷, 清理河道) is often
// written by a report with its object first and a verb after it — the object as the heading of
// the work done on it: 矛盾纠纷排查化解, 矛盾纠纷调处化解中心, 矛盾纠纷排查处置, 河道清理. The pieces of
// the word in order (newTopicWord) never hold that. Each of the question's verbs after the
// object is then a wording of the topic too, when some passage writes it so as one
// (anyPassageHolds): the reports' own order, not a guess, and held as strictly as any attested
// word (heldAttested: whole, or one character left out).

// maxLeadingVerbs is how many verbs a topic may open with before its object (排查化解: two).
const maxLeadingVerbs = 2

// objectFirstWords returns a topic word's object followed by each verb it opens with (leadingVerbs),
// those that some passage writes as one; nil when it opens with no verb.
func (ix *Index) objectFirstWords(w string) []string {
	verbs, object := ix.leadingVerbs(w)
	if len(verbs) == 0 {
		return nil
	}
	var out []string
	for _, v := range verbs {
		if x := object + v; ix.anyPassageHolds(x) {
			out = append(out, x)
		}
	}
	return out
}

// leadingVerbs splits an all-Han topic word into the verbs it opens with (lexicon words glossed
// "to …", one after another from its first character, at most maxLeadingVerbs) and the object
// after them, of two characters or more; nil verbs when there is none.
func (ix *Index) leadingVerbs(w string) (verbs []string, object string) {
	lex := ix.Lexicon()
	if lex == nil || !zh.AllHan([]rune(w)) {
		return nil, ""
	}
	gs := lex.Gloss(w)
	at := 0
	for len(verbs) < maxLeadingVerbs {
		found := false
		for _, g := range gs {
			if g.Start == at && g.End > at && strings.HasPrefix(g.English, "to ") {
				verbs, at, found = append(verbs, w[g.Start:g.End]), g.End, true
				break
			}
		}
		if !found {
			break
		}
	}
	if len([]rune(w[at:])) < 2 {
		return nil, ""
	}
	return verbs, w[at:]
}

// objectCommonRest returns, for a topic word that opens with verbs (leadingVerbs), what follows
// its object's common opening modifier (commonModifierRest): 化解政府债务风险 is spoken of as
// 防范化解债务风险 and 隐性债务风险化解, every report's 政府 telling none from another and the
// verb standing anywhere; else "".
func (ix *Index) objectCommonRest(w string) string {
	verbs, object := ix.leadingVerbs(w)
	if len(verbs) == 0 {
		return ""
	}
	return ix.commonModifierRest(object)
}
