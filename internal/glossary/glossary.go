// Package glossary translates the content words of English questions into the Chinese wording of
// government work reports (政府工作报告), so that an English question can be searched against
// Chinese text: "fixed-asset investment" → 固定资产投资, "old residential compounds" → 老旧小区.
// The vocabulary is a data file (glossary.tsv) grown from real report text.
package glossary

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/reportbot/reportbot/internal/dict"
	"github.com/reportbot/reportbot/internal/en"
)

//go:embed glossary.tsv
var glossaryTSV string

// Glossary maps English phrases to Chinese report vocabulary.
type Glossary struct {
	entries []entry
	byKey   map[string]int  // stemmed phrase (words joined by one space) → index into entries
	keys    []string        // the stemmed phrase of each entry
	scan    *dict.Dict      // finds the keys in a question's stems joined by single spaces
	vocab   map[string]bool // the stems the keys are made of
	pairs   map[string]bool // two stems a key holds side by side, joined by a space
}

type entry struct {
	phrase  string   // the English phrase as written in the data file
	chinese []string // its Chinese renderings, most specific first
}

// Match is one English phrase found in a question.
type Match struct {
	// Phrase is the glossary's English phrase (as written in the data file).
	Phrase string
	// Start and End are byte offsets of the matched words in the lower-cased input.
	Start, End int
	// Chinese holds the Chinese renderings of the phrase, most specific first.
	Chinese []string
}

var (
	defaultOnce sync.Once
	defaultG    *Glossary
)

// Default returns the embedded glossary (parsed once). The data file is tested, so a parse error
// here is a bug and panics.
func Default() *Glossary {
	defaultOnce.Do(func() {
		g, err := Parse(strings.NewReader(glossaryTSV))
		if err != nil {
			panic(fmt.Sprintf("glossary: embedded glossary.tsv: %v", err))
		}
		defaultG = g
	})
	return defaultG
}

// Parse reads the TSV format (for tests and custom glossaries): one entry a line,
// "english phrase<TAB>中文1|中文2"; blank lines and lines starting with # are skipped. Errors
// name the line. A phrase listed twice (after stemming) is an error, since the second line
// would silently shadow the first.
func Parse(r io.Reader) (*Glossary, error) {
	g := &Glossary{byKey: map[string]int{}}
	firstLine := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		en, zh, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want english<TAB>中文, got %q", n, line)
		}
		en = strings.TrimSpace(en)
		words := stems(strings.ToLower(en))
		if len(words) == 0 {
			return nil, fmt.Errorf("line %d: empty English phrase", n)
		}
		var chinese []string
		for _, c := range strings.Split(zh, "|") {
			if c = strings.TrimSpace(c); c == "" {
				return nil, fmt.Errorf("line %d: empty Chinese term in %q", n, zh)
			}
			chinese = append(chinese, c)
		}
		key := strings.Join(words, " ")
		if first, dup := firstLine[key]; dup {
			return nil, fmt.Errorf("line %d: %q repeats the phrase of line %d", n, en, first)
		}
		firstLine[key] = n
		g.byKey[key] = len(g.entries)
		g.keys = append(g.keys, key)
		g.entries = append(g.entries, entry{phrase: en, chinese: chinese})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read glossary: %w", err)
	}
	g.scan = dict.New(g.keys)
	g.vocab, g.pairs = map[string]bool{}, map[string]bool{}
	for _, k := range g.keys {
		ws := strings.Split(k, " ")
		for i, w := range ws {
			g.vocab[w] = true
			if i > 0 {
				g.pairs[ws[i-1]+" "+w] = true
			}
		}
	}
	return g, nil
}

// Len returns the number of entries.
func (g *Glossary) Len() int { return len(g.entries) }

