package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// A kind the glossary does not word. "How many ICU beds…" has ICU as a literal term the
// glossary has no entry for: the kind was not held to, and 养老驿站…床位1021张 answered. A
// literal modifier (ICU, 5G) is written in a report as it is asked, so a count whose sentence
// lacks it counts another kind. The lexicon's renderings of an English modifier are not held
// to: they are often not the report's word (城市 for "urban" where the report writes 城镇, 电机
// for "motor" of 机井), and declined answerable questions on every set when tried.

// OtherKindRendered is OtherKind with a literal leading modifier (renderedKind) held to as well.
// lex is unused for now: it keeps the place for renderings that bind reliably.
func OtherKindRendered(p Plan, lex *lexicon.Lexicon, quote string, texts []string) (asked string, ok bool) {
	return otherKind(p, lex, quote, texts)
}

// renderedKind returns the wordings of an English modifier no glossary term words when it is a
// literal term (no Chinese variant: ICU, 5G): its own lowercase form, which a report writes as
// it is. nil for any other modifier.
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
	return nil
}
