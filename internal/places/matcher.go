package places

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/dict"
	"golang.org/x/text/unicode/norm"
)

// Matcher matches English (pinyin) or Chinese place mentions in a question against a set of
// candidate names (entities and places found at ingest) plus the gazetteer. Build it once; Match
// is safe for concurrent use.
type Matcher struct {
	latinKeys *dict.Dict   // joined pinyin or alias words
	latinEnts [][]keyEntry // the entries of each Latin key, by its ID in latinKeys
	zh        *dict.Dict   // Chinese full and short names
	zhNames   [][]keyEntry // the entries of each Chinese name, by its ID in zh

	candidates []string // as given to NewMatcher, for Suggest (suggest.go)
	fuzzyOnce  sync.Once
	fuzzy      []fuzzyName
}

// keyEntry is one way of spelling a name in Latin letters.
type keyEntry struct {
	name     string
	suffix   string // the name's level suffix ("镇", "市", "" for bare names)
	bounds   []int  // byte offsets in the joined key where one syllable or word ends and the next begins
	explicit bool   // a candidate given to NewMatcher rather than a gazetteer entry
	primary  bool   // the usual reading, not a polyphone variant
	rank     int    // gazetteer tier (0 province … 2 county); candidates 0
	base     string
}

// Mention is one place found in a question: the candidate names it may stand for and the byte
// span it covers in the question as given.
type Mention struct {
	Names      []string
	Start, End int
}

// levelWords maps the English words for levels to the name suffixes they select.
var levelWords = map[string][]string{
	"town": {"镇"}, "towns": {"镇"}, "township": {"乡", "镇"}, "village": {"村"}, "villages": {"村"},
	"community": {"社区"}, "communities": {"社区"}, "subdistrict": {"街道"}, "street": {"街道"},
	"district": {"区", "新区", "林区"}, "county": {"县", "自治县", "旗"}, "banner": {"旗", "自治旗"},
	"city": {"市"}, "municipality": {"市"}, "prefecture": {"市", "自治州", "地区", "盟"},
	"province": {"省"}, "region": {"自治区", "地区"}, "league": {"盟"},
}

// NewMatcher builds a matcher over candidates (Chinese names, with or without level suffix) and
// the gazetteer. When a mention fits both, the candidates win, so that names found at ingest
// take precedence over namesakes elsewhere in China. The gazetteer's spellings are worked out
// once per process and shared, so a matcher costs little more than its candidates.
func NewMatcher(candidates []string) *Matcher {
	ix := gazetteerIndex().clone()
	for _, c := range candidates {
		// A lone character (镇, 区) is a level word, not a name.
		if c = strings.TrimSpace(c); utf8.RuneCountInString(c) >= 2 {
			ix.add(c, true, 0)
		}
	}
	m := &Matcher{candidates: candidates}
	latin := make([]string, 0, len(ix.keys))
	for k, es := range ix.keys {
		latin = append(latin, k)
		m.latinEnts = append(m.latinEnts, es)
	}
	m.latinKeys = dict.New(latin)
	texts := make([]string, 0, len(ix.zh))
	for text, es := range ix.zh {
		texts = append(texts, text)
		m.zhNames = append(m.zhNames, es)
	}
	m.zh = dict.New(texts)
	return m
}

// index holds the spellings of a set of names: Latin keys (joined syllables or words) and
// Chinese texts (full and short names), each with the names it stands for.
type index struct {
	keys map[string][]keyEntry
	zh   map[string][]keyEntry
}

var (
	gazIndexOnce sync.Once
	gazIndex     *index
)

// gazetteerIndex returns the index of every gazetteer name, built once.
func gazetteerIndex() *index {
	gazIndexOnce.Do(func() {
		gazIndex = &index{keys: map[string][]keyEntry{}, zh: map[string][]keyEntry{}}
		for _, p := range load().places {
			gazIndex.add(p.Name, false, levelRank[p.Level])
		}
	})
	return gazIndex
}

// clone returns a copy that add can extend without touching ix: the maps are copied and
// every append to a shared slice reallocates (slices.Clip).
func (ix *index) clone() *index {
	return &index{keys: maps.Clone(ix.keys), zh: maps.Clone(ix.zh)}
}

