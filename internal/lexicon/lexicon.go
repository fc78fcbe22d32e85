// Package lexicon is the open-vocabulary layer between English questions and Chinese reports:
// a reverse CC-CEDICT built for the reports at hand. Build scans the report text for CC-CEDICT
// headwords (internal/dict), keeps the words that occur with their document frequency, and
// inverts their English senses into English word or phrase → Chinese words, weighted by sense
// order, how specific the gloss is, headword length and document frequency. The result is small
// (the words of the reports only), is written into the store generation at ingest (WriteTo) and
// read back by the question path (Read) without decoding the dictionary.
//
// On the question side, Translate maps the words of an English question to weighted Chinese
// words, phrases first, and lists the words it could not translate; Gloss gives English for the
// Chinese terms of a quoted sentence. The curated glossary (internal/glossary) stays the priority
// layer: callers pass the spans it already covers to Translate.
package lexicon

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"iter"
	"math"
	"runtime"
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
	// maxPostings bounds the Chinese words one English key expands to.
	maxPostings = 6
	// minShare drops Chinese words whose raw weight is below this share of the best one's.
	minShare = 0.2
	// minConfidence drops English keys whose best Chinese word fits this badly: a word met
	// only deep inside the gloss of a rare or one-character headword is more often wrong than
	// right, and is better reported as untranslated.
	minConfidence = 0.05
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

// source is a dictionary with its headword scanner.
type source struct {
	entries []cedict.Entry
	heads   *dict.Dict
	sum     uint64 // a checksum of the headwords, in order: Counts are only valid for it
}

func newSource(entries []cedict.Entry) *source {
	keys := make([]string, len(entries))
	h := fnv.New64a()
	for i, e := range entries {
		keys[i] = e.Headword
		h.Write([]byte(e.Headword))
		h.Write([]byte{0})
	}
	return &source{entries: entries, heads: dict.New(keys), sum: h.Sum64()}
}

// defaultSource is the embedded CC-CEDICT with its scanner, built on the first Build.
var defaultSource = sync.OnceValues(func() (*source, error) {
	d, err := cedict.Load()
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return newSource(d.Entries), nil
})

// Prepare decodes the embedded dictionary and builds its headword scanner, which the first Build
// otherwise does (about a tenth of a second): ingest may call it in a goroutine at start-up so
// that the work overlaps reading and chunking the reports.
func Prepare() error {
	_, err := defaultSource()
	return err
}

// Build scans docs (one report, or one chunk, per document) for the headwords of the embedded
// CC-CEDICT and returns the lexicon of the words found. The first call decodes the dictionary
// (a few hundred milliseconds); later calls reuse it.
func Build(docs iter.Seq[string]) (*Lexicon, error) {
	src, err := defaultSource()
	if err != nil {
		return nil, err
	}
	return src.build(docs), nil
}

// BuildFrom is Build over a dictionary given as entries (for tests and other dictionaries).
func BuildFrom(entries []cedict.Entry, docs iter.Seq[string]) *Lexicon {
	return newSource(entries).build(docs)
}

func (src *source) build(docs iter.Seq[string]) *Lexicon {
	c := src.count(docs)
	return src.fromCounts(c.dense(len(src.entries)), int32(c.docs))
}