// Terms returns every Chinese term of the glossary, each once, in file order.
func (g *Glossary) Terms() []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range g.entries {
		for _, c := range e.chinese {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// Translate finds glossary phrases in an English question: longest match first,
// case-insensitive, tolerant of plurals and simple inflections (s/es/ies, -ed, -ing; "targets"/
// "targeted" → "target"), hyphens and apostrophes ("people's", "fixed-asset"). Matches do not
// overlap and come in question order.
func (g *Glossary) Translate(question string) []Match {
	lower := strings.ToLower(question)
	ws := words(lower)
	// The stems joined by single spaces; a key matches whole words from a word start.
	var b strings.Builder
	starts := make([]int, len(ws)+1)
	var inner []int // the spaces inside closed-up words written apart, where no match may end
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		s := g.spelling(lower[w.Start:w.End], w.Stem)
		if head, tail, ok := g.split(lower[w.Start:w.End], s); ok {
			b.WriteString(head)
			inner = append(inner, b.Len())
			s = tail
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	joined := b.String()
	starts[len(ws)] = len(joined) + 1
	var out []Match
	for i := 0; i < len(ws); {
		n, id, ok := g.scan.LongestPrefixFunc(joined[starts[i]:], func(m dict.Match) bool {
			end := starts[i] + m.End
			return end == len(joined) || joined[end] == ' ' && !slices.Contains(inner, end)
		})
		if !ok {
			i++
			continue
		}
		last, _ := slices.BinarySearch(starts, starts[i]+n+1) // the word after the match
		e := g.entries[id]
		out = append(out, Match{
			Phrase: e.phrase, Start: ws[i].Start, End: ws[last-1].End,
			Chinese: append([]string(nil), e.chinese...),
		})
		i = last
	}
	return out
}

// spelling returns the stem the glossary knows a question's word by: its own, or, when no key
// holds it, that of its American spelling (en.American: "harbour" → harbor, "centres" → center,
// "organised" → organize). The glossary is written in American spelling, as CC-CEDICT is, and
// a British-spelt question would otherwise miss its phrases ("fishing harbour") and fall
// through to the lexicon's vaguer renderings.
func (g *Glossary) spelling(w, stem string) string {
	if g.vocab[stem] {
		return stem
	}
	for _, f := range en.American(w) {
		if s := en.Stem(f); g.vocab[s] {
			return s
		}
	}
	return stem
}

// split returns the stems of the two words a closed-up question word is written as in the
// glossary ("streetlights" → street light, of "street lights"), each part at least three
// letters; ok is false for a word the glossary knows as written (stem) or cannot split so.
// Questions close up compounds the glossary writes apart, and would otherwise miss them.
func (g *Glossary) split(w, stem string) (head, tail string, ok bool) {
	if g.vocab[stem] || strings.ContainsAny(w, "-'") {
		return "", "", false
	}
	for i := 3; i+3 <= len(w); i++ {
		head, tail = en.Stem(w[:i]), en.Stem(w[i:])
		if g.pairs[head+" "+tail] {
			return head, tail, true
		}
	}
	return "", "", false
}

// stem is en.Stem, the stemming shared with the lexicon.
func stem(w string) string { return en.Stem(w) }

// word is one word of a question with its stem and byte span.
type word = en.Word

// words splits lower-cased text into stemmed words (en.Words).
func words(s string) []word { return en.Words(s) }

// stems returns the stems of the words of a phrase.
func stems(phrase string) []string {
	ws := words(phrase)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Stem
	}
	return out
}

// Kin returns the Chinese renderings that share a glossary entry with the Chinese word w (w
// first, then the others in file order, each once): the words the glossary holds to name the
// same thing as w (长者食堂: 老年助餐点, 老年餐桌). It returns nil when no entry renders as w.
func (g *Glossary) Kin(w string) []string {
	var out []string
	for _, e := range g.entries {
		if !slices.Contains(e.chinese, w) {
			continue
		}
		if out == nil {
			out = []string{w}
		}
		for _, c := range e.chinese {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
