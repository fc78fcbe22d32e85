// Package lexicon is the open-vocabulary layer between English questions and Chinese reports:
// a reverse CC-CEDICT built for the reports at hand. Build scans the report text for CC-CEDICT
// headwords (internal/dict), keeps the words that occur with their document frequency, and
// inverts their English senses into English word or phrase → Chinese words, weighted by sense
// order, how specific the gloss is, headword length and document frequency. It reads CC-CEDICT
// from a generated headword index (index.go: the scanner, and each headword's short gloss and
// English keys, read in place), so a build neither decompresses the dictionary nor derives keys.
// The result is small (the words of the reports only), is written into the store generation at
// ingest (WriteTo) and read back by the question path (Read).
//
// On the question side, Translate maps the words of an English question to weighted Chinese
// words, phrases first, and lists the words it could not translate; Gloss gives English for the
// Chinese terms of a quoted sentence. The curated glossary (internal/glossary) stays the priority
// layer: callers pass the spans it already covers to Translate.
package lexicon

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
	"github.com/reportbot/reportbot/internal/dict"
)

// Lexicon is a reverse dictionary for one set of reports. It never changes after Build or Read
// and is safe for concurrent use.
type Lexicon struct {
	docs  int
	words []word // the Chinese words found in the reports
	// keys are the English keys (stems joined by single spaces), sorted; key i's Chinese words are
	// postings[start[i]:start[i+1]], heaviest first.
	keys     []string
	start    []int32
	postings []posting
	conf     []uint16 // per key: how well its best Chinese word fits, 0…confScale
	maxWords int      // words in the longest key

	glossOnce sync.Once
	glossDict *dict.Dict // over words[i].text, built on the first Gloss

	dfOnce sync.Once
	byText map[string]int32 // words by text, built on the first DocFreq
}

type word struct {
	text  string
	df    int
	gloss string // a short English gloss: the first of the first sense
}

type posting struct {
	word   int32
	weight uint16 // share of the key's weight, 0…weightScale
}

const (
	weightScale = 1 << 15
	confScale   = 1 << 15
	// maxPostings bounds the Chinese words one English key expands to, not counting a
	// one-character word a heavier one holds (within).
	maxPostings = 6
	// minShare drops Chinese words whose raw weight is below this share of the best one's.
	minShare = 0.2
	// minConfidence drops English keys whose best Chinese word fits this badly: a word met
	// only deep inside the gloss of a rare or one-character headword is more often wrong than
	// right, and is better reported as untranslated. A key that is a whole gloss of one of its
	// words (exactSpec: 烧's fifth sense "to roast", 刷's "to swipe (a card)") is kept however
	// late the sense: the word does mean it, and the reports hold the word. It keeps its low
	// confidence, so a question is searched for the word but not answered as if sure of it.
	minConfidence = 0.05
	// exactSpec is the least specificity of a key that is a whole gloss (senseKeys: 1 for a
	// noun's, 0.7 for a verb's, 0.8 for a gloss's core before a qualifier).
	exactSpec = 0.7
)

// Stats describes a lexicon's size.
type Stats struct {
	Docs     int // documents scanned
	Words    int // Chinese words kept (CC-CEDICT headwords found in the documents)
	Keys     int // English keys
	Postings int // English key → Chinese word pairs
}

// Stats returns the lexicon's size.
func (l *Lexicon) Stats() Stats {
	return Stats{Docs: l.docs, Words: len(l.words), Keys: len(l.keys), Postings: len(l.postings)}
}

// source is a headword index with its scanner.
type source struct {
	ix    *index
	heads *dict.Dict
	sum   uint64 // the checksum of the headwords, in order: Counts are only valid for it
}

func newSource(ix *index) *source {
	return &source{ix: ix, heads: ix.heads, sum: ix.sum}
}

// entries returns the number of headwords.
func (src *source) entries() int { return src.ix.n }

