package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// Possessors: in a Chinese list question a term joined by 的 to the term after it only says
// whose or where the latter is ("村或社区的便民服务中心": service centres, of villages or
// communities). The possessed term names the topic; a report that speaks of communities
// alone does not speak of their service centres, however rare the possessor's word.

// possessorTerms returns the terms (by Term.From) of a Chinese question that stand right before
// 的 and another term that names a thing, not a measure of one (reMeasureOf: 小区的数量 asks of
// the compounds) nor what is done to one (doneTo: 大桥的建设 asks of bridges). The possessor must be words of the lexicon from end to end: a question's
// characters read as a term across words (有新 of 有新的幼儿园) possess nothing.
func possessorTerms(p Plan, lex *lexicon.Lexicon) map[string]bool {
	if p.Lang != "zh" {
		return nil
	}
	var out map[string]bool
	for _, x := range p.Terms {
		i := termAt(p, x)
		if i < 0 || !lexiconWords(x.From, lex) || !nounLast(x.From, lex) {
			continue
		}
		rest, ok := strings.CutPrefix(p.Norm[i+len(x.From):], "的")
		if !ok {
			continue
		}
		for _, y := range p.Terms {
			if y.From == x.From || y.Weight < 1 || len([]rune(y.From)) < 2 || !strings.HasPrefix(rest, y.From) ||
				reMeasureOf.MatchString(y.From) || doneTo(y.From) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[x.From] = true
		}
	}
	return out
}

// nounLast reports whether the last word of w reads as a noun in the lexicon: a verb before 的
// (调解的矛盾纠纷, the disputes mediated) says what was done to the thing, not whose it is, and
// is a term the quote must hold like any other.
func nounLast(w string, lex *lexicon.Lexicon) bool {
	gs := lex.Gloss(w)
	return len(gs) > 0 && nounGloss(gs[len(gs)-1].English)
}

// lexiconWords reports whether words of the lexicon cover w from its first character to its
// last, one after the other.
func lexiconWords(w string, lex *lexicon.Lexicon) bool {
	end := 0
	for _, g := range lex.Gloss(w) {
		if g.Start != end {
			return false
		}
		end = g.End
	}
	return end == len(w)
}

// doneTo reports whether a term names what is done to a thing rather than a thing: a generic
// verb or head (genericVerbs, genericHeads), building or enlarging (buildWords, enlargeVerbs).
func doneTo(from string) bool {
	for _, ws := range [][]string{genericVerbs, genericHeads, buildWords, enlargeVerbs} {
		if slices.Contains(ws, from) {
			return true
		}
	}
	return false
}
