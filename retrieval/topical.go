package retrieval

import (
	"regexp"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/num"
)

// Topics: a list question ("哪些报告提到了乡村振兴?") lists a report only when its quoted span
// speaks of the topic — holds the question's decisive term — not when it merely shares generic
// words with the question.

// topical reports whether a span speaks of the question's topic: it holds the decisive term
// (the most specific term of the question that is not a number; for alternatives, any term
// nearly as specific) as one of its wordings (holdsTopic), not only words it shares with the
// question.
func (sc *scorer) topical(text string) bool {
	if sc.decisive < 0 {
		return true
	}
	norm := normalize(text)
	holds := func(t scoredTerm) bool {
		for _, w := range t.topics {
			if w.heldIn(norm) {
				return true
			}
		}
		return false
	}
	if sc.anyOf && !sc.decisiveBesideAlternatives() {
		// Alternatives: any of them is the topic.
		for _, t := range sc.terms {
			if !t.number && t.weight >= 0.5*sc.terms[sc.decisive].weight && holds(t) {
				return true
			}
		}
		return false
	}
	return holds(sc.terms[sc.decisive])
}

// decisiveBesideAlternatives reports whether the question joins some of its terms with "or"
// and its decisive term is not one of them: "homestays in their tourism or rural plans" is
// about homestays, the alternatives only narrow where (a sentence on rural tourism alone does
// not speak of homestays).
func (sc *scorer) decisiveBesideAlternatives() bool {
	return sc.decisive >= 0 && !sc.terms[sc.decisive].alt &&
		slices.ContainsFunc(sc.terms, func(t scoredTerm) bool { return t.alt })
}

// reAltJoin is what may stand between two alternatives: "or", 或/或者/或是, 、 (with spaces).
var reAltJoin = regexp.MustCompile(`^\s*(?:or|或者?|或是|、)\s*$`)

// reAltList is what may stand between earlier items of a list of alternatives: a comma.
var reAltList = regexp.MustCompile(`^\s*[,，]\s*$`)

// alternativeTerms returns the terms (by Term.From) a question joins with "or" (或, 、) to a
// neighbouring term, and the earlier items of such a list ("A, B or C"): the words between
// them in the question are only the joining word. A term not found as written is none.
func alternativeTerms(p Plan) map[string]bool {
	if !p.AnyOf && !strings.Contains(p.Norm, "、") {
		return nil
	}
	type pos struct {
		from       string
		start, end int
	}
	var ps []pos
	for _, t := range p.Terms {
		from := strings.ToLower(t.From)
		if i := strings.Index(p.Norm, from); i >= 0 && from != "" {
			ps = append(ps, pos{t.From, i, i + len(from)})
		}
	}
	slices.SortFunc(ps, func(a, b pos) int { return a.start - b.start })
	out := map[string]bool{}
	for i := len(ps) - 2; i >= 0; i-- {
		a, b := ps[i], ps[i+1]
		if b.start < a.end {
			continue
		}
		gap := p.Norm[a.end:b.start]
		// A word's ending may stand between the term and the joining word: "plans", "tourism's".
		gap = strings.TrimLeft(gap, "abcdefghijklmnopqrstuvwxyz'")
		if reAltJoin.MatchString(gap) || reAltList.MatchString(gap) && out[b.from] {
			out[a.from], out[b.from] = true, true
		}
	}
	return out
}

// topicWord is a topic wording (topicWordings) with the expression of its spaced pieces,
// compiled once per scorer: workers read it, and a filter question asks of the same few words
// for every span of every report.
type topicWord struct {
	word   string
	spaced *regexp.Regexp // nil for a word of fewer than four characters
}

// topicWords returns a term's topic wordings, compiled.
func topicWords(wordings []string) []topicWord {
	var out []topicWord
	for _, w := range topicWordings(wordings) {
		out = append(out, newTopicWord(w))
	}
	return out
}

// newTopicWord compiles a topic word.
func newTopicWord(word string) topicWord {
	t := topicWord{word: word}
	if rs := []rune(word); len(rs) >= 4 {
		var pieces []string
		for i := 0; i+1 < len(rs); i += 2 {
			end := i + 2
			if len(rs)-end == 1 {
				end++
			}
			pieces = append(pieces, regexp.QuoteMeta(string(rs[i:end])))
		}
		t.spaced = regexp.MustCompile(strings.Join(pieces, `.{0,2}`))
	}
	return t
}

