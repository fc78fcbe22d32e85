package retrieval

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/zh"
)

// Single characters. zh.Tokens makes a token of a lone Han character only where it stands
// alone (between punctuation), so a one-character term (茶 "tea", 核 "nuclear", 省 "province")
// would never match the words it sits in (茶香, 核电站, 全省). Sentence scoring and grounding
// instead count such a term as found where a text holds the character outside a longer word of
// the reports (茶 in 茶香: lexicon.HoldsAlone), half found inside one (核 "nuclear" in 核心
// "core"; 茶 "tea" in 茶叶 "tea leaves"), and weigh it by the number of passages that hold the
// character (the lexicon's document frequency), as they weigh a bigram by its IDF.

// isHanChar reports whether tok is one Han character.
func isHanChar(tok string) bool {
	r, n := utf8.DecodeRuneInString(tok)
	return n == len(tok) && zh.IsHan(r)
}

// containedToken reports whether a text holds tok exactly when it contains it: a Han bigram
// (zh.Tokens makes one of every two adjacent Han characters) or a single Han character (found
// inside words).
func containedToken(tok string) bool {
	return isHanBigram(tok) || isHanChar(tok)
}

// charWeight returns the IDF of a single Han character over the passages, from the lexicon's
// count of the passages that hold it anywhere; ok is false when the lexicon does not know it.
func (ix *Index) charWeight(ch string) (float64, bool) {
	lex := ix.Lexicon()
	df, ok := lex.DocFreq(ch)
	if !ok || df == 0 {
		return 0, false
	}
	n := float64(lex.Docs())
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5)), true
}

// charCap bounds what a single-character lexicon rendering of a term that is not its first
// wording can cover: its IDF as a share of the first wording's specificity (first). A vague word's lesser
// renderings (送 and 交 beside 输送 for "deliver") are in most sentences and must not cover the
// word as fully as its main rendering; a rare character (茶 beside nothing) still does. The
// curated glossary's wordings are not bounded ("bridge": 桥 in 桥头).
func charCap(toks []weightedToken, first float64) float64 {
	if len(toks) != 1 || !isHanChar(toks[0].tok) || first <= 0 {
		return 1
	}
	return min(1, toks[0].w/first)
}

// insideShare is how much a single character found only inside longer words of the reports
// counts: 茶 "tea" in 茶叶 "tea leaves" speaks of tea, 核 "nuclear" in 核心 "core" does not, and
// nothing here tells the two apart.
const insideShare = 0.5

// holds returns how far a normalised text holds a contained token (containedToken): 1 for a
// bigram anywhere or a single character outside the longer words of the reports, insideShare
// for a single character only inside them, 0 when the text lacks it.
func holds(lex *lexicon.Lexicon, norm, tok string) float64 {
	switch {
	case !strings.Contains(norm, tok):
		return 0
	case !isHanChar(tok) || lex.HoldsAlone(norm, tok):
		return 1
	default:
		return insideShare
	}
}

// held is 1 for true, 0 for false: a token held or not.
func held(ok bool) float64 {
	if ok {
		return 1
	}
	return 0
}