// add indexes one name: its Chinese full and short name, the pinyin of its base (every
// plausible reading) and of its full name, "base level-word" for one-character bases, aliases
// and the v spelling of ü.
func (ix *index) add(name string, explicit bool, rank int) {
	base, suffix := splitSuffix(name)
	e := keyEntry{name: name, suffix: suffix, explicit: explicit, rank: rank, base: base}
	ix.zh[name] = append(slices.Clip(ix.zh[name]), e)
	if base != name && utf8.RuneCountInString(base) >= 2 && !ambiguousShort[base] {
		ix.zh[base] = append(slices.Clip(ix.zh[base]), e)
	}
	suffixSyl := firstReading(strings.TrimPrefix(name, base))
	for i, r := range readings(base) {
		e.primary = i == 0
		// Variants of three letters or fewer (阿里 read e li) would only catch English words.
		if len(r) >= 2 && (e.primary || len(strings.Join(r, "")) > 3) {
			ix.addKey(r, e)
		}
		if suffix != "" {
			ix.addKey(append(append([]string(nil), r...), suffixSyl...), e)
		}
		if len(r) == 1 {
			for w, sfx := range levelWords {
				if slices.Contains(sfx, suffix) {
					ix.addKey([]string{r[0], w}, e)
				}
			}
		}
	}
	e.primary = true
	for _, a := range aliases[base] {
		ix.addKey(strings.Fields(a), e)
	}
	if _, ok := nameReadings[base]; !ok && hasUmlaut(base) {
		ix.addKey([]string{umlautSpelling(base)}, e)
	}
}

func (ix *index) addKey(units []string, e keyEntry) {
	e.bounds = nil
	n := 0
	for _, u := range units[:len(units)-1] {
		n += len(u)
		e.bounds = append(e.bounds, n)
	}
	k := strings.Join(units, "")
	for _, x := range ix.keys[k] {
		if x.name == e.name && x.explicit == e.explicit && slices.Equal(x.bounds, e.bounds) {
			return
		}
	}
	ix.keys[k] = append(slices.Clip(ix.keys[k]), e)
}

