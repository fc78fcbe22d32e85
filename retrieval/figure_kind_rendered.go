package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// A kind the glossary does not word. "How many ICU beds…" has ICU as a literal term, "How many
// hospital beds…" a glossary term (床位) that swallows the modifier: neither kind was held to,
// and 养老驿站…床位1021张 answered both. The modifier still names a kind a report would write
// as a literal token (ICU, 5G) or one of the lexicon's renderings of it (医院); a count whose
// sentence holds none of them counts another kind.

// OtherKindRendered is OtherKind with lex: a leading modifier the glossary does not word is held
// to its literal form or its lexicon renderings (renderedKind), each of which binds only when
// written whole.
func OtherKindRendered(p Plan, lex *lexicon.Lexicon, quote string, texts []string) (asked string, ok bool) {
	return otherKind(p, lex, quote, texts)
}

// maxKindRenderings caps the lexicon renderings a modifier is held to: the heaviest few are its
// senses in the reports, the rest rare words.
const maxKindRenderings = 6

// renderedKind returns the wordings of an English modifier no glossary term words: a literal
// term's own lowercase form (icu), else a lexicon term's Chinese variants, else, when the
// modifier has no term of its own (a glossary phrase took it with the head: "hospital beds" as
// 床位), the lexicon's renderings of it. nil when none; a word the lexicon renders only through
// a related word or its parts names no kind reliably.
func renderedKind(p Plan, lex *lexicon.Lexicon, word string) []string {
	own := false
	for _, t := range p.Terms {
		from := strings.Fields(strings.ReplaceAll(strings.ToLower(t.From), "-", " "))
		if len(from) != 1 || !wordOf(word, from[0]) {
			if slices.ContainsFunc(from, func(f string) bool { return wordOf(word, f) }) {
				own = own || len(from) == 1
			}
			continue
		}
		own = true
		if !hanVariants(t.Variants) {
			var out []string
			for _, v := range t.Variants {
				if v = strings.ToLower(v); len(v) >= 2 {
					out = append(out, v)
				}
			}
			return out
		}
		if t.Lexical != nil {
			return hanOnly(t.Variants)
		}
	}
	if own || lex == nil {
		return nil
	}
	m, ok := lex.Lookup(word)
	if !ok || m.Via != "" || m.Parts {
		return nil
	}
	var out []string
	for _, t := range m.Terms {
		if len(out) == maxKindRenderings {
			break
		}
		out = append(out, t.Chinese)
	}
	return hanOnly(out)
}

// hanOnly is the Chinese wordings of vs.
func hanOnly(vs []string) []string {
	return slices.DeleteFunc(slices.Clone(vs), func(v string) bool { return !hanVariants([]string{v}) })
}
