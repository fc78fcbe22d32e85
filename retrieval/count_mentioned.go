package retrieval

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/zh"
)

// CountNamedWithThings reports whether a sentence of text states a count of the asked thing
// (FigureNamed on the sentence) and holds, beside it, a wording of each of the question's other
// glossary words (weight at least otherWeight; verbs alone, intent and frame words aside): then
// it answers the question ("27个区级以上重点项目" for "how many key projects at district level or
// above …"). A count named only by a word the question shares with other topics (新增各类学位
// 5700个 for "how many ambulance crews did … add during the epidemic", 惠及居民2104户 for "how
// many households does the garbage sorting system cover") counts another thing.
func CountNamedWithThings(p Plan, text string) bool {
	for _, s := range zh.Sentences(text) {
		if _, checked, named := FigureNamed(p, s); !checked || !named {
			continue
		}
		if _, all := heldThings(p, s, nil); all {
			return true
		}
	}
	return false
}

// heldThings reports whether s holds a wording of every term of p of weight at least
// otherWeight that names a thing (thingTerm: not a verb alone (新增, 推进), an intent or a frame
// word), leaving out those of the counted noun (ofNoun of noun, nil for none), and how many
// such terms there are.
func heldThings(p Plan, s string, noun []string) (n int, all bool) {
	for _, t := range p.Terms {
		if !thingTerm(t) || ofNoun(t, noun) {
			continue
		}
		if !slices.ContainsFunc(t.Variants, func(v string) bool { return strings.Contains(s, v) }) {
			return n, false
		}
		n++
	}
	return n, true
}

// MentionsCounted reports whether text holds a wording of a word of noun, the thing an English
// how-many question counts with its modifiers ("ambulance crews": 救护车 of 增加救护车组和ICU床位):
// the text then mentions the asked thing, whether or not it counts it.
func MentionsCounted(p Plan, noun, text string) bool {
	words := strings.Fields(strings.ToLower(noun))
	for _, t := range p.Terms {
		if t.Weight < nounWeight || !ofNoun(t, words) {
			continue
		}
		if slices.ContainsFunc(t.Variants, func(v string) bool { return utf8.RuneCountInString(v) >= 2 && strings.Contains(text, v) }) {
			return true
		}
	}
	return false
}

// HoldsAskedTopic reports whether text holds every glossary word of an English how-many question
// besides the counted noun (weight at least otherWeight; verbs alone, intent and frame words
// aside), and there is at least one: the text is about what the question asks of ("垃圾分类" for
// "how many households does the garbage sorting system cover"), whether or not it counts it.
func HoldsAskedTopic(p Plan, noun, text string) bool {
	n, all := heldThings(p, text, strings.Fields(strings.ToLower(noun)))
	return all && n > 0
}

// thingTerm reports whether a term of weight at least otherWeight names a thing: it is no
// frame word, and some wording of it is more than a verb alone (新增, 推进) or an intent word.
func thingTerm(t Term) bool {
	if t.Weight < otherWeight || reFrameWord.MatchString(strings.ToLower(t.From)) {
		return false
	}
	return slices.ContainsFunc(t.Variants, func(v string) bool {
		return !zhVerbOnly(v) && !slices.Contains(zhIntentWords, v)
	})
}

// ofNoun reports whether a term's English words include one of words, the lowercased words
// of the noun a how-many question counts.
func ofNoun(t Term, words []string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return wordOf(w, f) })
	})
}
