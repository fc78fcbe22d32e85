package retrieval

import "strings"

// A name an English question quotes ("a national specialised 'little giant' firm") is the name
// the asker means, as a quoted Chinese name is (topical_quoted.go). A rendering of it that
// holds the rendering of another word of the question (专精特新 holds 专, "specialised") says
// that other word, not the name: 专精特新 alone, the wider class, was listed for 'little giant'.

// quotedInEnglish reports whether a normalised English question writes a term's words (or
// their singular) inside quotation marks of its own.
func quotedInEnglish(norm, from string) bool {
	from = strings.ToLower(strings.TrimSpace(from))
	if from == "" {
		return false
	}
	for _, q := range quoteMarks {
		for rest := norm; ; {
			i := strings.Index(rest, q[0])
			if i < 0 {
				break
			}
			if i > 0 && isLetter(rest[i-1]) { // an apostrophe: "China's"
				rest = rest[i+len(q[0]):]
				continue
			}
			inner := rest[i+len(q[0]):]
			j := strings.Index(inner, q[1])
			if j < 0 {
				break
			}
			if quoted := inner[:j]; strings.Contains(quoted, from) || strings.Contains(quoted, strings.TrimSuffix(from, "s")) {
				return true
			}
			rest = inner[j+len(q[1]):]
		}
	}
	return false
}

// keepQuotedNames drops, from the topic wordings of each term an English question quotes,
// those that hold a wording of another of its terms, when some other wording is left.
func (sc *scorer) keepQuotedNames(p Plan) {
	if p.Lang != "en" {
		return
	}
	for i, t := range sc.terms {
		if t.number || !quotedInEnglish(p.Norm, t.from) {
			continue
		}
		var kept []topicWord
		for _, w := range t.topics {
			if !sc.holdsOtherWording(i, w.word) {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(t.topics) {
			sc.terms[i].topics = kept
		}
	}
}

// holdsOtherWording reports whether a word holds a wording of a term other than the i-th (and
// not a number).
func (sc *scorer) holdsOtherWording(i int, word string) bool {
	for j, o := range sc.terms {
		if j == i || o.number {
			continue
		}
		for _, w := range o.wordings {
			if w != "" && strings.Contains(word, w) {
				return true
			}
		}
	}
	return false
}
