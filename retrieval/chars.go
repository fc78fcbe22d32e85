package retrieval

import (
	"math"
	"slices"
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

// Single characters in the lexical query. The passage index holds bigrams, and a lone
// character only where it stands alone, so a one-character rendering (蚕 "silkworm", 鸡
// "chicken", 祠 "shrine") would find no passage. expandChars searches for it the bigrams of the
// index that hold it, each weighed so that a passage holding one of them scores as one holding
// the character would (the character's IDF over the bigram's), and at insideShare where the
// bigram is a word of the reports (核心 for 核). A character in more than maxCharBigrams bigrams
// is too common to tell passages apart and is left out.

// maxCharBigrams bounds the bigrams a single character of the query expands to.
const maxCharBigrams = 48

// expandChars returns the lexical query q of plan p with the single Han characters that are
// the first rendering of a lexicon word expanded into the index's bigrams that hold them (q
// itself when there are none). A vague word's lesser one-character renderings (交 and 送 beside
// 输送 for "deliver") are not expanded.
func (ix *Index) expandChars(p Plan, q map[string]float64) map[string]float64 {
	var chars []string
	for _, t := range p.Terms {
		if t.Lexical == nil || len(t.Variants) == 0 || !isHanChar(t.Variants[0]) || q[t.Variants[0]] <= 0 {
			continue
		}
		if _, ok := ix.charWeight(t.Variants[0]); ok && !slices.Contains(chars, t.Variants[0]) {
			chars = append(chars, t.Variants[0])
		}
	}
	if len(chars) == 0 {
		return q
	}
	found := map[string][]string{}
	for t := range ix.bm25.terms() {
		if !isHanBigram(t) {
			continue
		}
		for _, c := range chars {
			if strings.Contains(t, c) && len(found[c]) <= maxCharBigrams {
				found[c] = append(found[c], t)
			}
		}
	}
	out := make(map[string]float64, len(q))
	for t, w := range q {
		out[t] = w
	}
	lex := ix.Lexicon()
	for _, c := range chars {
		bs := found[c]
		if len(bs) > maxCharBigrams {
			continue
		}
		cw, _ := ix.charWeight(c)
		for _, b := range bs {
			bw := ix.bm25.IDF(b)
			if bw <= 0 {
				continue
			}
			w := q[c] * min(1, cw/bw)
			if _, word := lex.DocFreq(b); word {
				w *= insideShare
			}
			out[b] = max(out[b], w)
		}
	}
	return out
}

// Abbreviations. Chinese shortens a three-character word to its first and last characters
// inside a longer name: 博览会 "expo" is the 博会 of 纺博会 (the textile expo), 进博会, 服贸会. A
// sentence holding that bigram holds the word at abbreviationShare (grounding).

// abbreviationShare is how much a sentence holding a word's abbreviation counts as holding it.
const abbreviationShare = 0.8

// abbreviation returns the bigram a three-Han-character word is abbreviated to (its first and
// last characters), and false for other words.
func abbreviation(v string) (string, bool) {
	rs := []rune(v)
	if len(rs) != 3 || !zh.IsHan(rs[0]) || !zh.IsHan(rs[1]) || !zh.IsHan(rs[2]) {
		return "", false
	}
	return string([]rune{rs[0], rs[2]}), true
}
