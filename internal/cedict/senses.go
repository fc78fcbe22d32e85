package cedict

import (
	"slices"
	"strings"
	"sync"
)

// Senses shared between headwords: how a word the reports never write reaches the words they
// do write for the same thing (竣工 and 完工 both "to complete a project"; 撂 and 抛 both "to
// abandon"). A shared sense says the two words can mean the same, not that they do in a given
// sentence, so callers check the other word against text that answers the question.

// Lookup returns the entry of headword, and whether the dictionary has it.
func (d *Dictionary) Lookup(headword string) (Entry, bool) {
	i, ok := slices.BinarySearchFunc(d.Entries, headword, func(e Entry, h string) int { return strings.Compare(e.Headword, h) })
	if !ok {
		return Entry{}, false
	}
	return d.Entries[i], true
}

// Glosses returns the comparable glosses of an entry: each sense split at "; " and " or ", notes
// in brackets dropped, lower case, a leading "to " dropped ("to abandon or discard" → abandon,
// discard). Pronunciation notes, classifier uses and glosses of more than four words (which are
// descriptions, not equivalents) give none.
func (e Entry) Glosses() []string {
	var out []string
	for _, s := range e.Senses() {
		for _, part := range strings.Split(s, "; ") {
			for _, g := range strings.Split(part, " or ") {
				g = normGloss(g)
				if g != "" && !slices.Contains(out, g) {
					out = append(out, g)
				}
			}
		}
	}
	return out
}

// Heads returns the last words of an entry's noun glosses of two or more words ("random
// inspection" → inspection): the kind of thing the word names, which a plainer word may gloss
// alone. Verb glosses ("to complete a project") and words under five letters give none.
func (e Entry) Heads() []string {
	var out []string
	for _, s := range e.Senses() {
		for _, part := range strings.Split(s, "; ") {
			if strings.HasPrefix(strings.TrimSpace(part), "to ") {
				continue
			}
			ws := strings.Fields(normGloss(part))
			if len(ws) < 2 || len(ws[len(ws)-1]) < 5 || slices.Contains(out, ws[len(ws)-1]) {
				continue
			}
			out = append(out, ws[len(ws)-1])
		}
	}
	return out
}

// normGloss is one gloss in the form Glosses compares, "" for none.
func normGloss(g string) string {
	g = strings.ToLower(strings.Join(strings.Fields(DropNotes(g)), " "))
	g = strings.TrimPrefix(g, "to ")
	if g == "" || strings.Contains(g, "pr.") || strings.HasPrefix(g, "classifier") || strings.HasPrefix(g, "used ") ||
		len(strings.Fields(g)) > 4 {
		return ""
	}
	return g
}

// DropNotes replaces a gloss's parenthesised and bracketed notes, nested ones included, by a space.
func DropNotes(g string) string {
	if !strings.ContainsAny(g, "([") {
		return g
	}
	var b strings.Builder
	depth := 0
	for _, r := range g {
		switch {
		case r == '(' || r == '[':
			if depth == 0 {
				b.WriteByte(' ')
			}
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SenseIndex finds the headwords that have a gloss.
type SenseIndex struct {
	dict    *Dictionary
	byGloss map[string][]string
}

// NewSenseIndex indexes the glosses of every entry of d.
func NewSenseIndex(d *Dictionary) *SenseIndex {
	ix := &SenseIndex{dict: d, byGloss: make(map[string][]string, len(d.Entries))}
	for _, e := range d.Entries {
		for _, g := range e.Glosses() {
			ix.byGloss[g] = append(ix.byGloss[g], e.Headword)
		}
	}
	return ix
}

// Sharing returns the headwords that have gloss g (in Glosses' form), in headword order.
func (ix *SenseIndex) Sharing(g string) []string {
	return ix.byGloss[g]
}

// Lookup returns the entry of headword, and whether the dictionary has it.
func (ix *SenseIndex) Lookup(headword string) (Entry, bool) { return ix.dict.Lookup(headword) }

// LoadSenses returns the sense index of the embedded dictionary, built on the first call and
// shared afterwards: only questions that hold a word the reports lack need it.
var LoadSenses = sync.OnceValues(func() (*SenseIndex, error) {
	d, err := Load()
	if err != nil {
		return nil, err
	}
	return NewSenseIndex(d), nil
})
