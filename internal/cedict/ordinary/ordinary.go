// Package ordinary tells ordinary Chinese words from names without decoding CC-CEDICT: it
// embeds the dictionary's headwords of two to four characters that have a sense in lower case
// (推动, 健康村: ordinary words, not only names), sorted, in fixed-width records that a lookup
// searches in place. The question path asks it whether a place-like word of a question (同里镇,
// 区域) is a word or an unknown name; decoding the whole dictionary for that cost 50–80 ms of a
// one-shot `ask`.
//
// The file is derived from internal/cedict's data by `go generate` (./gen); TestUpToDate checks
// the committed file. Like its source it is licensed CC BY-SA 4.0 (attribution: CC-CEDICT, MDBG).
package ordinary

//go:generate go run ./gen -o words.bin -en english.txt

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/cedict"
)

//go:embed words.bin
var data string

// magic opens the file; a line naming the source follows, then a line with the counts of the
// two-, three- and four-character words, then their records: each word's UTF-8 bytes (three per
// character), sorted, with no separators.
const magic = "reportbot-ordinary1\n"

// minRunes and maxRunes bound the words held: a question's place-like word is a base of one or
// two characters and a level word of one or two (乌镇, 同里镇, 城关街道).
const minRunes, maxRunes = 2, 4

// sections are the records by word length (index: characters − minRunes), parsed once.
var sections = func() [maxRunes - minRunes + 1]string {
	s, err := parse(data)
	if err != nil {
		panic(err) // the embedded file is checked by TestUpToDate
	}
	return s
}()

// Has reports whether w is a CC-CEDICT headword of two to four characters with a sense in lower
// case (an ordinary word). Words with characters outside the Basic Multilingual Plane are not
// held.
func Has(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < minRunes || n > maxRunes || len(w) != 3*n {
		return false
	}
	sec, k := sections[n-minRunes], len(w)
	at := func(m int) string { return sec[m*k : (m+1)*k] }
	m := sort.Search(len(sec)/k, func(m int) bool { return at(m) >= w })
	return m < len(sec)/k && at(m) == w
}

// IsOrdinary is the rule the file holds: a sense that starts in lower case or with a
// parenthesised note ("(of a price) …").
func IsOrdinary(e cedict.Entry) bool {
	for _, s := range e.Senses() {
		if s != "" && (s[0] >= 'a' && s[0] <= 'z' || s[0] == '(') {
			return true
		}
	}
	return false
}

// Encode writes the file for dictionary d.
func Encode(d *cedict.Dictionary) []byte {
	var secs [maxRunes - minRunes + 1][]string
	for _, e := range d.Entries {
		n := utf8.RuneCountInString(e.Headword)
		if n >= minRunes && n <= maxRunes && len(e.Headword) == 3*n && IsOrdinary(e) {
			secs[n-minRunes] = append(secs[n-minRunes], e.Headword)
		}
	}
	var b strings.Builder
	b.WriteString(magic)
	b.WriteString("# CC-CEDICT headwords with a lower-case sense, from " + strings.ReplaceAll(d.Header, "\n", " ") + "\n")
	for i := range secs {
		slices.Sort(secs[i])
		secs[i] = slices.Compact(secs[i])
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(len(secs[i])))
	}
	b.WriteByte('\n')
	for _, sec := range secs {
		for _, w := range sec {
			b.WriteString(w)
		}
	}
	return []byte(b.String())
}

// parse splits an encoded file into its sections.
func parse(s string) ([maxRunes - minRunes + 1]string, error) {
	var out [maxRunes - minRunes + 1]string
	bad := func(what string) error {
		return fmt.Errorf("ordinary words file: damaged %s (regenerate it with `go generate ./internal/cedict/ordinary`)", what)
	}
	rest, ok := strings.CutPrefix(s, magic)
	if !ok {
		return out, bad("header")
	}
	_, rest, ok = strings.Cut(rest, "\n") // the source line
	if !ok {
		return out, bad("header")
	}
	counts, rest, ok := strings.Cut(rest, "\n")
	fields := strings.Fields(counts)
	if !ok || len(fields) != len(out) {
		return out, bad("counts")
	}
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		size := n * 3 * (i + minRunes)
		if err != nil || n < 0 || size > len(rest) {
			return out, bad("counts")
		}
		out[i], rest = rest[:size], rest[size:]
	}
	if rest != "" {
		return out, bad("records")
	}
	return out, nil
}
