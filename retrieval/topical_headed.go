package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
)

// Alternatives that stand beside the topic in an English list question, not for it. "Which
// reports mention loans for businesses or start-ups?" asks about loans; the alternatives behind
// the preposition only say whose loans, and a sentence on start-ups alone does not speak of
// loans. "Which reports mention growing wheat or corn?" asks about wheat or corn; the "-ing"
// word right before them is what is done with them (增长 "growing" is in every report's
// targets), never the topic.

// reHeadPreposition is what may stand between a topic and the alternatives that qualify it:
// a preposition, perhaps with an article or possessive.
var reHeadPreposition = lazyre.New(`^\s+(?:for|of|to|in|from|by|among|serving)\s+(?:(?:the|their|its|a|an)\s+)?$`)

// sideTerms returns the terms (by Term.From) of an English list question with alternatives that
// only qualify its topic and so may not be its decisive term: the alternatives and every term
// after them when a content term stands before them behind a preposition (their head), and an
// "-ing" word right before the first alternative (the action done to them).
func sideTerms(p Plan, alts map[string]bool) map[string]bool {
	if p.Lang != "en" || len(alts) == 0 {
		return nil
	}
	first := -1 // where the first alternative starts in the question
	for _, t := range p.Terms {
		if i, _ := wordSpan(p.Norm, t.From); alts[t.From] && i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return nil
	}
	out := map[string]bool{}
	for _, t := range p.Terms {
		i, end := wordSpan(p.Norm, t.From)
		if i < 0 || alts[t.From] || t.Weight < 1 || end > first {
			continue
		}
		gap := p.Norm[end:first]
		switch {
		case reHeadPreposition.MatchString(gap):
			for _, u := range p.Terms {
				if j, _ := wordSpan(p.Norm, u.From); alts[u.From] || j >= first {
					out[u.From] = true
				}
			}
		case strings.TrimSpace(gap) == "" && isGerund(p.Norm[i:end]):
			out[t.From] = true
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// findTerm returns where a term's words stand in a question, as written there: a hyphen in the
// question stands for a space ("start-ups" for start ups), and the question may write the
// word in the singular ("service line" for services). -1, -1: not found.
func findTerm(norm, from string) (start, end int) {
	from = strings.ToLower(strings.TrimSpace(from))
	if from == "" {
		return -1, -1
	}
	spaced := strings.ReplaceAll(norm, "-", " ")
	i := strings.Index(spaced, from)
	if i < 0 && strings.HasSuffix(from, "s") {
		from = strings.TrimSuffix(from, "s")
		i = strings.Index(spaced, from)
	}
	if i < 0 {
		return -1, -1
	}
	return i, i + len(from)
}

// wordSpan returns where a term stands in a question, from the start of its first word to the
// end of its last (a term's From may be a stem of the word asked: "loan" of loans, "grow" of
// growing). -1, -1: not found.
func wordSpan(norm, from string) (start, end int) {
	start, end = findTerm(norm, from)
	if start < 0 {
		return -1, -1
	}
	for end < len(norm) && norm[end] >= 'a' && norm[end] <= 'z' {
		end++
	}
	return start, end
}

// termSpan is where a term stands in its question: its match (start, end) and the end of the
// word the match ends in (wordEnd).
type termSpan struct {
	from                string
	start, end, wordEnd int
}

// termSpans returns the question's terms found in it (findTerm), in the order they stand.
func termSpans(p Plan) []termSpan {
	var ss []termSpan
	for _, t := range p.Terms {
		if i, end := findTerm(p.Norm, t.From); i >= 0 {
			_, wordEnd := wordSpan(p.Norm, t.From)
			ss = append(ss, termSpan{t.From, i, end, wordEnd})
		}
	}
	slices.SortFunc(ss, func(a, b termSpan) int { return a.start - b.start })
	return ss
}

// isGerund reports whether an English word is an "-ing" word ("growing", "building") of five
// letters at least (not "ring", "king").
func isGerund(word string) bool {
	return len(word) >= 5 && !strings.Contains(word, " ") && strings.HasSuffix(word, "ing")
}

// reArticleGap is what may stand between an action and the thing it is done to: nothing, or an
// article ("expanding a hospital").
var reArticleGap = lazyre.New(`^\s+(?:(?:a|an|the)\s+)?$`)

// gerundAlternatives returns the alternatives of an English list question that are "-ing"
// words naming what is done to the thing after them ("building or expanding a hospital or a
// township health centre"): they are no alternatives of the topic, and a sentence that only
// builds something else does not speak of it. The run of such words must end right before
// another term.
func gerundAlternatives(p Plan, alts map[string]bool) map[string]bool {
	if p.Lang != "en" || len(alts) == 0 {
		return nil
	}
	ss := termSpans(p)
	out := map[string]bool{}
	for i := len(ss) - 2; i >= 0; i-- {
		a, b := ss[i], ss[i+1]
		if !alts[a.from] || !isGerund(p.Norm[a.start:a.wordEnd]) || b.start < a.wordEnd {
			continue
		}
		gap := p.Norm[a.wordEnd:b.start]
		if reArticleGap.MatchString(gap) && !alts[b.from] || out[b.from] && reAltJoin.MatchString(gap) {
			out[a.from] = true
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
