package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Topics that open with whom they serve (婴幼儿托育, 居民医保): a report often leaves the people
// out, the service saying it (新建1个普惠性托育机构 is childcare for infants; 医保结算 residents'
// medical insurance), as it leaves out the area a topic is of (scopeWords). Only for a topic the
// question writes as its own word: a rendering of an English phrase, or a gloss the question
// puts in brackets (托育(婴幼儿照护)), names the people because they decide (照护 alone is care
// of the elderly too).

// writesOwnWord reports whether a normalised question writes a wording itself, not as a gloss
// in brackets.
func writesOwnWord(norm, w string) bool {
	return w != "" && strings.Contains(norm, w) && !strings.Contains(norm, "("+w)
}

// beneficiaryWords are words that open a topic with the people it serves or covers.
var beneficiaryWords = []string{"婴幼儿", "老年人", "居民", "群众", "儿童", "妇女", "职工", "学生", "残疾人"}

// withoutBeneficiary returns a topic word without the beneficiary word it opens with
// (beneficiaryWords), when what remains is a thing of its own: three characters or more, or a
// word of two that the lexicon glosses as a thing, not an action (垃圾分类's 分类 "to classify"
// would be no topic); else "".
func withoutBeneficiary(word string, lex *lexicon.Lexicon) string {
	for _, b := range beneficiaryWords {
		rest, ok := strings.CutPrefix(word, b)
		if !ok {
			continue
		}
		rs := []rune(rest)
		switch {
		case len(rs) >= 3:
			return rest
		case len(rs) == 2 && zh.AllHan(rs) && lex != nil && namesThing(rest, lex):
			return rest
		}
		return ""
	}
	return ""
}

// namesThing reports whether the lexicon glosses a word whole, and not as an action ("to …").
func namesThing(w string, lex *lexicon.Lexicon) bool {
	gs := lex.Gloss(w)
	return len(gs) == 1 && gs[0].Start == 0 && gs[0].End == len(w) && !strings.HasPrefix(strings.TrimSpace(gs[0].English), "to ")
}

// beneficiaryTopicWords returns the topic word of a term without its beneficiary word
// (withoutBeneficiary), also after a weak head is cut (婴幼儿托育服务: 托育), when fewer than half
// the reports hold it: a thing many reports speak of (收入 of 居民收入) is not the topic by itself.
// A word of two characters is held only as a word (heldAsWord).
func (ix *Index) beneficiaryTopicWords(w string) []topicWord {
	lex := ix.Lexicon()
	cands := []string{withoutBeneficiary(w, lex)}
	for _, weak := range weakHeads {
		if cut, ok := strings.CutSuffix(w, weak); ok {
			cands = append(cands, withoutBeneficiary(cut, lex))
		}
	}
	for _, rest := range cands {
		if rest == "" || !ix.fewerThanHalfHold(rest) {
			continue
		}
		tw := newTopicWord(rest)
		if len([]rune(rest)) == 2 {
			tw.lex = lex
		}
		return []topicWord{tw}
	}
	return nil
}

// fewerThanHalfHold reports whether some reports but fewer than half of them hold a word (as a
// word of its own when it has two characters).
func (ix *Index) fewerThanHalfHold(w string) bool {
	seen := map[int32]bool{}
	lex := ix.Lexicon()
	short := len([]rune(w)) == 2
	for d := range ix.passagesHoldingBigrams(w) {
		r := ix.chunkReport[d]
		if seen[r] {
			continue
		}
		text := normalize(ix.Chunk(d).Text)
		if !strings.Contains(text, w) || short && !heldAsWord(text, w, lex, false) {
			continue
		}
		seen[r] = true
		if 2*len(seen) >= len(ix.Reports) {
			return false
		}
	}
	return len(seen) > 0
}
