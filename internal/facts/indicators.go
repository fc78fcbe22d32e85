// Package facts extracts indicator statements — targets and actuals such as
// 一般公共预算收入增长10%左右 or 地区生产总值完成168.8亿元 — from the text of government work
// reports, names the indicators in Chinese and English, and filters the resulting rows.
package facts

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/dict"
	"github.com/reportbot/reportbot/internal/zh"
)

//go:embed indicators.tsv
var indicatorsTSV string

// Indicator classes: which units an amount of the indicator may carry.
const (
	ClassMoney         = "money"
	ClassCount         = "count"
	ClassWeight        = "weight"
	ClassArea          = "area"
	ClassConcentration = "concentration"
	// ClassRate indicators are levels stated in percent (城镇调查失业率 5%).
	ClassRate = "rate"
	// ClassIndex indicators are only stated as a change in percent (居民消费价格涨幅 3%).
	ClassIndex = "index"
)

// Indicator describes one canonical indicator.
type Indicator struct {
	// Name is the canonical Chinese name, e.g. 一般公共预算收入.
	Name string
	// Variants are the Chinese wordings seen in reports, the name included (normalised form).
	Variants []string
	// English are English names and synonyms, e.g. "general public budget revenue".
	English []string
	// Class is one of the Class constants; it says which units an amount may carry.
	Class string
}

func (in Indicator) clone() Indicator {
	in.Variants = slices.Clone(in.Variants)
	in.English = slices.Clone(in.English)
	return in
}

// table is the parsed indicator data with its lookup indexes; it is built once and never changed.
type table struct {
	list    []Indicator
	chinese map[string]int // normalised variant → index in list
	english map[string]int // englishKey → index in list
	// scan finds variants of two runes or more in normalised text; scanIdx maps its key IDs to
	// indexes in list.
	scan    *dict.Dict
	scanIdx []int
	// words finds English keys in a text of englishKey words joined by single spaces; wordKeys
	// holds its keys.
	words    *dict.Dict
	wordKeys []string
	err      error
}

var loadTable = sync.OnceValue(func() *table { return parseTable(indicatorsTSV) })

// index builds the scanners over the parsed variants and English keys.
func (t *table) index() {
	var variants []string
	for v, i := range t.chinese {
		if utf8.RuneCountInString(v) >= 2 {
			variants = append(variants, v)
			t.scanIdx = append(t.scanIdx, i)
		}
	}
	t.scan = dict.New(variants)
	for k := range t.english {
		t.wordKeys = append(t.wordKeys, k)
	}
	t.words = dict.New(t.wordKeys)
}

// parseTable reads the indicator data; it reports the first malformed or duplicated entry in err.
func parseTable(data string) *table {
	t := &table{chinese: map[string]int{}, english: map[string]int{}}
	defer t.index()
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.err = fmt.Errorf("indicators line %d: want 4 columns, got %d", n+1, len(cols))
			return t
		}
		in := Indicator{Name: cols[0], Class: cols[1]}
		for _, v := range strings.Split(cols[2], "|") {
			if v = zh.Normalize(strings.TrimSpace(v)); v != "" {
				in.Variants = append(in.Variants, v)
			}
		}
		for _, e := range strings.Split(cols[3], "|") {
			if e = strings.TrimSpace(e); e != "" {
				in.English = append(in.English, e)
			}
		}
		if !slices.Contains(in.Variants, zh.Normalize(in.Name)) {
			in.Variants = append([]string{zh.Normalize(in.Name)}, in.Variants...)
		}
		idx := len(t.list)
		in.Variants = dedupe(in.Variants)
		for _, v := range in.Variants {
			if old, dup := t.chinese[v]; dup {
				t.err = fmt.Errorf("indicators line %d: variant %q already names %s", n+1, v, t.list[old].Name)
				return t
			}
			t.chinese[v] = idx
		}
		for _, e := range in.English {
			k := englishKey(e)
			if old, dup := t.english[k]; dup && old == idx {
				t.err = fmt.Errorf("indicators line %d: English %q given twice", n+1, e)
				return t
			}
			if old, dup := t.english[k]; dup {
				t.err = fmt.Errorf("indicators line %d: English %q already names %s", n+1, e, t.list[old].Name)
				return t
			}
			t.english[k] = idx
		}
		t.list = append(t.list, in)
	}
	return t
}

