package retrieval

import "strings"

// A name an English question quotes ("a national specialised 'little giant' firm") is the name
// the asker means, as a quoted Chinese name is (topical_quoted.go). A rendering of it that
// holds, within a longer word, the rendering of a word the question writes outside the quote
// (专精特新 holds 专, "specialised") says that other word, not the name: 专精特新 alone, the
// wider class, was listed for 'little giant'.

// englishQuotes returns where the quotations of a normalised English question stand: the
// start and end of each quoted text, without its marks. An apostrophe after a letter
// ("china's") opens none.
func englishQuotes(norm string) [][2]int {
	var out [][2]int
	for _, q := range quoteMarks {
		for at := 0; ; {
			i := strings.Index(norm[at:], q[0])
			if i < 0 {
				break
			}
			open := at + i
			if open > 0 && isLetter(norm[open-1]) {
				at = open + len(q[0])
				continue
			}
			start := open + len(q[0])
			j := strings.Index(norm[start:], q[1])
			if j < 0 {
				break
			}
			out = append(out, [2]int{start, start + j})
			at = start + j + len(q[1])
		}
	}
	return out
}

// quotedInEnglish reports whether a normalised English question writes a term's words (or
// their singular) inside one of its quotations (englishQuotes).
func quotedInEnglish(norm string, quotes [][2]int, from string) bool {
	from = strings.ToLower(strings.TrimSpace(from))
	if from == "" {
		return false
	}
	for _, q := range quotes {
		if strings.Contains(norm[q[0]:q[1]], strings.TrimSuffix(from, "s")) { // the singular is in the plural
			return true
		}
	}
	return false
}

// writtenOutsideQuotes reports whether a normalised English question writes a term's words
// (findTerm) outside its quotations (englishQuotes).
func writtenOutsideQuotes(norm string, quotes [][2]int, from string) bool {
	i, _ := findTerm(norm, from)
	if i < 0 {
		return false
	}
	for _, q := range quotes {
		if i >= q[0] && i < q[1] {
			return false
		}
	}
	return true
}

// keepQuotedNames drops, from the topic wordings of each term an English question quotes,
// those that hold within them a wording of a term written outside the quotations, when some
// other wording is left.
func (sc *scorer) keepQuotedNames(p Plan) {
	if p.Lang != "en" {
		return
	}
	quotes := englishQuotes(p.Norm)
	if len(quotes) == 0 {
		return
	}
	outside := make([]bool, len(sc.terms))
	for j, o := range sc.terms {
		outside[j] = !o.number && writtenOutsideQuotes(p.Norm, quotes, o.from)
	}
	for i, t := range sc.terms {
		if t.number || !quotedInEnglish(p.Norm, quotes, t.from) {
			continue
		}
		var kept []topicWord
		for _, w := range t.topics {
			if !sc.holdsOutsideWording(outside, i, w.word) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(t.topics) {
			sc.terms[i].topics = kept
		}
	}
}

// holdsOutsideWording reports whether a word holds, as a shorter part, a wording of a term
// other than the i-th that the question writes outside its quotations (outside, by term).
func (sc *scorer) holdsOutsideWording(outside []bool, i int, word string) bool {
	for j, o := range sc.terms {
		if j == i || !outside[j] {
			continue
		}
		for _, w := range o.wordings {
			if w != "" && len(w) < len(word) && strings.Contains(word, w) {
				return true
			}
		}
	}
	return false
}
