package retrieval

import "strings"

// A question may put words in brackets: another name of the thing before them ("new businesses
// (market entities)") or a description of the place before them ("the Beijing district (the
// Winter Olympics host area)"). Such words widen or describe; a passage need not hold them.
// Grounding therefore adds a bracket's wordings to the concept it follows, as other wordings of
// it, and drops those of a bracket that follows no concept (a place's description).

// asides are the byte spans of a question's bracketed text, brackets included.
type asides [][2]int

// newAsides returns the bracketed spans of the normalised question q (NFKC has made full-width
// brackets ASCII).
func newAsides(q string) asides {
	var out asides
	for at := 0; at < len(q); {
		i := strings.IndexByte(q[at:], '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(q[at+i:], ')')
		if j < 0 {
			break
		}
		out = append(out, [2]int{at + i, at + i + j + 1})
		at += i + j + 1
	}
	return out
}

// in reports whether English term e lies wholly inside a bracket: a phrase that runs on past
// it ("(affordable) housing": 保障性住房) is the question's own.
func (as asides) in(e EnglishTerm) bool {
	s, ok := as.span(e.At)
	return ok && e.At+len(e.Text) < s[1]
}

// span returns the bracket holding offset at.
func (as asides) span(at int) ([2]int, bool) {
	for _, s := range as {
		if at > s[0] && at < s[1] {
			return s, true
		}
	}
	return [2]int{}, false
}

// glossed returns the index in out of the concept that the bracket holding offset at of the
// question q follows directly ("businesses (market entities)": businesses), or -1 when the
// word before the bracket is no concept of out (a place, a time-frame word). ats are the
// question offsets of out's concepts.
func (as asides) glossed(q string, at int, ats []int, out []Concept) int {
	s, ok := as.span(at)
	if !ok {
		return -1
	}
	for j, a := range ats {
		end := a + len(out[j].Text)
		if end <= s[0] && strings.TrimSpace(q[end:s[0]]) == "" {
			return j
		}
	}
	return -1
}

// asideTerms returns the terms (by Term.From) that an English question says only inside
// brackets: a sentence that holds one counts it, one that does not is not the less covered
// (scorer.measure). A sentence holding another name the bracket gives ("businesses (market
// entities)": 市场主体) thus scores above one holding only the first.
func asideTerms(p Plan) map[string]bool {
	if p.Lang != "en" || !strings.Contains(p.Norm, "(") {
		return nil
	}
	as := newAsides(p.Norm)
	says := func(t Term, e EnglishTerm) bool {
		return e.Text == t.From || len(e.Chinese) > 0 && len(t.Variants) > 0 && e.Chinese[0] == t.Variants[0]
	}
	var out map[string]bool
	for _, t := range p.Terms {
		inside, outside := false, false
		for _, e := range p.English {
			if says(t, e) {
				inside = inside || as.in(e)
				outside = outside || !as.in(e)
			}
		}
		if inside && !outside {
			if out == nil {
				out = map[string]bool{}
			}
			out[t.From] = true
		}
	}
	return out
}
