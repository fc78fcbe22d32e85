package answer

import (
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// PathUntranslated is the compose path of a question declined because it turns on a word the
// reports do not have (Trace.CouldNotFind names it).
const PathUntranslated = "untranslated"

// TraceVocabulary is how an English question's words reached the Chinese reports: each word or
// phrase with the layer that translated it (glossary, lexicon, literal, place, name or
// untranslated) and the Chinese words searched for it.
type TraceVocabulary struct {
	Terms []retrieval.EnglishTerm `json:"terms"`
	// Untranslated are the content words no layer translated, in question order.
	Untranslated []string `json:"untranslated,omitempty"`
	// Lexicon says why the store has no lexicon ("" when it has one).
	Lexicon string `json:"lexicon,omitempty"`
	// Grounding weighs the chosen sentence against the question's decisive words.
	Grounding *retrieval.Grounding `json:"grounding,omitempty"`
}

// noLexicon is the Trace's note for a store without a lexicon.
const noLexicon = "the store has no lexicon: English words outside the curated glossary are not translated; re-run `reportbot ingest`"

// recordVocabulary notes how an English question's words were translated.
func (t *Trace) recordVocabulary(p retrieval.Plan, res retrieval.Result) {
	if p.Lang != "en" {
		return
	}
	v := &TraceVocabulary{Terms: p.English}
	for _, e := range p.English {
		if e.Layer == retrieval.LayerUntranslated {
			v.Untranslated = append(v.Untranslated, e.Text)
		}
	}
	if res.Lexicon == nil {
		v.Lexicon = noLexicon
	}
	if res.Best != nil {
		if g, ok := res.Ground(p, *res.Best); ok {
			v.Grounding = &g
		}
	}
	t.Vocabulary = v
}

// groundedShare is the share of an English question's decisive words (retrieval.Grounding:
// each weighted by its specificity in the reports and its translation's credit) the best
// sentence must hold for the answer to count as grounded. It and the decisive words' bound
// (retrieval's decisiveShare) were chosen together on the team, holdout and held-out sets
// (BENCHMARKS.md, "Decisive words").
const groundedShare = 0.5

// grounded reports whether the best sentence answers the question. For an English question
// with a lexicon: when it holds groundedShare of the question's decisive words, or when it
// covers groundedCoverage of the question's weighted terms as they were weighed before lexicon
// words counted as concepts (Grounding.Split) and either no decisive word is untranslated or it
// scores at least untranslatedMinScore — unless its subject is a weak translation that no
// passage in scope holds (retrieval.Result.WeakSubjectAbsent). Otherwise (Chinese questions, no lexicon): when it
// covers groundedCoverage of the question's weighted terms.
func grounded(a retrieval.Plan, res retrieval.Result, b *retrieval.Evidence) bool {
	if res.Lexicon != nil {
		if g, ok := res.Ground(a, *b); ok {
			if _, absent := res.WeakSubjectAbsent(a, *b, g); absent {
				return false // its subject reaches the reports by a weak translation only, and nothing holds it
			}
			return g.Share >= groundedShare || g.Split >= groundedCoverage && (len(g.Missing) == 0 || g.SplitScore >= untranslatedMinScore)
		}
	}
	return b.Coverage >= groundedCoverage
}

// untranslatedMinScore is the best sentence's score (the IDF-weighted sum of the question terms
// it holds, Grounding.SplitScore) from which an answer that covers the rest of a question with
// an untranslated decisive word stands. On the team and holdout sets, answers that stand (the
// word was only worded otherwise: doses, lockdown, shipyard, rafts) score 3.1–11; answers from
// generic leftovers ("orchards … farms … planted", "golf courses … build") 0.5–2.6.
const untranslatedMinScore = 3.0

// untranslated handles an English question with decisive words no layer translates
// (retrieval.Grounding.Missing: content words absent from both the glossary and the reports'
// lexicon, specific enough among the question's words to decide it) and returns the compose
// path. An answer that is not grounded says which words are not in the reports instead of
// answering from the rest, and keeps the closest passages as citations (PathUntranslated). An
// answer that stands gets a Note naming them: a word the dictionary lacks is not always
// missing from the reports. Incidental words nothing translates ("milestone" beside "electric
// taxis") are not named. Without a lexicon nothing is said: most words are then unknown for
// want of it.
func untranslated(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if a.Lang != "en" || len(a.Untranslated) == 0 || res.Lexicon == nil {
		return path
	}
	missing := missingWords(a, res)
	if len(missing) == 0 {
		return path
	}
	if ans.Grounded {
		ans.Note = joinNotes(ans.Note, CouldNotFind(missing)+" The answer matches the rest of the question.")
		return path
	}
	ans.Grounded = false
	ans.Listed, ans.List = nil, nil
	ans.Text = CouldNotFind(missing)
	if len(ans.Citations) > 0 {
		ans.Text += " " + closest(ans.Citations)
	}
	return PathUntranslated
}

// missingWords are the decisive words of an English question that no layer translated
// (retrieval.Grounding.Missing of its best evidence).
func missingWords(a retrieval.Plan, res retrieval.Result) []string {
	var b retrieval.Evidence // nothing found: no sentence holds any word
	if res.Best != nil {
		b = *res.Best
	}
	g, _ := res.Ground(a, b)
	return g.Missing
}

// didYouMean puts "Did you mean 浍沟镇 (Huigou)?" first in the Note of an answer to a question
// that misspells a place's pinyin (the plan took it for that place).
func didYouMean(a retrieval.Plan, ans *Answer) {
	if len(a.Suggested) == 0 {
		return
	}
	var names []string
	for _, s := range a.Suggested {
		names = append(names, s.Name+" ("+s.Pinyin+")")
	}
	ans.Note = joinNotes("Did you mean "+strings.Join(names, ", ")+"?", ans.Note)
}

// closest names the first citations as the passages closest to the rest of the question.
func closest(cs []Citation) string {
	return "The passages closest to the rest of the question are from " + closestRefs("en", cs) + "."
}

func joinNotes(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// CouldNotFind is the decline for words the reports do not have: "I could not find 'orchards'
// in the reports."
func CouldNotFind(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "'" + w + "'"
	}
	var list string
	switch n := len(quoted); n {
	case 1:
		list = quoted[0]
	default:
		list = strings.Join(quoted[:n-1], ", ") + " or " + quoted[n-1]
	}
	return "I could not find " + list + " in the reports."
}
