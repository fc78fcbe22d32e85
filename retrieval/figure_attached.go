package retrieval

import (
	"strings"
	"unicode/utf8"
)

// Whose count a sentence states. A Chinese how-many question names the thing it counts after its
// measure word (齐都镇现在有几个长者食堂): a sentence that holds the noun and some count of the kind
// asked may count something else (综合养老服务中心3处, centres that house a 长者食堂 among other
// rooms), while a sentence a hit or two further down writes the count on the noun itself
// (22处农村幸福院、9处长者食堂). Search then quotes the one whose count is the asked noun's.

// countAttached reports whether text writes a count on noun itself: the figure and its measure
// word right before the noun (9处长者食堂), or the noun at most headGap characters before the
// figure with no number between (长者食堂共9处).
func countAttached(text, noun string) bool {
	if noun == "" {
		return false
	}
	for _, v := range figures(text) {
		if v.Unit == "" || v.Ordinal {
			continue
		}
		if strings.HasPrefix(text[v.End:], noun) || headBefore(text[:v.Start], noun) {
			return true
		}
	}
	return false
}

// attachedBest returns, for a Chinese how-many question whose best sentence b states a count of
// the asked kind but none written on the counted noun (countAttached), the best sentence of the
// first lexiconDepth hits that answers as it stands (answeringIn's test) and writes its count on
// the noun, when it covers at least answerShare of b's coverage. ok is false when b already
// counts the noun or the question names no counted noun.
func (sc *scorer) attachedBest(p Plan, hits []Hit, b Evidence) (Evidence, bool) {
	if p.Lang != "zh" || !sc.want.asks || !b.Figure {
		return Evidence{}, false
	}
	_, noun, ok := zhCountedTerm(p)
	if !ok || utf8.RuneCountInString(noun) < 2 || countAttached(b.Sentence, noun) {
		return Evidence{}, false
	}
	strict := *sc
	strict.answering = func(text string) bool { return countAttached(text, noun) }
	d, found := strict.best(hits, lexiconDepth, nil)
	return d, found && d.Figure && !d.OffFrame && d.Coverage >= answerShare*b.Coverage
}