// Match returns the candidate names mentioned in question, in order of mention: Chinese names
// (with or without suffix), or pinyin words ("Shengze", "shengze town", "Sheng Ze", "Panjin",
// "Qidu", "Beijing") matched case-insensitively on word boundaries. The pinyin of a name's base
// must equal one word or a run of consecutive words split at syllable boundaries, so short
// syllables never match inside longer words; a one-character base needs its level word
// ("Pei county") or its full pinyin ("Peixian").
func (m *Matcher) Match(question string) []string {
	var out []string
	seen := map[string]bool{}
	for _, mt := range m.Mentions(question) {
		for _, n := range mt.Names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// Mentions returns the place mentions in question with their spans, in order.
func (m *Matcher) Mentions(question string) []Mention {
	out := m.chinese(question)
	out = append(out, m.latin(question)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// chinese finds the Chinese names of q. Names may overlap where a conjunction stands between
// two of them or a name holds one (姚方镇和川涌镇: 和川 is a known short name too), so the
// names are not taken leftmost-longest but as the segmentation of q into known names that
// covers the most text (segment).
func (m *Matcher) chinese(q string) []Mention {
	var out []Mention
	for _, mt := range segment(q, slices.Collect(m.zh.ScanAll(q)), func(mt dict.Match) bool {
		return slices.ContainsFunc(m.zhNames[mt.ID], func(e keyEntry) bool { return e.name == q[mt.Start:mt.End] && e.suffix != "" })
	}) {
		out = append(out, Mention{Names: choose(m.zhNames[mt.ID]), Start: mt.Start, End: mt.End})
	}
	return out
}

func (m *Matcher) latin(q string) []Mention {
	words := latinWords(q)
	joined, bounds := joinWords(words)
	bounds = append(bounds, len(joined)) // where each word ends
	var out []Mention
	for i := 0; i < len(words); {
		// The longest key over whole words from words[i] whose syllable or word breaks include
		// the breaks between the words it spans.
		start := 0
		if i > 0 {
			start = bounds[i-1]
		}
		// fits returns the entries of key id that fit words[i:last+1].
		fits := func(id, last int) []keyEntry {
			var inner []int
			for _, b := range bounds[i:last] {
				inner = append(inner, b-start)
			}
			var f []keyEntry
			for _, e := range m.latinEnts[id] {
				if subset(inner, e.bounds) {
					f = append(f, e)
				}
			}
			return f
		}
		n, id, ok := m.latinKeys.LongestPrefixFunc(joined[start:], func(mt dict.Match) bool {
			last, whole := slices.BinarySearch(bounds, start+mt.End)
			return whole && fits(mt.ID, last) != nil
		})
		if !ok {
			i++
			continue
		}
		last, _ := slices.BinarySearch(bounds, start+n)
		hits := fits(id, last)
		end := last + 1
		if sfx, next := levelAt(words, end); sfx != nil {
			var f []keyEntry
			for _, e := range hits {
				if slices.Contains(sfx, e.suffix) {
					f = append(f, e)
				}
			}
			if f != nil {
				hits = f
			} else if subPlace(sfx) {
				hits = explicitOnly(hits) // "Qian'an village" is no 迁安市: the gazetteer holds no villages
			}
			end = next
		}
		if len(hits) == 0 {
			i = end
			continue
		}
		out = append(out, Mention{Names: choose(hits), Start: words[i].start, End: words[end-1].end})
		i = end
	}
	return out
}

// subPlace reports whether level suffixes name a level below the gazetteer's (村, 社区): a name
// said to be a village is no city or county of the same spelling.
func subPlace(sfx []string) bool {
	return !slices.ContainsFunc(sfx, func(s string) bool { return s != "村" && s != "社区" })
}

// explicitOnly keeps the entries of the matcher's own candidates (the reports' places).
func explicitOnly(es []keyEntry) []keyEntry {
	var out []keyEntry
	for _, e := range es {
		if e.explicit {
			out = append(out, e)
		}
	}
	return out
}

// levelAt reads a level word at words[i] ("town", "county", "autonomous region") and returns the
// suffixes it selects and the index after it; nil when there is none.
func levelAt(words []word, i int) ([]string, int) {
	if i < len(words) && words[i].text == "autonomous" {
		i++
	}
	if i < len(words) {
		if sfx, ok := levelWords[words[i].text]; ok {
			return sfx, i + 1
		}
	}
	return nil, 0
}

// choose keeps the best of the entries a mention fits: candidates over gazetteer entries, the
// usual reading over variants, and among gazetteer namesakes sharing a short name the highest
// tier (吉林 is the province unless "city" follows).
func choose(es []keyEntry) []string {
	best := func(keep func(keyEntry) bool) {
		var f []keyEntry
		for _, e := range es {
			if keep(e) {
				f = append(f, e)
			}
		}
		if f != nil {
			es = f
		}
	}
	best(func(e keyEntry) bool { return e.explicit })
	best(func(e keyEntry) bool { return e.primary })
	if !es[0].explicit {
		top := map[string]int{}
		for _, e := range es {
			if r, ok := top[e.base]; !ok || e.rank < r {
				top[e.base] = e.rank
			}
		}
		best(func(e keyEntry) bool { return e.rank == top[e.base] })
	}
	var out []string
	seen := map[string]bool{}
	for _, e := range es {
		if !seen[e.name] {
			seen[e.name] = true
			out = append(out, e.name)
		}
	}
	return out
}

type word struct {
	text       string
	start, end int
}

// latinWords splits q into lower-case words of Latin letters with byte spans in q. Diacritics
// are dropped (Shèngzé → shengze, ü → u), apostrophes inside a word join it (Xi'an → xian) and a
// possessive 's ends it (Qidu's → qidu).
func latinWords(q string) []word {
	var out []word
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if b.Len() > 0 {
			out = append(out, word{text: b.String(), start: start, end: end})
		}
		b.Reset()
		start = -1
	}
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case r == '\'' || r == '’':
			next, nsize := utf8.DecodeRuneInString(q[i+size:])
			after, _ := utf8.DecodeRuneInString(q[i+size+nsize:])
			if b.Len() > 0 && (next == 's' || next == 'S') && !isLatin(after) {
				flush(i)
				i += size + nsize
				continue
			}
			if b.Len() == 0 || !isLatin(next) {
				flush(i)
			}
		case isLatin(r):
			if start < 0 {
				start = i
			}
			for _, d := range norm.NFD.String(string(r)) {
				if d < unicode.MaxASCII {
					b.WriteRune(unicode.ToLower(d))
				}
			}
		default:
			flush(i)
		}
		i += size
	}
	flush(len(q))
	return out
}

func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) }

func joinWords(ws []word) (string, []int) {
	var b strings.Builder
	var bounds []int
	for i, w := range ws {
		if i > 0 {
			bounds = append(bounds, b.Len())
		}
		b.WriteString(w.text)
	}
	return b.String(), bounds
}

// subset reports whether every offset in a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
