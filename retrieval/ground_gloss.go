package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/en"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// A question's word is searched for through a few renderings (the lexicon keeps the heaviest
// six of an English key), but a sentence may hold it in a word that is not among them: "business"
// is 商业, 业务, 行业 … in the lexicon, and 营业 ("to do business") only seventh, so "Will the
// district speed up issuing business licences?" found 缩短营业执照办结时间 and was declined as
// not holding "business". A sentence holds a question's word, too, where it holds a report word
// whose own gloss (CC-CEDICT's first, as Lexicon.Gloss gives it) ends in that word: the gloss's
// head names what the word is or does ("to do business", "to lie idle", "license"), and so does
// the first word of a two-word gloss ("newborn baby": the word the lexicon renders a modifier
// by, modifier.go). Such a word covers the concept at glossCredit, as a rendering the search
// did not weigh.

// glossCredit is how much a sentence word whose gloss's head is a question word covers it.
const glossCredit = 0.75

// glossCover raises to glossCredit the coverage of the concepts (glossary, lexicon or
// untranslated words) that text holds through a word glossed by them (glossHeads).
func glossCover(lex *lexicon.Lexicon, cs []Concept, text string) {
	if lex == nil {
		return
	}
	need := false
	for _, c := range cs {
		need = need || c.Covered < glossCredit && c.Layer != LayerLiteral
	}
	if !need {
		return
	}
	var heads []string
	for _, g := range lex.Gloss(text) {
		heads = append(heads, glossHeads(g.English)...)
	}
	if len(heads) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Covered >= glossCredit || c.Layer == LayerLiteral {
			continue
		}
		for _, h := range heads {
			if h == stems(c.Text) {
				c.Covered = glossCredit
				break
			}
		}
	}
}

// glossHeads returns the stems a short gloss names its thing by, without its notes in brackets:
// its last word ("to do business" → busines, "(transformer) substation" → substation), the word
// a noun's gloss names and a verb's acts on, and the first word of a two-word gloss, which
// qualifies the thing as the lexicon reads it (modifier.go: "newborn baby" → newborn); none for
// a gloss ending in sb or sth.
func glossHeads(gloss string) []string {
	ws := en.Words(strings.ToLower(lexicon.DropNotes(gloss)))
	if len(ws) == 0 {
		return nil
	}
	last := ws[len(ws)-1].Stem
	if last == "sth" || last == "sb" {
		return nil
	}
	if len(ws) == 2 && ws[0].Stem != "to" {
		return []string{last, ws[0].Stem}
	}
	return []string{last}
}

// stems returns a word's or phrase's stems joined by single spaces.
func stems(s string) string {
	ws := en.Words(strings.ToLower(s))
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Stem
	}
	return strings.Join(parts, " ")
}
