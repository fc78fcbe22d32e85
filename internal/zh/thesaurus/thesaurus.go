// Package thesaurus holds the reviewed Chinese thesaurus of government work reports: the
// everyday or spoken word an asker uses (翻新, 老小区, 摄像头, 体检) beside the formal word the
// reports write for the same thing (改造, 老旧小区, 视频监控探头, 查体), which CC-CEDICT does not
// link. thesaurus.txt says how it was made and checked.
package thesaurus

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed thesaurus.txt
var source string

// Thesaurus maps each asker's word to the words the reports may write for it.
type Thesaurus struct {
	alts   map[string][]string
	maxLen int // the longest word, in runes
}

// Match is a word of the thesaurus found in a text, with the words the reports may write for it.
type Match struct {
	// Word is the asker's word as the text writes it.
	Word string
	// At and End are its byte offsets in the text.
	At, End int
	// Alternatives are the reports' words for it, the Word itself excluded.
	Alternatives []string
}

// Parse reads a thesaurus in the format of thesaurus.txt: one group a line, "a b = c d" for
// words that may stand for each other, "a b > c d" for asker's words a and b that the reports
// write as c or d. A word of one character, or a line with neither operator or an empty side, is
// an error naming the line.
func Parse(text string) (*Thesaurus, error) {
	th := &Thesaurus{alts: map[string][]string{}}
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		op := "="
		if strings.Contains(line, ">") {
			op = ">"
		}
		left, right, ok := strings.Cut(line, op)
		ls, rs := strings.Fields(left), strings.Fields(right)
		if !ok || len(ls) == 0 || len(rs) == 0 || strings.Contains(right, "=") || strings.Contains(right, ">") {
			return nil, fmt.Errorf("thesaurus line %d: want \"a b = c d\" or \"a b > c d\": %q", n+1, line)
		}
		for _, w := range slices.Concat(ls, rs) {
			if utf8.RuneCountInString(w) < 2 {
				return nil, fmt.Errorf("thesaurus line %d: %q is a single character, too loose a sense", n+1, w)
			}
		}
		askers := ls
		if op == "=" {
			askers = slices.Concat(ls, rs)
		}
		for _, a := range askers {
			for _, w := range slices.Concat(ls, rs) {
				if w != a && (op == "=" || !slices.Contains(ls, w)) && !slices.Contains(th.alts[a], w) {
					th.alts[a] = append(th.alts[a], w)
				}
			}
			th.maxLen = max(th.maxLen, utf8.RuneCountInString(a))
		}
	}
	return th, nil
}

var (
	once    sync.Once
	loaded  *Thesaurus
	errLoad error
)

// Default returns the embedded thesaurus (thesaurus.txt), parsed once.
func Default() (*Thesaurus, error) {
	once.Do(func() { loaded, errLoad = Parse(source) })
	return loaded, errLoad
}

// Alternatives returns the words the reports may write for the asker's word w.
func (th *Thesaurus) Alternatives(w string) []string {
	if th == nil {
		return nil
	}
	return th.alts[w]
}

// Find returns the thesaurus words of s, longest first at each position and not overlapping.
func (th *Thesaurus) Find(s string) []Match {
	if th == nil {
		return nil
	}
	var out []Match
	for i := 0; i < len(s); {
		found := false
		for n := th.maxLen; n >= 2 && !found; n-- {
			end, ok := runeEnd(s, i, n)
			if !ok {
				continue
			}
			if alts, ok := th.alts[s[i:end]]; ok {
				out = append(out, Match{Word: s[i:end], At: i, End: end, Alternatives: alts})
				i, found = end, true
			}
		}
		if !found {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return out
}

// runeEnd returns the byte offset n runes after i in s.
func runeEnd(s string, i, n int) (int, bool) {
	for ; n > 0; n-- {
		if i >= len(s) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i, true
}
