package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
)

// A bracket in an English question glosses the words before it: "farmers' markets (wet
// markets)", "the 'Xueliang' (sharp eyes) video surveillance project". The gloss and the words
// it glosses name one thing, so a report that writes the gloss's rendering (农贸市场) speaks of
// the glossed words too, though it holds neither 农民 nor 市场 as such; and where the glossed
// words are a name no term renders (a pinyin 'Xueliang'), the gloss is that name, and the words
// right after the bracket are its head (视频监控工程 of “雪亮技防”工程), as after a quoted
// Chinese name (lendQuotedNames). lendBracketGlosses adds the gloss's topic words to theirs.

// lendTopics lends terms the topic words of the terms that name what they speak of: a quoted
// name's to its head (lendQuotedNames), a bracket's gloss to the words it glosses
// (lendBracketGlosses).
func (sc *scorer) lendTopics(p Plan) {
	sc.lendQuotedNames(p)
	sc.lendBracketGlosses(p)
}

// reBracket matches a bracketed part of an English question.
var reBracket = lazyre.New(`[(（]([^()（）]*)[)）]`)

// reTermGap is what may stand between two words of one phrase of an English question, or
// between a phrase and its bracket: a word's ending ("farmers'", "markets"), spaces, quotes.
var reTermGap = lazyre.New(`^[a-z]*['’]?[a-z]*\s*['"‘’“”]?\s*$`)

// lendBracketGlosses lends the topic words of the terms within each bracket of an English
// question to the terms of the phrase right before it, or, when no term stands there, of the
// phrase right after it.
func (sc *scorer) lendBracketGlosses(p Plan) {
	if p.Lang != "en" {
		return
	}
	at, weight := sc.termSpans(p)
	for _, m := range reBracket.FindAllStringIndex(p.Norm, -1) {
		var gloss []topicWord
		names := 0
		for i, s := range at {
			if s[0] > m[0] && s[1] < m[1] && weight[i] != intentWeight {
				gloss = append(gloss, sc.terms[i].topics...)
			}
			if s[0] >= 0 && weight[i] != intentWeight && standsIn(p.Norm, p.Norm[s[0]:s[1]], m, at) {
				names++ // "audit" stands in "auditing" first, and in the bracket too
			}
		}
		if names != 1 || len(gloss) == 0 {
			// None, or several things ("auditing (audit supervision or fixing audit
			// findings)"): the bracket elaborates, it does not name. An intent word
			// ("the 'dual carbon' goals": 目标) names nothing.
			continue
		}
		glossed := sc.phraseBefore(p.Norm, at, m[0])
		if len(glossed) == 0 {
			glossed = sc.phraseAfter(p.Norm, at, m[1])
		}
		for _, i := range glossed {
			sc.terms[i].topics = append(slices.Clone(sc.terms[i].topics), gloss...)
		}
	}
}

// termSpans returns where each of the scorer's terms stands in an English question ({-1, -1}:
// not found as written) and its weight in the plan (Term.Weight), matching them to the plan's
// terms by their first wording.
func (sc *scorer) termSpans(p Plan) ([][2]int, []float64) {
	out := make([][2]int, len(sc.terms))
	weight := make([]float64, len(sc.terms))
	k := 0
	for i, t := range sc.terms {
		out[i] = [2]int{-1, -1}
		for ; k < len(p.Terms); k++ {
			pt := p.Terms[k]
			if len(pt.Variants) > 0 && len(t.wordings) > 0 && normalize(pt.Variants[0]) == t.wordings[0] {
				if j := termAt(p, pt); j >= 0 {
					out[i] = [2]int{j, j + len(pt.From)}
				}
				weight[i] = pt.Weight
				k++
				break
			}
		}
	}
	return out, weight
}

// phraseBefore returns the terms (by index) of the phrase that ends at end: the term right
// before it and the ones right before that, with only a word's ending, spaces or quotes
// between them.
func (sc *scorer) phraseBefore(norm string, at [][2]int, end int) []int {
	var out []int
	for {
		best := -1
		for i, s := range at {
			if s[0] >= 0 && s[1] <= end && reTermGap.MatchString(norm[s[1]:end]) && !sc.terms[i].number && (best < 0 || s[1] > at[best][1]) {
				best = i
			}
		}
		if best < 0 || slices.Contains(out, best) {
			return out
		}
		out = append(out, best)
		end = at[best][0]
	}
}

// phraseAfter returns the terms (by index) of the phrase that starts at start: the term right
// after it and the ones right after that, with only spaces between them.
func (sc *scorer) phraseAfter(norm string, at [][2]int, start int) []int {
	var out []int
	for {
		best := -1
		for i, s := range at {
			if s[0] >= start && strings.TrimSpace(norm[start:s[0]]) == "" && !sc.terms[i].number {
				best = i
				break
			}
		}
		if best < 0 || slices.Contains(out, best) {
			return out
		}
		out = append(out, best)
		start = at[best][1]
	}
}

// standsIn reports whether a term's text stands within a bracket (the span m of norm) on its
// own: not only as a part of another term found there ("market" in "(wet markets)").
func standsIn(norm, text string, m []int, at [][2]int) bool {
	for k := m[0]; k < m[1]; {
		j := strings.Index(norm[k:m[1]], text)
		if j < 0 {
			return false
		}
		start := k + j
		if !slices.ContainsFunc(at, func(s [2]int) bool {
			return s[0] > m[0] && s[1] < m[1] && s[0] <= start && start+len(text) <= s[1] && s[1]-s[0] > len(text)
		}) {
			return true
		}
		k = start + 1
	}
	return false
}
