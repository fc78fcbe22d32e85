package related

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Derivation from the WordNet database files (data.noun … and index.noun …, WordNet's own
// format: wndb(5WN)). For every lower-case lemma of letters and hyphens, over its parts of
// speech in the order noun, verb, adjective, adverb:
//   - derived: the lemma's own derivational links ("+") to another part of speech and, for
//     adjectives, what they pertain to ("\"), in its first maxSenses senses of each part of
//     speech: rental → rent, microbial → microbe;
//   - synonyms: the other lemmas of its first sense in its first part of speech (a word's later
//     senses and parts of speech are rarer).
// Broader words (hypernyms) are not kept: a question about orchards is not answered by
// passages on gardens, and a report's word for a kind of thing rarely glosses the kind. The
// exception is an informal word (plainWords): "cops" are policemen, said casually, and its
// synonyms are other slang (bull, pig), so its broader word replaces them.
// Kept are only related words keep accepts (the words CC-CEDICT glosses by), at most
// maxRelated in all, each once, of one or two words, never the lemma itself.

// maxSenses bounds the senses read per part of speech: later senses are rare ones.
const maxSenses = 3

// maxRelated bounds the related words kept per lemma.
const maxRelated = 6

// parts are WordNet's file suffixes in the order their senses are read.
var parts = []string{"noun", "verb", "adj", "adv"}

// posFile maps a pointer's part-of-speech letter to its file suffix.
var posFile = map[string]string{"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

// synset is one parsed line of a data file.
type synset struct {
	words []string // lemmas, lower case, "(a)"-style markers removed
	ptrs  []pointer
}

// pointer is one relation of a synset (source 0: the whole synset).
type pointer struct {
	sym, pos       string
	offset         int64
	source, target int
}

// Files are the WordNet database files a derivation reads, by name (index.noun, data.noun, …).
type Files map[string][]byte

// Derive writes the related-words file from WordNet's files; source names them in the header.
func Derive(f Files, source string, keep func(string) bool) ([]byte, error) {
	idx := map[string]map[string][]int64{} // part → lemma → synset offsets
	for _, p := range parts {
		m, err := parseIndex(f["index."+p])
		if err != nil {
			return nil, fmt.Errorf("index.%s: %w", p, err)
		}
		idx[p] = m
	}
	read := func(part string, off int64) (synset, error) {
		d := f["data."+part]
		if off < 0 || off >= int64(len(d)) {
			return synset{}, fmt.Errorf("data.%s: offset %d out of range", part, off)
		}
		rest := d[off:]
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		return parseData(string(rest))
	}
	lemmas := map[string]bool{}
	for _, p := range parts {
		for w := range idx[p] {
			if plainLemma(w) || p == "verb" && phrasalLemma(w) {
				lemmas[w] = true
			}
		}
	}
	sorted := slices.Sorted(func(yield func(string) bool) {
		for w := range lemmas {
			if !yield(w) {
				return
			}
		}
	})
	var b strings.Builder
	b.WriteString(Magic)
	b.WriteString("# English words related in WordNet, from " + source + "; WordNet licence, see internal/en/related/README.md.\n")
	for _, w := range sorted {
		var rels [3][]string
		seen := map[string]bool{w: true}
		n := 0
		add := func(r Relation, word string) {
			if n >= maxRelated || seen[word] || strings.Count(word, "_") > 1 || !keep(word) {
				return
			}
			seen[word] = true
			rels[r] = append(rels[r], word)
			n++
		}
		primary := ""
		for _, p := range parts {
			offs := idx[p][w]
			if len(offs) > 0 && primary == "" {
				primary = p
			}
			for _, off := range offs[:min(len(offs), maxSenses)] {
				ss, err := read(p, off)
				if err != nil {
					return nil, err
				}
				self := slices.Index(ss.words, w) + 1
				for _, ptr := range ss.ptrs {
					// A noun's derivational link to another noun joins two things, not one thing
					// in two parts of speech: a scholarship is no scholar, an employer no employee.
					// Nor is an agent noun its verb's action: a roller coaster does not roll, a
					// planter (花箱) is not planting.
					if (ptr.sym == "+" || ptr.sym == `\`) && ptr.source == self && self > 0 && !(p == "noun" && ptr.pos == "n") && !(p == "noun" && ptr.pos == "v" && agentNoun(w)) {
						t, err := read(posFile[ptr.pos], ptr.offset)
						if err != nil {
							return nil, err
						}
						if ptr.target >= 1 && ptr.target <= len(t.words) {
							add(Derived, t.words[ptr.target-1])
						}
					}
				}
			}
		}
		if v, _, ok := strings.Cut(w, "_"); ok && phrasalLemma(w) {
			// A phrasal verb's first sense is often its literal one ("sign up": contract,
			// "work out": work up) and its everyday sense later (sign up: join; work out:
			// exercise): the single-word synonyms of all its senses are kept, in sense order,
			// but never its own verb, whose reading is what the phrase is not.
			for _, off := range idx["verb"][w] {
				ss, err := read("verb", off)
				if err != nil {
					return nil, err
				}
				for _, sw := range ss.words {
					if sw != v && !strings.Contains(sw, "_") {
						add(Synonym, sw)
					}
				}
			}
		} else if primary != "" {
			first, err := read(primary, idx[primary][w][0])
			if err != nil {
				return nil, err
			}
			var plain []string
			if len(idx[primary][w]) == 1 {
				// Only a word with no other sense: "firewall" is informal in one sense of three.
				if plain, err = plainWords(first, idx[primary][w][0], w, primary, idx[primary], read); err != nil {
					return nil, err
				}
			}
			if plain != nil {
				// An informal word ("cop"): its synonyms are other slang (bull, pig, whose
				// ordinary senses are other things); the broader word is the plain one.
				for _, pw := range plain {
					add(Plain, pw)
				}
			} else {
				for _, sw := range first.words {
					add(Synonym, sw)
				}
			}
		}
		if n == 0 {
			continue
		}
		syn := rels[Synonym]
		for _, pw := range slices.Backward(rels[Plain]) {
			syn = slices.Insert(syn, 0, plainMark+pw)
		}
		b.WriteString(w + "\t" + strings.Join(rels[Derived], " ") + "|" + strings.Join(syn, " ") + "\n")
	}
	return []byte(b.String()), nil
}

// informalRegisters are the WordNet usage domains (";u" pointers) of words said informally:
// a colloquialism, slang, a disparaging term. Such a word names the same thing as its broader
// word ("cop" is a policeman, "kid" a child) in another register, which the reports never use.
var informalRegisters = []string{"colloquialism", "slang", "disparagement"}

// plainWords returns the plain words of the word w of synset ss when WordNet marks w as
// informal (informalRegisters), else nil: the lemmas of the broader synset (hypernym) when the
// whole synset is informal ("cop, bull, pig" → policeman), the synset's other lemmas that are
// not marked themselves when only w is ("telly" → television). This is the one case where a
// broader word is kept: an informal word is not a kind of its hypernym but the hypernym said
// casually. Derive asks it only for a word's one and only sense, at offset off; index gives the
// senses of the part of speech's lemmas.
func plainWords(ss synset, off int64, w, part string, index map[string][]int64, read func(string, int64) (synset, error)) ([]string, error) {
	self := slices.Index(ss.words, w) + 1
	marked := map[int]bool{} // 0: the synset; i: its i-th lemma
	for _, p := range ss.ptrs {
		if p.sym != ";u" {
			continue
		}
		d, err := read(posFile[p.pos], p.offset)
		if err != nil {
			return nil, err
		}
		if slices.ContainsFunc(d.words, func(w string) bool { return slices.Contains(informalRegisters, w) }) {
			marked[p.source] = true
		}
	}
	switch {
	case marked[0]:
		for _, p := range ss.ptrs {
			if p.sym == "@" && posFile[p.pos] == part {
				h, err := read(part, p.offset)
				if err != nil {
					return nil, err
				}
				return firstSenseOf(h.words, p.offset, index), nil
			}
		}
	case self > 0 && marked[self]:
		var out []string
		for i, sw := range ss.words {
			if !marked[i+1] {
				out = append(out, sw)
			}
		}
		return firstSenseOf(out, off, index), nil
	}
	return nil, nil
}

// firstSenseOf keeps the words whose first sense (index) is the synset at off: a plain word is
// searched by its wording, which a dictionary reads in its first sense ("bunfight" is a party,
// but a party is first a political one; "codswallop" garbage, which is first food waste).
func firstSenseOf(words []string, off int64, index map[string][]int64) []string {
	var out []string
	for _, w := range words {
		if offs := index[w]; len(offs) > 0 && offs[0] == off {
			out = append(out, w)
		}
	}
	return out
}

// agentNoun reports whether a noun has an agent ending (-er, -or): the one who or the thing
// that does what its verb says.
func agentNoun(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or"))
}

// plainLemma reports whether an index lemma is a lower-case word of letters and hyphens (no
// collocation, number or name).
func plainLemma(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// Particles are the adverbs that make a verb + particle lemma of WordNet one verb ("fix up",
// "sign up", "hand out", "cut down"): the pair means something neither word means alone. In,
// on, over, around and through are left out: after a verb they are mostly prepositions ("a
// drop in output", "spent on roads"), which a phrasal reading would swallow with their verb.
var Particles = []string{"up", "out", "down", "off", "away", "back"}

// phrasalLemma reports whether an index lemma is a verb + particle ("fix_up"): a plain verb,
// one underscore, a particle. Its synonyms are what an asker's everyday phrase names ("fix up" →
// repair), which single words cannot reach: "fix" alone is 固定, "hand" is 手.
func phrasalLemma(w string) bool {
	v, p, ok := strings.Cut(w, "_")
	return ok && plainLemma(v) && slices.Contains(Particles, p)
}

// parseIndex reads an index file: lemma → its synset offsets, most frequent sense first.
func parseIndex(data []byte) (map[string][]int64, error) {
	out := map[string][]int64{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("short line %q", line)
		}
		nsyn, err1 := strconv.Atoi(f[2])
		nptr, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || len(f) < 4+nptr+2+nsyn {
			return nil, fmt.Errorf("malformed line %q", line)
		}
		for _, o := range f[4+nptr+2 : 4+nptr+2+nsyn] {
			off, err := strconv.ParseInt(o, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("offset %q: %w", o, err)
			}
			out[f[0]] = append(out[f[0]], off)
		}
	}
	return out, sc.Err()
}

// parseData reads one data-file line.
func parseData(line string) (synset, error) {
	head, _, _ := strings.Cut(line, "|")
	f := strings.Fields(head)
	bad := func() (synset, error) { return synset{}, fmt.Errorf("malformed data line %.60q", line) }
	if len(f) < 4 {
		return bad()
	}
	wc, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || len(f) < 4+2*int(wc)+1 {
		return bad()
	}
	var s synset
	for i := range int(wc) {
		w := strings.ToLower(f[4+2*i])
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j] // adjective markers: (a), (p), (ip)
		}
		s.words = append(s.words, w)
	}
	i := 4 + 2*int(wc)
	pc, err := strconv.Atoi(f[i])
	if err != nil || len(f) < i+1+4*pc {
		return bad()
	}
	for j := range pc {
		p := f[i+1+4*j : i+5+4*j]
		off, err1 := strconv.ParseInt(p[1], 10, 64)
		st, err2 := strconv.ParseUint(p[3], 16, 16)
		if err1 != nil || err2 != nil {
			return bad()
		}
		s.ptrs = append(s.ptrs, pointer{sym: p[0], offset: off, pos: p[2], source: int(st >> 8), target: int(st & 0xff)})
	}
	return s, nil
}

// Keep returns the filter Derive wants from a test of single words (CC-CEDICT's English:
// internal/cedict/ordinary.CommonEnglish): a related word or phrase is kept when every word
// of it, hyphenated parts apart, passes.
func Keep(common func(string) bool) func(string) bool {
	return func(w string) bool {
		for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '_' || r == '-' }) {
			if !common(p) {
				return false
			}
		}
		return true
	}
}