// dedupe drops repeated strings, keeping the first of each.
func dedupe(ss []string) []string {
	var out []string
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Indicators returns the canonical indicators (Chinese name, Chinese variants seen in reports,
// English names and synonyms). The result is a copy the caller may change.
func Indicators() []Indicator {
	t := loadTable()
	out := make([]Indicator, len(t.list))
	for i, in := range t.list {
		out[i] = in.clone()
	}
	return out
}

// Lookup returns the canonical indicator for a Chinese wording (variant) or an English phrase,
// and whether it was found. Matching is exact after normalisation (NFKC, case, hyphens, plural
// endings); a leading 全镇/全区/全县/全市/全乡 is ignored.
func Lookup(phrase string) (Indicator, bool) {
	t := loadTable()
	p := strings.TrimSpace(zh.Normalize(phrase))
	if i, ok := t.chinese[p]; ok {
		return t.list[i].clone(), true
	}
	for _, scope := range []string{"全镇", "全区", "全县", "全市", "全乡", "全街道"} {
		if rest, ok := strings.CutPrefix(p, scope); ok {
			if i, ok := t.chinese[rest]; ok {
				return t.list[i].clone(), true
			}
		}
	}
	if i, ok := t.english[englishKey(phrase)]; ok {
		return t.list[i].clone(), true
	}
	return Indicator{}, false
}

// Find returns the indicators named in text — Chinese variants and English names, the longest
// wording winning where they overlap — in order of first appearance, each once.
func Find(text string) []Indicator {
	t := loadTable()
	type hit struct{ pos, idx int }
	var hits []hit
	norm := zh.Normalize(text)
	for _, m := range scanMentions(t, norm) {
		hits = append(hits, hit{m.start, m.ind})
	}
	// English: whole-word matches over the word keys, the longest phrase anywhere first, then in
	// key order and left to right, without reusing a word.
	words, offs := englishWords(norm)
	joined, starts := joinWords(words)
	var cands []dict.Match
	for m := range t.words.ScanAll(joined) {
		if _, first := slices.BinarySearch(starts, m.Start); first && (m.End == len(joined) || joined[m.End] == ' ') {
			cands = append(cands, m)
		}
	}
	nwords := func(m dict.Match) int { return strings.Count(joined[m.Start:m.End], " ") + 1 }
	slices.SortStableFunc(cands, func(a, b dict.Match) int {
		if na, nb := nwords(a), nwords(b); na != nb {
			return nb - na
		}
		if c := strings.Compare(t.wordKeys[a.ID], t.wordKeys[b.ID]); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
	used := make([]bool, len(words))
	for _, m := range cands {
		i, _ := slices.BinarySearch(starts, m.Start)
		n := nwords(m)
		if !slices.Contains(used[i:i+n], true) {
			for j := range n {
				used[i+j] = true
			}
			hits = append(hits, hit{offs[i], t.english[t.wordKeys[m.ID]]})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	var out []Indicator
	seen := map[int]bool{}
	for _, h := range hits {
		if !seen[h.idx] {
			seen[h.idx] = true
			out = append(out, t.list[h.idx].clone())
		}
	}
	return out
}

// englishKey normalises an English phrase for exact matching: lower case, hyphens and slashes
// as spaces, single spaces, and a plural "s" dropped from words of four letters or more.
func englishKey(s string) string {
	words, _ := englishWords(s)
	return strings.Join(words, " ")
}

// englishWords splits s into englishKey words, with each word's byte offset in s.
func englishWords(s string) ([]string, []int) {
	var words []string
	var offs []int
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(s[start:end])
		if len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		words = append(words, w)
		offs = append(offs, start)
		start = -1
	}
	for i, r := range s {
		word := r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '\'' || r == '.')
		if word && start < 0 {
			start = i
		}
		if !word {
			flush(i)
		}
	}
	flush(len(s))
	for i, w := range words {
		words[i] = strings.Trim(w, ".'")
	}
	return words, offs
}

// mention is an indicator wording found in normalised text.
type mention struct {
	start, end int // byte offsets in the normalised text
	ind        int // index in the table
}

// joinWords joins words with single spaces and returns the byte offset of each word in the result.
func joinWords(words []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	return b.String(), starts
}

// scanMentions finds indicator wordings in normalised text, longest match first, left to right,
// without overlaps. Wordings with Latin letters must not touch other Latin letters.
func scanMentions(t *table, s string) []mention {
	var out []mention
	latinAt := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return isLatin(r)
	}
	latinBefore := func(i int) bool {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return isLatin(r)
	}
	apart := func(m dict.Match) bool {
		return !(latinAt(m.Start) && m.Start > 0 && latinBefore(m.Start) ||
			latinBefore(m.End) && m.End < len(s) && latinAt(m.End))
	}
	for m := range t.scan.ScanFunc(s, apart) {
		out = append(out, mention{start: m.Start, end: m.End, ind: t.scanIdx[m.ID]})
	}
	return out
}

func isLatin(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }
