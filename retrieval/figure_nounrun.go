package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en"
)

// A how-many question's noun can run past its first two words: "how many comprehensive elderly
// care service centers does Qidu plan to build" counts centers, and the report writes the count
// right after that head (…综合养老服务中心3处), away from the modifiers' wordings. reEnHowMany
// reads two words and thirdNounWord one more; nounRun reads the rest of the noun up to the verb.

// auxiliaries end a how-many noun's run: the question's verb follows ("… centers does Qidu plan").
var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "were": true, "was": true, "are": true, "is": true, "has": true, "have": true, "had": true}

// runBreaks are prepositions nounStop lacks: a run through one is no single noun.
var runBreaks = map[string]bool{"per": true, "on": true, "into": true, "across": true, "among": true, "within": true,
	"during": true, "through": true, "about": true, "after": true, "before": true, "between": true, "than": true,
	"via": true, "around": true, "near": true, "along": true, "like": true, "since": true}

// maxNounRun is how many words after a how-many question's two-word noun nounRun reads.
const maxNounRun = 4

// nounRun returns the plain words after a how-many question's two-word noun (m, reEnHowMany's
// match, perhaps in a shortened q) up to the question's verb (auxiliaries), at most maxNounRun of them; nil when the run meets
// a preposition or does not end at a verb within its limit (then the words are not the noun's).
func nounRun(q string, m []string) []string {
	h := strings.Index(q, "how many ")
	if h < 0 || m[2] == "" {
		return nil
	}
	// howManyMods matches past the modifiers, in a shortened question: find its two words.
	two := " " + m[1] + " " + m[2]
	i := strings.Index(q[h:], two)
	if i < 0 {
		return nil
	}
	if !nounNext(m[2]) {
		return nil // "how many tonnes of …", "how many volunteers did …": no two-word noun
	}
	var run []string
	for _, f := range strings.Fields(q[h+i+len(two):]) {
		w := strings.TrimRight(f, "?.,!;:")
		if auxiliaries[w] {
			return run
		}
		if nounStop[w] || runBreaks[w] || w != f || !reEnWord.MatchString(w) || reEnWord.FindString(w) != w || !nounNext(w) || len(run) == maxNounRun {
			return nil // a preposition ("places per thousand people"): the noun ended before it
		}
		run = append(run, w)
	}
	return nil
}

// headRun is the rest of a how-many question's noun (nounRun) when its head, the run's last
// word, is worded in Chinese as a noun would be counted (askedWordings: the glossary's, or the
// lexicon's at nounWeight): then the count is of that head ("service centers" → 中心), else nil.
func headRun(p Plan, m []string) []string {
	run := nounRun(p.Norm, m)
	if len(run) < 2 || !slices.ContainsFunc(p.Terms, func(t Term) bool {
		return t.Weight >= nounWeight && slices.ContainsFunc(strings.Fields(strings.ToLower(t.From)), func(f string) bool {
			return wordOf(run[len(run)-1], f)
		})
	}) {
		return nil
	}
	return run
}

// wordOf reports whether question word w is term word f or its plural, in either spelling: the
// glossary knows its phrases in American spelling (en.American), and "centres" of a British
// question is the "centers" of its term "elderly care centers".
func wordOf(w, f string) bool {
	if w == f || w == f+"s" || w == f+"es" {
		return true
	}
	return slices.ContainsFunc(en.American(w), func(us string) bool { return us == f || us == f+"s" || us == f+"es" })
}
