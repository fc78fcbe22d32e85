package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"
)

// A broad English alternative inside a compound: "volunteers or volunteer services" asks of
// volunteer services, "a 12345 hotline or service line" of a service line. The glossary
// renders "services" as 服务业 (the service industry), which most reports name; a span on
// the service industry alone speaks of neither. So a broad alternative (topical_broad.go) that
// the question writes next to a word of another term, with no joining word between, is
// held only with that term (its partner) held too.

// reWordEdge splits a question into words.
var reWordEdge = lazyre.New(`[a-z0-9]+`)

// partnerTerms returns, for each broad alternative of an English question (by index into
// terms), the indexes of the terms whose word stands right before or after its own in the
// question ("volunteer" before services, "line" after service).
func partnerTerms(p Plan, terms []scoredTerm) map[int][]int {
	if p.Lang != "en" {
		return nil
	}
	words := reWordEdge.FindAllStringIndex(p.Norm, -1)
	// termOf is the term a question word belongs to (-1: none).
	termOf := func(w string) int {
		for i, t := range terms {
			f := strings.ToLower(t.from)
			if strings.Contains(f, " ") {
				continue // a phrase's words are not its term alone
			}
			if w == f || w+"s" == f || w == f+"s" || w+"es" == f {
				return i
			}
		}
		return -1
	}
	out := map[int][]int{}
	for i, t := range terms {
		if !t.broad || strings.Contains(t.from, " ") {
			continue
		}
		for k, span := range words {
			if termOf(p.Norm[span[0]:span[1]]) != i {
				continue
			}
			for _, n := range []int{k - 1, k + 1} {
				if n < 0 || n >= len(words) {
					continue
				}
				a, b := min(span[1], words[n][1]), max(span[0], words[n][0])
				if n < k {
					a, b = words[n][1], span[0]
				}
				if strings.TrimSpace(p.Norm[a:b]) != "" {
					continue // a comma, a hyphen's join: not one compound
				}
				// A neighbour that is itself an alternative is said again to qualify both
				// ("volunteers or volunteer services", withoutRepeats): no partner.
				if j := termOf(p.Norm[words[n][0]:words[n][1]]); j >= 0 && j != i && !terms[j].alt && !slices.Contains(out[i], j) {
					out[i] = append(out[i], j)
				}
			}
			break
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// partnersHeld reports whether a normalised span holds every partner of a term (partnerTerms)
// as one of its topic words, or one of its wordings as a topic word holds (志愿服务 holds 志愿者's
// 志愿: a lexicon guess has no topic words of its own).
func (sc *scorer) partnersHeld(i int, norm string) bool {
	for _, j := range sc.partners[i] {
		t := sc.terms[j]
		if !t.holdsTopic(norm) && !slices.ContainsFunc(t.wordings, func(w string) bool { return w != "" && holdsTopic(norm, w) }) {
			return false
		}
	}
	return true
}