// count returns the document frequencies of src's headwords in docs.
func (src *source) count(docs iter.Seq[string]) *Counts {
	df := make([]int32, len(src.entries))
	last := make([]int32, len(src.entries)) // 1 + the last document that had the headword
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

// fromCounts builds the lexicon of n documents whose headword frequencies are df (by entry).
// Deriving the English keys of the found entries' senses is most of the work: it runs on every
// core (the keys do not depend on the counts), and the keys are then weighed in entry order.
func (src *source) fromCounts(df []int32, n int32) *Lexicon {
	l := &Lexicon{docs: int(n)}
	var found []int32
	for id := range src.entries {
		if df[id] > 0 {
			found = append(found, int32(id))
		}
	}
	type entryKeys struct {
		senses []string
		keys   [][]keyCand // per sense
	}
	derived := make([]entryKeys, len(found))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(found)/512))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(found)/workers, (w+1)*len(found)/workers
		wg.Go(func() {
			for k := lo; k < hi; k++ {
				senses := src.entries[found[k]].Senses()
				keys := make([][]keyCand, len(senses))
				for i, sense := range senses {
					keys[i] = senseKeys(sense)
				}
				derived[k] = entryKeys{senses, keys}
			}
		})
	}
	wg.Wait()
	// For each English key, the best raw weight of each Chinese word. A word's candidates for a
	// key are appended together, so a repeat is always the key's last candidate.
	keyIndex := map[string]int{}
	var cands [][]cand
	wordOf := make([]int32, len(src.entries)) // headword ID → index in l.words, -1 if absent
	for id := range wordOf {
		wordOf[id] = -1
	}
	for k, id := range found {
		e := src.entries[id]
		w := int32(len(l.words))
		wordOf[id] = w
		senses := derived[k].senses
		l.words = append(l.words, word{text: e.Headword, df: int(df[id]), gloss: shortGloss(senses)})
		base := lengthWeight(e.Headword) * dfWeight(int(df[id]), int(n)) / (1 + 0.05*float64(len(senses)-1))
		for i, keys := range derived[k].keys {
			for _, k := range keys {
				v := base * k.spec / (1 + 0.5*float64(i)) / (1 + 0.2*float64(k.gloss))
				ki, ok := keyIndex[k.key]
				if !ok {
					ki = len(cands)
					keyIndex[k.key] = ki
					cands = append(cands, nil)
				}
				if c := cands[ki]; len(c) > 0 && c[len(c)-1].word == w {
					c[len(c)-1].w = max(c[len(c)-1].w, v)
				} else {
					cands[ki] = append(c, cand{w, v})
				}
			}
		}
	}
	// Keys no reported word has in its own senses, from the compounds the reports do not write.
	for k, cs := range src.compoundCands(l, df, wordOf, int(n)) {
		if _, ok := keyIndex[k]; !ok {
			keyIndex[k] = len(cands)
			cands = append(cands, cs)
		}
	}
	l.index(keyIndex, cands)
	return l
}

// cand is a Chinese word with its raw weight for one English key.
type cand struct {
	word int32
	w    float64
}

// index fills keys, postings and conf from the candidates of each key: per key, the heaviest
// Chinese words (at most maxPostings, none below minShare of the best), their weights shares
// summing to one.
func (l *Lexicon) index(keyIndex map[string]int, cands [][]cand) {
	var keys []string
	for k := range keyIndex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	l.start = make([]int32, 0, len(keys)+1)
	for _, k := range keys {
		cs := cands[keyIndex[k]]
		slices.SortFunc(cs, func(a, b cand) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			if c := cmp.Compare(l.words[b.word].df, l.words[a.word].df); c != 0 {
				return c
			}
			return strings.Compare(l.words[a.word].text, l.words[b.word].text)
		})
		top := cs[0].w
		if top < minConfidence {
			continue
		}
		kept := cs[:0]
		for _, c := range cs {
			if len(kept) < maxPostings && c.w >= minShare*top {
				kept = append(kept, c)
			}
		}
		sum := 0.0
		for _, c := range kept {
			sum += c.w
		}
		l.keys = append(l.keys, k)
		l.start = append(l.start, int32(len(l.postings)))
		for _, c := range kept {
			l.postings = append(l.postings, posting{word: c.word, weight: uint16(math.Round(c.w / sum * weightScale))})
		}
		l.conf = append(l.conf, uint16(math.Round(min(top, 1)*confScale)))
		l.maxWords = max(l.maxWords, strings.Count(k, " ")+1)
	}
	l.start = append(l.start, int32(len(l.postings)))
}

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
