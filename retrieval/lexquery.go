package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/zh"
)

// The passage query of a plan with lexicon words. In LexicalQuery each rendering of a lexicon
// word weighs λ × its share of the word × the lexicon's confidence (vocab.go), so that a vague
// word with many renderings cannot swamp the query. That also left a precise word at a fifth of
// a generic glossary word: "bran" (米糠, its only rendering) at 0.19 beside "project" (项目) at
// 1, so that passages holding only the generic words outranked the one holding the thing asked
// about. For ranking passages, a lexicon word's first rendering therefore weighs at least
// mainRenderingShare of the word's weight in sentence scoring (its credit × focus, Term.Weight):
// about 0.65 for "bran", 0.17 for "processing", whose first rendering is one of five.

// mainRenderingShare is the weight of a lexicon word's first rendering in the passage query,
// as a share of the word's weight in sentence scoring. On the held-out vocabulary sets 0.4–1
// all gained; 0.7 gained most (2026-12-01: heldout2-vocab lookups 54→58 of 63, heldout-vocab
// MRR 0.92→0.94, no set worse).
const mainRenderingShare = 0.7

// lexicalQuery returns the weighted tokens the passages are ranked by: LexicalQuery's, with
// each lexicon word's first rendering weighing at least mainRenderingShare of the word's
// weight, and single characters expanded into the bigrams that hold them (expandChars).
func (ix *Index) lexicalQuery(p Plan) map[string]float64 {
	q := LexicalQuery(p)
	for _, t := range p.Terms {
		if t.Lexical == nil || len(t.Variants) == 0 {
			continue
		}
		for _, tok := range zh.Tokens(zh.Normalize(t.Variants[0])) {
			q[tok] = max(q[tok], mainRenderingShare*t.Weight)
		}
	}
	if p.Lang == "zh" {
		// The reports' words for the asker's everyday words (thesaurus.go).
		th := zhThesaurus()
		for _, t := range p.Terms {
			for _, r := range rewordings(th, t.From) {
				for _, tok := range zh.Tokens(zh.Normalize(r)) {
					q[tok] = max(q[tok], thesaurusShare*t.Weight)
				}
			}
		}
	}
	return ix.expandChars(p, q)
}

// focused is the share of its renderings' weight from which a lexicon word's heaviest rendering
// is the word's meaning: its credit is then the lexicon's fit (EnglishTerm.trust).
const focused = 0.5

// trust is what a lexicon word's credit is computed from: the lexicon's confidence in its best
// rendering, which weighs in how common that rendering is in the reports, as it should when
// the word has several (a vague word's rare rendering is likely a wrong sense); for a focused
// word (one rendering holds most of its weight: "donations" 捐款, "bran" 米糠) the fit alone,
// however rare the rendering, unless that rendering is a single character (电 for "electric"),
// too vague to be trusted for itself, or the term is a phrase: a question's phrases often frame
// it in words the reports put otherwise ("start building" 动土 for 开工建设).
func (e EnglishTerm) trust() float64 {
	if e.Focus >= focused && e.Fit > 0 && len(e.Chinese) > 0 && !isHanChar(e.Chinese[0]) && !strings.ContainsAny(e.Text, " -") {
		return e.Fit
	}
	return e.Confidence
}
