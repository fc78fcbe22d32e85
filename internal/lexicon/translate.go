package lexicon

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/dict"
	"github.com/reportbot/reportbot/internal/en"
)

// Span is a byte range of a question.
type Span struct{ Start, End int }

// Term is one Chinese word an English word or phrase stands for.
type Term struct {
	// Chinese is the CC-CEDICT headword as it occurs in the reports.
	Chinese string
	// Weight is the term's share of its English phrase: the weights of a Match sum to about 1,
	// so a vague word with many renderings weighs no more in a query than a precise one.
	Weight float64
	// DF is the number of documents the word occurs in.
	DF int
	// Gloss is a short English gloss of the word.
	Gloss string
}

// Match is one English word or phrase of a question with its Chinese renderings.
type Match struct {
	// Text is the matched words as written in the question; Start and End its byte span.
	Text       string
	Start, End int
	// Key is the lexicon key matched (stems joined by single spaces).
	Key string
	// Terms are the Chinese renderings, heaviest first.
	Terms []Term
	// Confidence says how well the best rendering fits, 0…1: about 1 for a word that is the only
	// gloss of the first sense of a common report word; low when the English word only appears
	// inside a longer gloss.
	Confidence float64
	// Fit is Confidence without the weight the lexicon gives its best rendering for being
	// common in the reports: how well the English word fits that rendering, however rare.
	Fit float64
	// Via is the word WordNet relates the matched word to (internal/en/related) through which
	// it was rendered, when the lexicon lacks the word itself ("rental" via rent); else empty.
	Via string
	// Parts is true for a closed compound the lexicon lacks, rendered through the words it is
	// made of ("roadside": road, side). Translate lists such a word as untranslated too: the
	// reports may not hold the compound's meaning (a weekend is not a week and an end).
	Parts bool
}

// Translation is what Translate makes of a question.
type Translation struct {
	// Matches are the translated words and phrases in question order.
	Matches []Match
	// Untranslated are the content words the lexicon has no entry for, in question order.
	Untranslated []Span
}

// Translate finds the content words of an English question in the lexicon: the longest phrase
// first at each word (up to four words; two words also closed up, "fish pond" → fishpond),
// case-insensitive and tolerant of plurals and simple
// inflections (internal/en); an adjective in -al the lexicon renders weakly also as the word
// it is made from (derive.go). Stopwords, numbers and words overlapping a skip span (the phrases
// the curated glossary already translated) are left out of both lists. A nil Lexicon (a store
// built without one) translates nothing and lists every content word.
func (l *Lexicon) Translate(question string, skip ...Span) Translation {
	lq := lowerInPlace(question)
	ws := en.Words(lq)
	out := Translation{}
	skipped := func(w en.Word) bool {
		return slices.ContainsFunc(skip, func(s Span) bool { return w.Start < s.End && s.Start < w.End })
	}
	for i := 0; i < len(ws); {
		if stopStem(ws[i].Stem) || skipped(ws[i]) {
			i++
			continue
		}
		found := false
		maxWords := 0
		if l != nil {
			maxWords = max(l.maxWords, 2) // two words may close up into a one-word key
		}
		for n := min(maxWords, len(ws)-i); n >= 1; n-- {
			last := ws[i+n-1]
			if stopStem(last.Stem) || slices.ContainsFunc(ws[i:i+n], skipped) {
				continue
			}
			k, ok := l.find(joinStems(ws[i : i+n]))
			if !ok {
				k, ok = l.findPlural(lq, ws[i:i+n])
			}
			if !ok && n == 2 && closable(lq[ws[i].End:last.Start]) {
				// Two words a dictionary writes as one: "fish pond" → fishpond.
				k, ok = l.find(en.Stem(lq[ws[i].Start:ws[i].End] + lq[last.Start:last.End]))
			}
			if !ok && n == 2 && closable(lq[ws[i].End:last.Start]) {
				// A prefix written as a word, in the dictionary's synonym: counter-terrorism →
				// anti-terrorism (反恐).
				if p, isPrefix := prefixSynonyms[lq[ws[i].Start:ws[i].End]]; isPrefix {
					k, ok = l.find(p + " " + last.Stem)
				}
			}
			if !ok && n == 2 && closable(lq[ws[i].End:last.Start]) {
				// A noun compound names an action object first ("face scan", "bid opening"),
				// CC-CEDICT by its verb first ("to scan one's face"): the pair reversed.
				k, ok = l.find(last.Stem + " " + ws[i].Stem)
			}
			if !ok {
				// A phrase the dictionary glosses with one word more (findExtended).
				k, ok = l.findExtended(ws[i : i+n])
			}
			var m Match
			if ok {
				m = l.match(k, question, ws[i].Start, last.End)
			}
			if n == 1 {
				if d, derived := l.deriveWord(question, lq, ws[i].Start, last.End, m, ok); derived {
					m, ok = d, true
				}
				if !ok {
					m, ok = l.otherForm(question, lq[ws[i].Start:last.End], ws[i].Start)
				}
			}
			if !ok {
				continue
			}
			out.Matches = append(out.Matches, m)
			if m.Parts {
				out.Untranslated = append(out.Untranslated, Span{m.Start, m.End})
			}
			i += n
			found = true
			break
		}
		if !found {
			out.Untranslated = append(out.Untranslated, Span{ws[i].Start, ws[i].End})
			i++
		}
	}
	return out
}

