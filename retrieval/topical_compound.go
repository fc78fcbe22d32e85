package retrieval

import (
	"slices"
)

// Lists of an English topic whose modifier the lexicon renders ("empty-nest elderly": 空巢 for
// "empty-nest", 老人 for "elderly"): splitLexicon weighs the rendering by the lexicon's
// confidence in it, so the head alone ("elderly") covers the question and every report on the
// elderly was listed. When the reports hold the rendering run together with another term's
// rendering as one compound (空巢老人), the question names that compound: the rendering is the
// reports' own word, and it weighs in full.

// listPlan is the plan a list judges each report by: splitLexicon, with the lexicon renderings
// the corpus confirms as half of a compound with a term that is not a lexicon guess
// (holdsCompound) weighed as their English term.
func (ix *Index) listPlan(p Plan) Plan {
	if !p.hasLexicon() {
		return p
	}
	q := splitLexicon(p)
	full := map[string]float64{} // a lexicon term's own weight, by its English text
	for _, t := range p.Terms {
		if t.Lexical != nil {
			full[t.From] = t.Weight
		}
	}
	for i, t := range q.Terms {
		w, lexical := full[t.From]
		if !lexical || len(t.Variants) != 1 || t.Weight >= w {
			continue
		}
		var others []string
		for _, o := range p.Terms {
			// Only a rendering that is certain (a glossary's, not another lexicon guess:
			// "China's top" → 中国百强) confirms the compound.
			if o.From != t.From && o.Lexical == nil {
				others = append(others, o.Variants...)
			}
		}
		if ix.holdsCompound(t.Variants[0], others) {
			q.Terms[i].Weight = w
		}
	}
	return q
}

// holdsCompound reports whether some passage holds word run together with one of others, before
// or after it (空巢 and 老人 as 空巢老人), as a compound of at least three characters.
func (ix *Index) holdsCompound(word string, others []string) bool {
	word = normalize(word)
	for _, o := range others {
		o = normalize(o)
		if o == "" || word == "" || o == word {
			continue
		}
		for _, c := range []string{word + o, o + word} {
			if len([]rune(c)) >= 3 && ix.anyPassageHolds(c) {
				return true
			}
		}
	}
	return false
}

// compoundProbe is how many passages holding every bigram of a compound anyPassageHolds reads
// before it gives up: a compound the reports use is found in the first few.
const compoundProbe = 64

// anyPassageHolds reports whether some passage's normalised text holds w (all Han): the passages
// holding each of its bigrams are read, up to compoundProbe of them.
func (ix *Index) anyPassageHolds(w string) bool {
	return probeInOrder(ix.passagesInOrderHoldingBigrams(w), compoundProbe, ix.textHoldsWord(w))
}

// probeInOrder reports whether holds is true of one of the first limit passages of docs, which
// are in passage order (passagesInOrderHoldingBigrams): a probe that gives up after limit
// passages must give one answer for one store — the same at search and at grounding, run after
// run — which a set's random order would not.
func probeInOrder(docs []int, limit int, holds func(int) bool) bool {
	return slices.ContainsFunc(docs[:min(limit, len(docs))], holds)
}
