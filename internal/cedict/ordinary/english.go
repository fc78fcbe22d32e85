package ordinary

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/internal/cedict"
)

//go:embed english.txt
var englishData string

// englishMagic opens the English file; a line naming the source follows, then a line with the
// byte sizes of its two sections: the English words CC-CEDICT's senses use in lower case, one a
// line, sorted; then the capitalised words that open a sense, each with up to maxNameForms
// headwords of such senses, "Name<TAB>headword headword…" a line, sorted by name.
const englishMagic = "reportbot-english1\n"

// maxNameForms bounds the headwords kept for one capitalised word.
const maxNameForms = 8

// english holds the two sections of the English file, parsed once.
var english = func() [2]string {
	s, err := parseEnglish(englishData)
	if err != nil {
		panic(err) // the embedded file is checked by TestUpToDate
	}
	return s
}()

// CommonEnglish reports whether CC-CEDICT's senses use the lower-case ASCII word w (an ordinary
// English word, not a name): "town", "revenue".
func CommonEnglish(w string) bool {
	_, ok := lookupLine(english[0], w, false)
	return ok
}

// NameForms returns the headwords (at most eight, in headword order) of senses that open with
// the capitalised word name: "Tongli" → none, "Beijing" → 北京, ….
func NameForms(name string) []string {
	line, ok := lookupLine(english[1], name, true)
	if !ok {
		return nil
	}
	_, forms, _ := strings.Cut(line, "\t")
	return strings.Fields(forms)
}

// lookupLine binary-searches the sorted, newline-terminated lines of sec for the one whose key
// (the line, or with tabbed its part before a tab) is key, in place.
func lookupLine(sec, key string, tabbed bool) (string, bool) {
	lo, hi := 0, len(sec) // both at line starts
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		start := strings.LastIndexByte(sec[:mid], '\n') + 1
		end := start + strings.IndexByte(sec[start:], '\n')
		line := sec[start:end]
		k := line
		if tabbed {
			k, _, _ = strings.Cut(line, "\t")
		}
		switch c := strings.Compare(k, key); {
		case c == 0:
			return line, true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// EnglishWords derives the two word sets from d's senses: ASCII letter runs in lower case are
// common words; a capitalised run that opens a sense names its entry (up to maxNameForms
// entries, in d's order).
func EnglishWords(d *cedict.Dictionary) (common map[string]bool, names map[string][]string) {
	common, names = map[string]bool{}, map[string][]string{}
	for _, e := range d.Entries {
		for _, s := range e.Senses() {
			for i := 0; i < len(s); {
				if !isLetter(s[i]) {
					i++
					continue
				}
				j := i
				for j < len(s) && isLetter(s[j]) {
					j++
				}
				w := s[i:j]
				switch {
				case w[0] >= 'a' && w[0] <= 'z':
					common[w] = true
				case i == 0 && len(names[w]) < maxNameForms && !slices.Contains(names[w], e.Headword):
					names[w] = append(names[w], e.Headword)
				}
				i = j
			}
		}
	}
	return common, names
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// EncodeEnglish writes the English file for dictionary d.
func EncodeEnglish(d *cedict.Dictionary) []byte {
	common, names := EnglishWords(d)
	var words, named strings.Builder
	for _, w := range slices.Sorted(maps.Keys(common)) {
		words.WriteString(w + "\n")
	}
	for _, k := range slices.Sorted(maps.Keys(names)) {
		named.WriteString(k + "\t" + strings.Join(names[k], " ") + "\n")
	}
	header := englishMagic + "# English words of CC-CEDICT's senses, from " + strings.ReplaceAll(d.Header, "\n", " ") + "\n" +
		strconv.Itoa(words.Len()) + " " + strconv.Itoa(named.Len()) + "\n"
	return []byte(header + words.String() + named.String())
}

// parseEnglish splits an encoded English file into its two sections.
func parseEnglish(s string) ([2]string, error) {
	var out [2]string
	bad := func(what string) error {
		return fmt.Errorf("file of English words: damaged %s (regenerate it with `go generate ./internal/cedict/ordinary`)", what)
	}
	rest, ok := strings.CutPrefix(s, englishMagic)
	if !ok {
		return out, bad("header")
	}
	if _, rest, ok = strings.Cut(rest, "\n"); !ok {
		return out, bad("header")
	}
	sizes, rest, ok := strings.Cut(rest, "\n")
	f := strings.Fields(sizes)
	if !ok || len(f) != 2 {
		return out, bad("sizes")
	}
	for i := range out {
		n, err := strconv.Atoi(f[i])
		if err != nil || n < 0 || n > len(rest) || n > 0 && rest[n-1] != '\n' {
			return out, bad("sizes")
		}
		out[i], rest = rest[:n], rest[n:]
	}
	if rest != "" {
		return out, bad("sections")
	}
	return out, nil
}
