package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// A kind the glossary does not word. "How many ICU beds…" has ICU as a literal term the
// glossary has no entry for: the kind was not held to, and 养老驿站…床位1021张 answered. A
// literal modifier (ICU, 5G) is written in a report as it is asked, so a count whose sentence
// lacks it counts another kind. "How many hospital beds…" met a glossary phrase (床位) that
// drops the modifier its own entry words (医院): that entry is held to, written whole. The lexicon's renderings of an English modifier are not held
// to: they are often not the report's word (城市 for "urban" where the report writes 城镇, 电机
// for "motor" of 机井), and declined answerable questions on every set when tried.

// OtherKindRendered is OtherKind with a literal leading modifier, or one a glossary phrase
// dropped (renderedKind), held to as well.
// lex is unused for now: it keeps the place for renderings that bind reliably.
func OtherKindRendered(p Plan, lex *lexicon.Lexicon, quote string, texts []string) (asked string, ok bool) {
	return otherKind(p, lex, quote, texts)
}

// renderedKind returns the wordings of an English modifier no glossary term words when it is a
// literal term (no Chinese variant: ICU, 5G): its own lowercase form, which a report writes as
// it is; else the wordings swallowedKind finds. nil for any other modifier.
func renderedKind(p Plan, _ *lexicon.Lexicon, word string) []string {
	for _, t := range p.Terms {
		from := strings.Fields(strings.ReplaceAll(strings.ToLower(t.From), "-", " "))
		if len(from) != 1 || !wordOf(word, from[0]) || hanVariants(t.Variants) {
			continue
		}
		var out []string
		for _, v := range t.Variants {
			if v = strings.ToLower(v); len(v) >= 2 {
				out = append(out, v)
			}
		}
		return out
	}
	return swallowedKind(p, word)
}

// swallowedKind returns the glossary's own wordings of a modifier a glossary phrase took with
// its head when the phrase's Chinese is the head's alone ("hospital beds" as 床位, where
// "hospital" is 医院): the phrase dropped the kind, which the modifier's entry still words.
// nil when the modifier has no entry, or the phrase's Chinese holds the first character of one
// of the modifier's wordings (政务服务事项 for "government service items", 政府: a phrase that
// words the whole noun keeps its kind).
func swallowedKind(p Plan, word string) []string {
	for _, t := range p.Terms {
		from := strings.Fields(strings.ReplaceAll(strings.ToLower(t.From), "-", " "))
		if len(from) < 2 || !slices.ContainsFunc(from, func(f string) bool { return wordOf(word, f) }) {
			continue
		}
		ms := glossary.Default().Translate(word)
		if len(ms) != 1 || !strings.EqualFold(ms[0].Phrase, word) {
			return nil
		}
		own := ms[0].Chinese
		if slices.ContainsFunc(t.Variants, func(v string) bool {
			return slices.ContainsFunc(own, func(w string) bool { return w != "" && strings.ContainsRune(v, firstRune(w)) })
		}) {
			return nil
		}
		return own
	}
	return nil
}