// defaultSource is the embedded CC-CEDICT index with its scanner, built on the first Build.
var defaultSource = sync.OnceValues(func() (*source, error) {
	ix, err := parseIndex(indexData)
	if err != nil {
		return nil, err
	}
	return newSource(ix), nil
})

// Prepare reads the embedded headword index and builds its scanner, which the first Build
// otherwise does (a few milliseconds): ingest may call it in a goroutine at start-up so that the
// work overlaps reading and chunking the reports.
func Prepare() error {
	_, err := defaultSource()
	return err
}

// Build scans docs (one report, or one chunk, per document) for the headwords of the embedded
// CC-CEDICT and returns the lexicon of the words found. The first call reads the headword index
// (Prepare); later calls reuse it.
func Build(docs iter.Seq[string]) (*Lexicon, error) {
	src, err := defaultSource()
	if err != nil {
		return nil, err
	}
	return src.build(docs), nil
}

// BuildFrom is Build over a dictionary given as entries (for tests and other dictionaries).
func BuildFrom(entries []cedict.Entry, docs iter.Seq[string]) *Lexicon {
	ix, err := parseIndex(string(EncodeIndex("", entries)))
	if err != nil {
		panic(err) // EncodeIndex writes what parseIndex reads
	}
	return newSource(ix).build(docs)
}

func (src *source) build(docs iter.Seq[string]) *Lexicon {
	c := src.count(docs)
	return src.fromCounts(c.dense(src.entries()), int32(c.docs))
}

// count returns the document frequencies of src's headwords in docs.
func (src *source) count(docs iter.Seq[string]) *Counts {
	df := make([]int32, src.entries())
	last := make([]int32, src.entries()) // 1 + the last document that had the headword
	n := int32(0)
	for doc := range docs {
		n++
		for m := range src.heads.ScanAll(doc) {
			if last[m.ID] != n {
				last[m.ID] = n
				df[m.ID]++
			}
		}
	}
	c := &Counts{docs: int(n), sum: src.sum}
	for id, v := range df {
		if v > 0 {
			c.ids = append(c.ids, int32(id))
			c.df = append(c.df, v)
		}
	}
	return c
}

// keyWord is a candidate Chinese word for an English key: the key's ID, the word's index in
// Lexicon.words and its raw weight.
type keyWord struct {
	key   int32
	word  int32
	w     float64
	exact bool // the key is a whole gloss of the word (exactSpec)
}

// fromCounts builds the lexicon of n documents whose headword frequencies are df (by entry): each
// found headword's keys, read from its record in the index, weighed by sense order, how specific
// the gloss is, headword length and document frequency.
func (src *source) fromCounts(df []int32, n int32) *Lexicon {
	l := &Lexicon{docs: int(n)}
	var kws []keyWord
	wordOf := make([]int32, src.entries()) // headword ID → index in l.words, -1 if absent
	recs := &records{ix: src.ix, id: -1}
	for id, f := range df {
		wordOf[id] = -1
		if f == 0 {
			continue
		}
		d := recs.at(id)
		senses := d.count(1)
		gloss := src.ix.shortGloss(&d)
		w := int32(len(l.words))
		wordOf[id] = w
		head, _ := src.heads.Key(id)
		l.words = append(l.words, word{text: head, df: int(f), gloss: gloss})
		base := lengthWeight(head) * dfWeight(int(f), int(n)) / (1 + 0.05*float64(senses-1))
		for i := range senses {
			for range d.count(2) {
				k, ok := src.ix.next(&d)
				if !ok {
					break
				}
				kws = append(kws, keyWord{k.key, w, base * k.spec * senseDecay(i) / (1 + 0.2*float64(k.gloss)), k.spec >= exactSpec})
			}
		}
	}
	count := make([]int32, src.ix.nKeys)
	for _, kw := range kws {
		count[kw.key]++
	}
	// Keys no reported word has in its own senses, from the compounds the reports do not write.
	for _, kw := range src.compoundCands(l, df, wordOf, int(n)) {
		if count[kw.key] == 0 { // not a key of the words' own
			kws = append(kws, kw)
		}
	}
	l.index(kws, count, &keyReader{ix: src.ix, id: -1})
	return l
}