// findPlural finds a phrase whose last word is a plural the stemmer keeps whole ("taxis",
// which it cannot tell from "basis"), as the phrase with that word's s dropped.
func (l *Lexicon) findPlural(lq string, ws []en.Word) (int, bool) {
	last := lq[ws[len(ws)-1].Start:ws[len(ws)-1].End]
	if len(last) < 4 || !strings.HasSuffix(last, "s") || en.Stem(last) != last {
		return 0, false
	}
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = w.Stem
	}
	stems[len(ws)-1] = en.Stem(last[:len(last)-1])
	return l.find(strings.Join(stems, " "))
}

// prefixSynonyms are prefixes a question may write as a word before another ("counter-
// terrorism") with the prefix CC-CEDICT glosses the same meaning by ("anti-terrorism").
var prefixSynonyms = map[string]string{"counter": "anti"}

// closable reports whether two words separated by gap may be one word written apart.
func closable(gap string) bool { return gap == " " || gap == "-" }

// lowerInPlace lower-cases s without moving any byte: a rune whose lower case has another length,
// and bytes that are not UTF-8, stay as they are, so offsets into the result are offsets into s.
func lowerInPlace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size && r != utf8.RuneError {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// find returns the index of key in the sorted keys.
func (l *Lexicon) find(key string) (int, bool) {
	return slices.BinarySearch(l.keys, key)
}

func (l *Lexicon) match(k int, question string, start, end int) Match {
	m := Match{Text: question[start:end], Start: start, End: end, Key: l.keys[k],
		Confidence: float64(l.conf[k]) / confScale}
	for _, p := range l.postings[l.start[k]:l.start[k+1]] {
		w := l.words[p.word]
		m.Terms = append(m.Terms, Term{Chinese: w.text, Weight: float64(p.weight) / weightScale, DF: w.df, Gloss: w.gloss})
	}
	m.Fit = m.Confidence
	if len(m.Terms) > 0 {
		m.Fit = min(1, m.Confidence/dfWeight(m.Terms[0].DF, l.docs))
	}
	return m
}

// Lookup returns the Chinese renderings of one English word or phrase (stemmed as in Translate),
// and whether the lexicon has it.
func (l *Lexicon) Lookup(phrase string) (Match, bool) {
	ws := en.Words(lowerInPlace(phrase))
	if l == nil || len(ws) == 0 {
		return Match{}, false
	}
	k, ok := l.find(joinStems(ws))
	if !ok {
		k, ok = l.findPlural(lowerInPlace(phrase), ws)
	}
	if !ok {
		return Match{}, false
	}
	return l.match(k, phrase, ws[0].Start, ws[len(ws)-1].End), true
}

// Gloss is the English of one Chinese term of a sentence.
type Gloss struct {
	// Chinese is the term; Start and End its byte span in the sentence.
	Chinese    string
	Start, End int
	// English is a short gloss from CC-CEDICT.
	English string
	// IDF is ln(documents / document frequency): higher for rarer, more telling terms.
	IDF float64
}

// Gloss returns English glosses for the Chinese terms of a sentence (words of two characters or
// more that occur in the reports), found longest first from left to right, each term once.
// Callers that want only the key terms use KeyTerms. A nil Lexicon glosses nothing.
func (l *Lexicon) Gloss(sentence string) []Gloss {
	if l == nil {
		return nil
	}
	var out []Gloss
	seen := map[int]bool{}
	for m := range l.wordDict().Scan(sentence) {
		w := l.words[m.ID]
		if seen[m.ID] || w.gloss == "" {
			continue
		}
		seen[m.ID] = true
		out = append(out, Gloss{Chinese: w.text, Start: m.Start, End: m.End, English: w.gloss,
			IDF: math.Log(float64(max(l.docs, 1)) / float64(max(w.df, 1)))})
	}
	return out
}

// KeyTerms returns the n most telling terms of a sentence (highest IDF first among Gloss's
// terms, ties to the longer term), in sentence order: what an English answer glosses after a
// quoted Chinese sentence.
func (l *Lexicon) KeyTerms(sentence string, n int) []Gloss {
	gs := l.Gloss(sentence)
	if len(gs) <= n {
		return gs
	}
	ranked := slices.Clone(gs)
	slices.SortStableFunc(ranked, func(a, b Gloss) int {
		if a.IDF != b.IDF {
			return cmp.Compare(b.IDF, a.IDF)
		}
		return cmp.Compare(b.End-b.Start, a.End-a.Start)
	})
	ranked = ranked[:max(n, 0)]
	slices.SortFunc(ranked, func(a, b Gloss) int { return a.Start - b.Start })
	return ranked
}

// wordDict returns the scanner of the lexicon's words of two characters or more, built on
// first use.
func (l *Lexicon) wordDict() *dict.Dict {
	l.glossOnce.Do(func() {
		texts := make([]string, len(l.words))
		for i, w := range l.words {
			if utf8.RuneCountInString(w.text) >= 2 {
				texts[i] = w.text
			}
		}
		l.glossDict = dict.New(texts)
	})
	return l.glossDict
}