// heldIn reports whether text holds the topic word: a run of it (holdsRun) or, for a word of
// four characters or more, its two-character pieces (an odd last character joins the last
// piece) in order, at most two characters apart (普惠性托育 for 普惠托育); and, for a long word
// (a question's words run together: 岁以上老人新冠疫苗接种率), also a piece of its head, the
// last three characters (a Chinese compound names its thing last: the vaccination rate, not
// the elderly).
func (t topicWord) heldIn(text string) bool {
	if !holdsRun(text, t.word) && (t.spaced == nil || !t.spaced.MatchString(text)) {
		return false
	}
	rs := []rune(t.word)
	if len(rs) < longTopic {
		return true
	}
	head := rs[len(rs)-3:]
	return strings.Contains(text, string(head[:2])) || strings.Contains(text, string(head[1:]))
}

// holdsTopic reports whether text holds a topic word (topicWord.heldIn).
func holdsTopic(text, word string) bool { return newTopicWord(word).heldIn(text) }

// longTopic is the length (in characters) from which a topic word is read as several words run
// together, whose head must be held.
const longTopic = 8

// genericVerbs are verbs a question glues to its topic ("发展民宿", "推进垃圾分类", "治理撂荒地"):
// the topic is what follows them.
var genericVerbs = []string{"发展", "推进", "推动", "加强", "开展", "实施", "建设", "打造", "提升", "做好", "加快", "促进", "深化", "落实", "支持", "治理", "整治", "提出"}

// genericHeads are nouns a question puts after its topic ("禁毒工作", "老旧小区改造"): the topic is
// what precedes them.
var genericHeads = []string{"工作", "情况", "措施", "举措", "方面", "改造"}

// topicWordings returns the wordings of a term that name its topic: without a generic verb
// in front or a generic noun behind (cutGeneric), and only those at least two thirds as long as
// the first (a glossary's fallback 诈骗 for "telecom fraud" 电信诈骗 names a wider topic).
func topicWordings(ws []string) []string {
	var out []string
	first := 0
	for i, w := range ws {
		if rest, ok := cutGeneric(w); ok {
			w = rest
		}
		n := len([]rune(w))
		if i == 0 {
			first = n
		}
		if 3*n >= 2*first {
			out = append(out, w)
		}
	}
	return out
}

// holdsRun reports whether text holds a run of two thirds of word's characters (at least two,
// at most four: a long question segment such as 镇给村集体经济 is found by 集体经济), or all of
// a word of two characters or fewer, or of four (two words of two: 托育服务 is not held by
// 体育服务's 育服务, nor 智慧农业 by 智慧农技).
func holdsRun(text, word string) bool {
	rs := []rune(word)
	n := min(4, max(2, (2*len(rs)+2)/3))
	if len(rs) == 4 {
		n = 4
	}
	if len(rs) <= n {
		return strings.Contains(text, word)
	}
	for i := 0; i+n <= len(rs); i++ {
		if strings.Contains(text, string(rs[i:i+n])) {
			return true
		}
	}
	return false
}

// cutGeneric returns a wording without the generic verb in front of it and the generic noun
// behind it, if it has either and at least two characters remain.
func cutGeneric(w string) (string, bool) {
	cut := false
	for _, g := range genericVerbs {
		if rest, ok := strings.CutPrefix(w, g); ok && len([]rune(rest)) >= 2 {
			w, cut = rest, true
			break
		}
	}
	for _, g := range genericHeads {
		if rest, ok := strings.CutSuffix(w, g); ok && len([]rune(rest)) >= 2 {
			w, cut = rest, true
			break
		}
	}
	return w, cut
}

// AsksFigure reports whether a question asks in words for a figure — 多少, 几个, "how many",
// "how much" — rather than only naming an indicator: a list question that does ("Which towns
// report how many … they added?") lists a report whose statement states no figure
// (StatesFigure) as a near miss.
func (p Plan) AsksFigure() bool {
	switch p.Lang {
	case "zh":
		return reZhAsksFigure.MatchString(p.Norm)
	case "en":
		return reEnHowMuch.MatchString(p.Norm)
	}
	return false
}

// reEnHowMuch is "how many" or "how much".
var reEnHowMuch = regexp.MustCompile(`\bhow (many|much)\b`)

// StatesFigure reports whether a text states a measured figure — an amount, a count, a share,
// an area — not only a year, an ordinal (第七) or a bare number.
func StatesFigure(text string) bool {
	for _, v := range figures(text) {
		if v.Dim() != num.DimNone {
			return true
		}
	}
	return false
}

// SpeaksOfTopic reports whether a text speaks of a plan's topic as a list names it: it holds
// the question's decisive term (see topical).
func (r Result) SpeaksOfTopic(p Plan, text string) bool {
	if r.ix == nil {
		return true
	}
	return r.ix.newScorer(p).topical(text)
}