// cand is a Chinese word with its raw weight for one English key, and whether the key is a
// whole gloss of it.
type cand struct {
	word  int32
	w     float64
	exact bool
}

// index fills keys, postings and conf from the candidates kws: per key, the heaviest Chinese words
// (at most maxPostings, none below minShare of the best), their weights shares summing to one.
// A word's candidates for one key come together in kws, and only the best of them counts.
// scratch has one element per key ID, and is overwritten.
func (l *Lexicon) index(kws []keyWord, scratch []int32, keys *keyReader) {
	// Group kws by key, keeping their order (a counting sort): keys in order of ID, which is the
	// order of their text.
	start := scratch
	clear(start)
	for _, kw := range kws {
		start[kw.key]++
	}
	sum := int32(0)
	for k, c := range start {
		start[k] = sum
		sum += c
	}
	byKey := make([]cand, len(kws))
	ends := slices.Clone(start)
	for _, kw := range kws {
		byKey[ends[kw.key]] = cand{kw.word, kw.w, kw.exact}
		ends[kw.key]++
	}
	l.start = make([]int32, 0, 1024)
	for k := range start {
		cs := byKey[start[k]:ends[k]]
		if len(cs) == 0 {
			continue
		}
		// The best weight of each word.
		j := 0
		for _, c := range cs[1:] {
			if c.word == cs[j].word {
				cs[j].w = max(cs[j].w, c.w)
				cs[j].exact = cs[j].exact || c.exact
			} else {
				j++
				cs[j] = c
			}
		}
		cs = cs[:j+1]
		if len(cs) > 1 {
			slices.SortFunc(cs, l.heavier)
		}
		top := cs[0].w
		if top < minConfidence && !slices.ContainsFunc(cs, func(c cand) bool { return c.exact }) {
			continue
		}
		kept, n := cs[:0], 0
		for i, c := range cs {
			if n < maxPostings && c.w >= minShare*top {
				kept = append(kept, c)
				if !l.within(c, cs[:i], top) {
					n++
				}
			}
		}
		sum := 0.0
		for _, c := range kept {
			sum += c.w
		}
		key := keys.key(int32(k))
		l.keys = append(l.keys, key)
		l.start = append(l.start, int32(len(l.postings)))
		for _, c := range kept {
			l.postings = append(l.postings, posting{word: c.word, weight: uint16(math.Round(c.w / sum * weightScale))})
		}
		l.conf = append(l.conf, uint16(math.Round(min(top, 1)*confScale)))
		l.maxWords = max(l.maxWords, strings.Count(key, " ")+1)
	}
	l.start = append(l.start, int32(len(l.postings)))
}

// heavier orders candidates heaviest first, then by the document frequency and the text of
// their words.
func (l *Lexicon) heavier(a, b cand) int {
	if c := cmp.Compare(b.w, a.w); c != 0 {
		return c
	}
	if c := cmp.Compare(l.words[b.word].df, l.words[a.word].df); c != 0 {
		return c
	}
	return strings.Compare(l.words[a.word].text, l.words[b.word].text)
}

// senseDecay is the weight of a headword's i-th sense (0 first) relative to its first.
func senseDecay(i int) float64 { return 1 / (1 + 0.5*float64(i)) }

// lengthWeight prefers words to single characters, whose senses are many and vague, and
// ordinary words to long idioms.
func lengthWeight(headword string) float64 {
	switch n := utf8.RuneCountInString(headword); {
	case n == 1:
		return 0.4
	case n <= 3:
		return 1
	case n == 4:
		return 0.85
	default:
		return 0.7
	}
}

// dfWeight prefers the words the reports use often: about 0.45 for a word in one document of
// hundreds, 1 for a word in all of them.
func dfWeight(df, docs int) float64 {
	if docs <= 1 {
		return 1
	}
	return 0.4 + 0.6*math.Log1p(float64(df))/math.Log1p(float64(docs))
}
