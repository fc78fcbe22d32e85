package places

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Suggestion is a place a question probably means although it misspells the name's pinyin:
// "Huigu town" for 浍沟镇 (Huigou).
type Suggestion struct {
	// Word is the misspelt word as the question writes it; Start and End its byte span.
	Word       string
	Start, End int
	// Name is the place (a candidate given to NewMatcher); Pinyin its usual spelling, capitalised.
	Name   string
	Pinyin string
}

// fuzzyName is one spelling of a candidate name for Suggest: its syllables.
type fuzzyName struct {
	name string
	syl  []string
}

// fuzzyNames returns the pinyin readings of the matcher's candidates (bases of two characters
// or more, the usual reading and the polyphone variants).
func (m *Matcher) fuzzyNames() []fuzzyName {
	m.fuzzyOnce.Do(func() {
		for _, c := range m.candidates {
			base := Base(c)
			if utf8.RuneCountInString(base) < 2 || Withheld(c) {
				continue
			}
			for _, r := range readings(base) {
				m.fuzzy = append(m.fuzzy, fuzzyName{name: c, syl: r})
			}
		}
	})
	return m.fuzzy
}

// Suggest returns the places a question names with a misspelt pinyin: a word of four letters or
// more that is written with a capital or followed by a level word ("Huigu town", "Shengzhe",
// "Daxi"), is no exact mention, and is within one letter (two when name and word both have
// seven letters or more) of exactly one candidate's pinyin, or differs from it in one syllable that keeps its
// initial letter ("Huigu" for hui-gou, "Daxi" for dai-xi). Gazetteer names are never suggested:
// among thousands, a near miss is ambiguous.
func (m *Matcher) Suggest(question string) []Suggestion {
	words := latinWords(question)
	exact := m.latin(question)
	var out []Suggestion
	for i, w := range words {
		if len(w.text) < 4 || slices.ContainsFunc(exact, func(mt Mention) bool { return w.start < mt.End && mt.Start < w.end }) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(question[w.start:])
		if sfx, _ := levelAt(words, i+1); !unicode.IsUpper(first) && sfx == nil {
			continue
		}
		if name, ok := m.nearest(w.text); ok {
			out = append(out, Suggestion{Word: question[w.start:w.end], Start: w.start, End: w.end,
				Name: name, Pinyin: capitalise(PinyinBase(name))})
		}
	}
	return out
}

// nearest returns the one candidate whose pinyin is closest to word within the limits Suggest
// describes, and false when none is or when two names are equally close.
func (m *Matcher) nearest(word string) (string, bool) {
	best, bestName, tie := 3, "", false
	for _, f := range m.fuzzyNames() {
		key := strings.Join(f.syl, "")
		d := editDistance(word, key, 2)
		limit := 1
		if len(key) >= 7 && len(word) >= 7 {
			limit = 2
		}
		if d > limit {
			d = 3
		}
		if d == 3 && oneSyllableOff(word, f.syl) {
			d = 2
		}
		switch {
		case d == 0 || d >= 3:
		case d < best:
			best, bestName, tie = d, f.name, false
		case d == best && f.name != bestName:
			tie = true
		}
	}
	return bestName, bestName != "" && !tie
}

// oneSyllableOff reports whether word is the syllables syl with one of them replaced by another
// spelling that starts with the same letter ("huigu" for hui-gou), the name having at least two
// syllables.
func oneSyllableOff(word string, syl []string) bool {
	if len(syl) < 2 {
		return false
	}
	for i, s := range syl {
		pre, suf := strings.Join(syl[:i], ""), strings.Join(syl[i+1:], "")
		if len(word) <= len(pre)+len(suf) || !strings.HasPrefix(word, pre) || !strings.HasSuffix(word, suf) {
			continue
		}
		mid := word[len(pre) : len(word)-len(suf)]
		if mid != s && len(mid) <= 6 && mid[0] == s[0] {
			return true
		}
	}
	return false
}

// editDistance is the Damerau–Levenshtein (optimal string alignment) distance between two ASCII
// words, or max+1 when it exceeds max.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
