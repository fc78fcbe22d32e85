package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// English clippings: a Slack user writes "govt.", "dist.", "ind." and "approx." for the words
// the glossary and the lexicon know ("Liuzhou dist. – how many market players…", "the Panjin
// district's govt. service center"). Neither has the clipped form, and WordNet knows only a few
// ("yr"), so the word was dropped or, worse, read as "not in the reports". expandEnAbbrev writes
// the whole word back before the question is planned.

// enAbbrevs are common written English abbreviations of words the reports' topics use. Those
// marked dotted are English words or other abbreviations too ("ind", "dist", "dev", "pop") and
// are read as clippings only when a full stop follows them inside the question; the others are
// no English word and are expanded with or without the stop.
var enAbbrevs = map[string]struct {
	word   string
	dotted bool
}{
	"govt": {"government", false}, "gov": {"government", true}, "dept": {"department", false},
	"depts": {"departments", false}, "dist": {"district", true}, "twp": {"township", false},
	"ind": {"industrial", true}, "indus": {"industrial", true}, "mfg": {"manufacturing", false},
	"intl": {"international", false}, "natl": {"national", false}, "approx": {"approximately", false},
	"avg": {"average", false}, "incl": {"including", false}, "tgt": {"target", false},
	"mgmt": {"management", false}, "yr": {"year", false}, "yrs": {"years", false},
	"dev": {"development", true}, "econ": {"economic", true}, "agri": {"agricultural", true},
	"env": {"environmental", true}, "edu": {"education", true}, "pop": {"population", true},
	"prod": {"production", true}, "rev": {"revenue", true}, "infra": {"infrastructure", false},
	"invest": {"investment", true}, "inv": {"investment", true}, "svc": {"service", false},
	"svcs": {"services", false}, "est": {"estimated", true}, "emp": {"employment", true},
	"res": {"residents", true}, "admin": {"administration", true}, "sch": {"school", true},
	"hosp": {"hospital", true}, "transp": {"transport", true}, "assoc": {"association", true},
	"corp": {"corporation", true}, "cos": {"companies", true}, "enterp": {"enterprise", true},
}

// reEnAbbrevWord is a word of letters with an optional full stop after it.
var reEnAbbrevWord = lazyre.New(`(?i)\b([a-z]+)(\.)?`)

// expandEnAbbrev returns q with the abbreviations of enAbbrevs written out whole: a dotted one
// only when its stop is followed by more of the question (a space and a word or a dash), so
// that a sentence's last word ("…in the district of Ind.") is not mistaken for one. The stop of
// an expanded clipping is dropped. Capitalised abbreviations keep their capital.
func expandEnAbbrev(q string) string {
	if !strings.ContainsFunc(q, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) {
		return q
	}
	var b strings.Builder
	last := 0
	for _, m := range reEnAbbrevWord.FindAllStringSubmatchIndex(q, -1) {
		w := q[m[2]:m[3]]
		if m[2] > 0 && (q[m[2]-1] == '\'' || q[m[2]-1] == '-' || q[m[2]-1] == '.') {
			continue // "co-ops", "e.g.", a clipping's own parts
		}
		if m[3] < len(q) && (q[m[3]] == '-' || q[m[3]] == '\'') {
			continue // part of a hyphenated word or a contraction
		}
		ab, ok := enAbbrevs[strings.ToLower(w)]
		if !ok {
			continue
		}
		dot := m[4] >= 0
		if ab.dotted && !(dot && stopInside(q[m[1]:])) {
			continue
		}
		word := ab.word
		if w[0] >= 'A' && w[0] <= 'Z' {
			word = strings.ToUpper(word[:1]) + word[1:]
		}
		b.WriteString(q[last:m[2]])
		b.WriteString(word)
		last = m[3]
		if dot && m[1] < len(q) {
			last = m[1] // the clipping's stop, inside the question
		}
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// stopInside reports whether rest, the question after a clipping's stop, goes on: a space (or
// a no-break space, two bytes in UTF-8) and more after it.
func stopInside(rest string) bool {
	for _, sp := range []string{" ", "\u00a0"} {
		if after, ok := strings.CutPrefix(rest, sp); ok {
			return strings.TrimSpace(after) != ""
		}
	}
	return false
}
