package retrieval

import (
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
)

// A question whose subject only a weak translation reaches. "Can you recommend a good hotpot
// place in Panjin?": the lexicon renders "hotpot" as 海陆 (met once, inside 海陆空), and the
// question's other decisive words are vague ("place": 到位, 学位 …), so a sentence holding one
// of those grounds the answer although nothing speaks of hotpot. The question's subject is its
// most specific decisive word; when it is a lexicon word trusted less than fully, the sentence
// does not hold it, and no passage in scope holds any of its renderings as a word of its own
// (not inside a longer word the dictionary reads otherwise), the reports do not speak of it.

// WeakSubjectAbsent returns the subject of an English question (the decisive concept of a
// grounding g with the greatest specificity) when its translation is a weak lexicon one, the
// words the evidence holds are all vague ones (vague), the
// evidence e does not hold a rendering of it as a word of its own, and no passage of the reports in scope holds one of its
// renderings as a word (lexicon.HoldsWord).
func (r Result) WeakSubjectAbsent(p Plan, e Evidence, g Grounding) (string, bool) {
	if r.ix == nil || p.Lang != "en" {
		return "", false
	}
	var subj *Concept
	for i := range g.Concepts {
		c := &g.Concepts[i]
		if c.Decisive && (subj == nil || c.Specificity > subj.Specificity) {
			subj = c
		}
	}
	if subj == nil || subj.Layer != LayerLexicon || subj.Credit >= 1 {
		return "", false
	}
	for _, c := range g.Concepts {
		if c.Covered > 0 && !vague(c) {
			return "", false // the sentence holds a word that says what it is about (草 of "invasive grass")
		}
	}
	i := slices.IndexFunc(p.English, func(e EnglishTerm) bool { return e.Text == subj.Text && e.Layer == LayerLexicon })
	if i < 0 || len(p.English[i].Chinese) == 0 {
		return "", false
	}
	text, lex := normalize(e.Lead+e.Sentence), r.ix.Lexicon()
	if slices.ContainsFunc(p.English[i].Chinese, func(v string) bool { return lex.HoldsWord(text, normalize(v)) }) {
		return "", false // the sentence holds it
	}
	var scope map[corpus.ReportKey]bool // nil: every report
	if len(r.Scope) > 0 {
		scope = keySet(r.Scope)
	}
	for _, v := range p.English[i].Chinese {
		if r.ix.holdsWordInScope(v, scope) {
			return "", false
		}
	}
	return subj.Text, true
}

// holdsWordInScope reports whether a passage in scope (nil: any) holds a Chinese word as a word
// of its own; a word with no token to look it up by (one character) counts as held.
func (ix *Index) holdsWordInScope(v string, scope map[corpus.ReportKey]bool) bool {
	norm := normalize(v)
	tok, ok := ix.rarestToken(norm)
	if !ok {
		return true
	}
	lex := ix.Lexicon()
	found := false
	ix.eachInScope(tok, scope, func(doc int) bool {
		found = lex.HoldsWord(normalize(ix.Chunk(doc).Text), norm)
		return !found
	})
	return found
}

// vagueFocus is the focus below which a lexicon word is vague: its heaviest rendering is less
// than half of its weight ("place": 场所, 位置, 首位, 学位, 到位, 异地).
const vagueFocus = 0.5

// vague reports whether a concept is a vague lexicon word: a sentence holding one of its
// renderings does not thereby speak of the question's subject. An unsure translation that is
// focused (gambling: 赌) is not vague: where a sentence holds it, it is what the sentence says.
func vague(c Concept) bool {
	return c.Layer == LayerLexicon && c.Focus < vagueFocus
}
