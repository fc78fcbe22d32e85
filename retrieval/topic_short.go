package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// A list decides each report by its best span that speaks of the topic, and drops the report
// when that span covers too little of the question (TopicCoverage). A report often speaks of
// the topic twice: once in a long sentence whose other words outscore (深入推进矛盾纠纷多元预防调处化解
// 专项行动, the verb six characters from its object) and once in a sentence that names the topic
// whole (矛盾纠纷化解调处率100%). The first must not hide the second: when the best span falls
// short, the report gets a second look among the spans that name the topic as written (a topic word
// of the decisive term, or of an alternative: writtenIn) and reach the coverage. Only those: a
// span that speaks of the topic by a looser reading (a run of part of a long word, its pieces
// apart: 技术与企业 for 技术企业) was never the report's evidence, and would let in a report whose
// best span was rightly too weak.

// secondLook is best limited to the spans that name the topic whole and cover enough of the
// question (wholeTopic).
func (sc *scorer) secondLook(hits []Hit, bound func(i int) float64) (Evidence, bool) {
	whole := *sc
	whole.wholeTopic = true
	b, ok := whole.best(hits, len(hits), bound)
	if !ok {
		return b, false
	}
	b.Coverage = max(b.Coverage, whole.topicCoverage(b.Lead+b.Sentence))
	return b, b.Coverage >= TopicCoverage
}

// namesTopicWhole reports whether a span holds a topic word of the decisive term, or of a
// term the question joins to others with "or", as written (writtenIn).
func (sc *scorer) namesTopicWhole(sp span) bool {
	norm := normalize(sp.lead + sp.text)
	for i, t := range sc.terms {
		if i != sc.decisive && !(sc.anyOf && t.alt && !t.qualifier) {
			continue // a qualifier of the alternatives (senior of senior dining tables) names no topic
		}
		for _, w := range t.topics {
			if w.writtenIn(norm, sc.lex) {
				return true
			}
		}
	}
	return false
}

// fallsShort reports whether a span of coverage c (as best rates it) falls short of the
// coverage a list asks for, also when read as a list reads a topic (topicCoverage).
func (sc *scorer) fallsShort(sp span, c float64) bool {
	return c < TopicCoverage-1e-9 && sc.topicCoverage(sp.lead+sp.text) < TopicCoverage-1e-9
}

// writtenIn reports whether text holds a topic word as written; a word of fewer than four
// characters only as a word, no word of the lexicon running across either of its ends (企业数据
// holds no 企业数), and a word that must stand as a word of its own in a stricter sense (a
// shortening, a numeral's abbreviation) only where it does (topicWord.heldAsWord). A longer
// word is itself wherever it stands: 矛盾纠纷化解调处率 holds 矛盾纠纷化解 although 解调 is a word.
func (t topicWord) writtenIn(text string, lex *lexicon.Lexicon) bool {
	if held, decided := t.heldAsWord(text); decided {
		return held
	}
	if lex == nil || len([]rune(t.word)) >= 4 {
		return strings.Contains(text, t.word)
	}
	return noWordAcross(text, t.word, lex)
}

// noWordAcross reports whether text holds w somewhere with no word of the lexicon running
// across either of its ends (words within it, or holding it whole, are fine).
func noWordAcross(text, w string, lex *lexicon.Lexicon) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return false
		}
		i := from + k
		from = i + len(w)
		lo, hi := crossWindow(text, i, from)
		across := false
		for _, g := range lex.Gloss(text[lo:hi]) {
			start, end := lo+g.Start, lo+g.End
			if start < i && end > i && end < from || start > i && start < from && end > from {
				across = true
			}
		}
		if !across {
			return true
		}
	}
}
