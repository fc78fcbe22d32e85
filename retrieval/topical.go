package retrieval

import "strings"

// Topics: a list question ("哪些报告提到了乡村振兴?") lists a report only when its quoted span
// speaks of the topic — holds the question's decisive term — not when it merely shares generic
// words with the question.

// topical reports whether a span speaks of the question's topic: it holds the decisive term
// (the most specific term of the question that is not a number; for alternatives, any term
// nearly as specific) as a run of one of its wordings (holdsRun), not only words it shares with
// the question.
func (sc *scorer) topical(text string) bool {
	if sc.decisive < 0 {
		return true
	}
	norm := normalize(text)
	holds := func(t scoredTerm) bool {
		for _, v := range topicWordings(t.wordings) {
			if holdsRun(norm, v) {
				return true
			}
		}
		return false
	}
	if sc.anyOf {
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

// genericVerbs are verbs a question glues to its topic ("发展民宿", "推进垃圾分类"): the topic
// is what follows them.
var genericVerbs = []string{"发展", "推进", "推动", "加强", "开展", "实施", "建设", "打造", "提升", "做好", "加快", "促进", "深化", "落实", "支持"}

// topicWordings returns the wordings of a term that name its topic: without a generic verb
// in front, and only those at least two thirds as long as the first (a glossary's fallback 诈骗
// for "telecom fraud" 电信诈骗 names a wider topic).
func topicWordings(ws []string) []string {
	var out []string
	first := 0
	for i, w := range ws {
		if rest, ok := cutGenericVerb(w); ok {
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
// a word of two characters or fewer.
func holdsRun(text, word string) bool {
	rs := []rune(word)
	n := min(4, max(2, (2*len(rs)+2)/3))
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

// cutGenericVerb returns a wording without the generic verb in front of it, if it has one and
// at least two characters follow it.
func cutGenericVerb(w string) (string, bool) {
	for _, g := range genericVerbs {
		if rest, ok := strings.CutPrefix(w, g); ok && len([]rune(rest)) >= 2 {
			return rest, true
		}
	}
	return w, false
}
