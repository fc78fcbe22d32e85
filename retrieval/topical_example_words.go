package retrieval

import (
	"slices"
	"strings"
)

// Examples of a topic are themselves phrases: in "such as senior canteens or dining points" and
// "whether new charging points or unsafe charging" a word that stands right before another term
// of the same example (senior, new) only says which canteens or points are meant. It is no
// alternative by itself: every report on the elderly, or every report that builds something
// new, was listed. The example whole (elderly care beds: 养老 and 床位) still speaks of the
// topic.

// exampleNext maps each term (by Term.From) that stands among a question's examples (after
// reExamples) right before another term of the question, with only a space or hyphen between
// them, to that next term.
func exampleNext(p Plan) map[string]string {
	loc := examplesAt(p)
	if loc == nil {
		return nil
	}
	examples := strings.ReplaceAll(p.Norm[loc[1]:], "-", " ")
	var next map[string]string
	for _, t := range p.Terms {
		if n, ok := modifiesNext(examples, t.From, p.Terms); ok {
			if next == nil {
				next = map[string]string{}
			}
			next[t.From] = n
		}
	}
	return next
}

// exampleModifiers returns the terms (by Term.From) that qualify another term of an example
// (exampleNext).
func exampleModifiers(p Plan) map[string]bool {
	var mods map[string]bool
	for m := range exampleNext(p) {
		if mods == nil {
			mods = map[string]bool{}
		}
		mods[m] = true
	}
	return mods
}

// exampleWholes returns the examples of several terms (by Term.From, in order): each run of
// terms that follow one another in an example, from one that follows none.
func exampleWholes(p Plan) [][]string {
	next := exampleNext(p)
	followed := map[string]bool{}
	for _, n := range next {
		followed[n] = true
	}
	var out [][]string
	for m := range next {
		if followed[m] {
			continue
		}
		run := []string{m}
		for n, ok := next[m]; ok && len(run) <= len(next); n, ok = next[n] {
			run = append(run, n)
		}
		out = append(out, run)
	}
	return out
}

// exampleWhole reports whether a normalised text holds every term of some example of several
// terms (exampleWholes), each through one of its topic wordings.
func (sc *scorer) exampleWhole(norm string) bool {
	for _, run := range sc.wholes {
		if slices.IndexFunc(run, func(from string) bool {
			return !slices.ContainsFunc(sc.terms, func(t scoredTerm) bool { return t.from == from && !t.number && t.holdsTopic(norm) })
		}) < 0 {
			return true
		}
	}
	return false
}

// modifiesNext returns the term (by Term.From) whose words follow, after spaces, some
// occurrence of a term's words in a text (whole words, also without a plural s).
func modifiesNext(text, from string, terms []Term) (string, bool) {
	from = strings.ToLower(strings.TrimSpace(from))
	if from == "" {
		return "", false
	}
	forms := []string{from}
	if one := strings.TrimSuffix(from, "s"); one != from {
		forms = append(forms, one)
	}
	for _, f := range forms {
		for i := 0; ; {
			k := strings.Index(text[i:], f)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(f)
			i = end
			if start > 0 && isLetter(text[start-1]) {
				continue
			}
			for end < len(text) && isLetter(text[end]) {
				end++ // the rest of the word: "senior" of seniors
			}
			if end == len(text) || text[end] != ' ' {
				continue
			}
			rest := strings.TrimLeft(text[end:], " ")
			for _, o := range terms {
				of := strings.ToLower(strings.TrimSpace(o.From))
				if of != "" && of != from && strings.HasPrefix(rest, strings.TrimSuffix(of, "s")) { // the singular opens the plural too
					return o.From, true
				}
			}
		}
	}
	return "", false
}

// isLetter reports whether a byte is an ASCII letter.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// exampleTerms returns the terms (by Term.From) that stand among a question's examples and are
// no words of the topic before them (heads, exampleHeads).
func exampleTerms(p Plan, heads map[string]bool) map[string]bool {
	if len(heads) == 0 {
		return nil
	}
	loc := examplesAt(p)
	out := map[string]bool{}
	for _, t := range p.Terms {
		if i, _ := findTerm(p.Norm, t.From); i >= loc[0] && !heads[t.From] {
			out[t.From] = true
		}
	}
	return out
}

// headAgain takes from the examples a term every wording of which renders a word of the topic
// too ("home retrofits" for "renovating homes": 改造): it says the topic again, and is no
// alternative of it.
func (sc *scorer) headAgain() {
	for i, t := range sc.terms {
		if !t.example || len(t.wordings) == 0 {
			continue
		}
		again := !slices.ContainsFunc(t.wordings, func(w string) bool {
			return !slices.ContainsFunc(sc.terms, func(h scoredTerm) bool { return h.head && slices.Contains(h.wordings, w) })
		})
		if again {
			sc.terms[i].example, sc.terms[i].side = false, true
		}
	}
}

// exampleHeld reports whether a normalised text holds an example of the topic: a term of the
// examples that qualifies none of them (scoredTerm.side), nearly as specific as the decisive
// term.
func (sc *scorer) exampleHeld(norm string) bool {
	for _, t := range sc.terms {
		if t.example && !t.number && !t.qualifier && !t.possessor && !t.side && t.weight >= 0.5*sc.terms[sc.decisive].weight && t.holdsTopic(norm) {
			return true
		}
	}
	return false
}
