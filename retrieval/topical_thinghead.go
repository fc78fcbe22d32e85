package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
)

// A thing's head after a noun: 渔港建设 is the building of fishing ports, and a report that
// speaks of it says what it builds (中心渔港扩建项目, 三级渔港即将完工) more often than the head
// itself. After a word of two characters a thing's head is kept (cutGeneric, thingHeads) because
// it may make a thing of its own with a verb or adjective (违法建设 is illegal construction, not
// 违法 "to break the law"); after a noun it only names the activity, so the noun alone is a
// wording of the topic too.

// wordTopicWords returns the words of two characters within a topic word that name its topic
// too, each held only as a word, as every two-character topic word: the noun before a thing's
// head (nounBeforeThingHead), and the word after a scope word (城市内涝: 内涝) when few reports
// hold it — withoutScope leaves a word of three characters or more, since a word of two after
// a scope word is often a wide one (城乡居民: 居民).
func (ix *Index) wordTopicWords(w string) []topicWord {
	var words []string
	if noun := ix.nounBeforeThingHead(w); noun != "" {
		words = append(words, noun)
	}
	for _, s := range scopeWords {
		if rest, ok := strings.CutPrefix(w, s); ok && len([]rune(rest)) == 2 && zh.AllHan([]rune(rest)) && ix.fewReportsHold(rest) {
			words = append(words, rest)
		}
	}
	var out []topicWord
	for _, x := range words {
		tw := newTopicWord(x)
		tw.lex = ix.Lexicon()
		out = append(out, tw)
	}
	return out
}

// nounBeforeThingHead returns the word of two Han characters a topic word puts before a thing's
// head (thingHeads), when the lexicon glosses that word whole as a noun (nounGloss); else "".
func (ix *Index) nounBeforeThingHead(w string) string {
	lex := ix.Lexicon()
	if lex == nil {
		return ""
	}
	for _, h := range thingHeads {
		rest, ok := strings.CutSuffix(w, h)
		if rs := []rune(rest); !ok || len(rs) != 2 || !zh.AllHan(rs) {
			continue
		}
		gs := lex.Gloss(rest)
		if len(gs) == 1 && gs[0].Start == 0 && gs[0].End == len(rest) && nounGloss(gs[0].English) {
			return rest
		}
	}
	return ""
}

// adjectiveEndings are the endings of a one-word English gloss that make it read as an adjective
// or adverb (违法 "illegal", 文明 "civilized", 大力 "energetically"): such a word may make a thing
// of its own with the head. A noun with such an ending (医院 "hospital") only keeps its head, as
// before.
var adjectiveEndings = []string{"al", "ed", "ive", "ous", "ful", "less", "ible", "able", "ic", "ary", "ly"}

// nounGloss reports whether a lexicon word's first gloss reads as a noun: not a verb ("to …"),
// not a sense qualified by what it is said of ("(of a person …) to age"), not one adjective.
func nounGloss(g string) bool {
	g = strings.TrimSpace(strings.Split(g, ";")[0])
	if g == "" || strings.HasPrefix(g, "to ") || strings.HasPrefix(g, "(of ") {
		return false
	}
	if strings.Contains(g, " ") {
		return true // "fishing port", "housing estate"
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(g, e) {
			return false
		}
	}
	return true
}
