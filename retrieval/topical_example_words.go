package retrieval

import "strings"

// Examples of a topic are themselves phrases: in "such as senior canteens or dining points" and
// "whether new charging points or unsafe charging" a word that stands right before another term
// of the same example (senior, new) only says which canteens or points are meant. It is no
// alternative by itself: every report on the elderly, or every report that builds something
// new, was listed.

// exampleModifiers returns the terms (by Term.From) that stand among a question's examples
// (after reExamples) right before another term of the question, with only a space or hyphen
// between them.
func exampleModifiers(p Plan) map[string]bool {
	if p.Lang != "en" {
		return nil
	}
	loc := reExamples.FindStringIndex(p.Norm)
	if loc == nil {
		return nil
	}
	examples := strings.ReplaceAll(p.Norm[loc[1]:], "-", " ")
	var mods map[string]bool
	for _, t := range p.Terms {
		if modifiesNext(examples, t.From, p.Terms) {
			if mods == nil {
				mods = map[string]bool{}
			}
			mods[t.From] = true
		}
	}
	return mods
}

// modifiesNext reports whether some occurrence of a term's words in a text (whole words, also
// without a plural s) is followed, after spaces, by the words of another term.
func modifiesNext(text, from string, terms []Term) bool {
	from = strings.ToLower(strings.TrimSpace(from))
	if from == "" {
		return false
	}
	for _, f := range []string{from, strings.TrimSuffix(from, "s")} {
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
				if of != "" && of != from && (strings.HasPrefix(rest, of) || strings.HasPrefix(rest, strings.TrimSuffix(of, "s"))) {
					return true
				}
			}
		}
	}
	return false
}

// isLetter reports whether a byte is an ASCII letter.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
