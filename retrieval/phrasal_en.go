package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en/related"
	"github.com/reportbot/reportbot/internal/glossary"
)

// phrasal is a verb + particle of a question that WordNet holds as one verb (internal/en/related:
// "work_out", "fix_up"), with what it was rendered as.
type phrasal struct {
	Start, End int      // byte span of the pair in the question
	Lemma      string   // the WordNet lemma, words joined by a space ("work out")
	Via        string   // the single-word synonym it was rendered through ("exercise")
	Chinese    []string // the glossary's renderings of Via
}

// phrasalVerbs finds the phrasal verbs of q that the glossary can render: a word followed by a
// particle such that WordNet lists the verb (in any inflection: "worked out" → work_out) with
// that particle as one lemma, and one of the lemma's synonyms is a word the curated glossary
// has ("work out": exercise, 体育锻炼). A phrasal verb means something its verb alone does not
// ("work" is a planner's word, "fix" is 固定), so it is then read whole and its particle is no
// subject; a pair the glossary cannot render is read word by word, as before. The growth words
// the planner reads itself ("went up") and light verbs are left alone.
func phrasalVerbs(q string) []phrasal {
	var out []phrasal
	words := reEnWord.FindAllStringIndex(q, -1)
	for i := 0; i+1 < len(words); i++ {
		v, p := words[i], words[i+1]
		if q[v[1]:p[0]] != " " {
			continue
		}
		particle := strings.ToLower(q[p[0]:p[1]])
		if !slices.Contains(related.Particles, particle) {
			continue
		}
		verb := strings.ToLower(q[v[0]:v[1]])
		if reRoseQ.MatchString(verb+" "+particle) || lightVerb(verb) {
			continue
		}
		lemma := ""
		for _, b := range append([]string{verb}, related.Bases(verb)...) {
			if related.Has(b + "_" + particle) {
				lemma = b + "_" + particle
				break
			}
		}
		if lemma == "" {
			continue
		}
		ph := phrasal{Start: v[0], End: p[1], Lemma: strings.ReplaceAll(lemma, "_", " ")}
		if ph.render(); len(ph.Chinese) == 0 {
			continue // read word by word, as before
		}
		out = append(out, ph)
		i++
	}
	return out
}

// render sets the renderings of a phrasal verb from the first single-word synonym (or word of
// its family) the curated glossary has whole. The lexicon's renderings of the synonyms are not
// used: a phrasal verb has many senses ("tear down": level, raze, dismantle; "build up":
// progress, arm, develop) and the lexicon would search the first it knows, whichever the asker
// meant, where the verb's own reading often holds the phrase already (CC-CEDICT glosses 拆除 "to
// tear down", which the lexicon keys under "tear").
func (ph *phrasal) render() {
	for _, s := range related.Of(strings.ReplaceAll(ph.Lemma, " ", "_")) {
		if !strings.Contains(s.Text, " ") && glossaryWhole(s.Text) {
			ph.Via, ph.Chinese = s.Text, glossary.Default().Translate(s.Text)[0].Chinese
			return
		}
	}
}

// applyPhrasal reads the phrasal verbs of q before the single words: the glossary's matches
// inside a phrasal verb are dropped (a phrase the glossary knows whole stays), the verb's
// renderings are added as its terms, and its bytes are marked covered so that neither the
// lexicon nor the literal layer reads its verb or particle alone. It returns the glossary
// matches kept.
func (a *Plan) applyPhrasal(q string, gm []glossary.Match, covered []bool) []glossary.Match {
	for _, ph := range phrasalVerbs(q) {
		if slices.ContainsFunc(gm, func(g glossary.Match) bool { return g.Start <= ph.Start && g.End >= ph.End }) {
			continue // the glossary's own phrase ("bring in", 引进)
		}
		gm = slices.DeleteFunc(gm, func(g glossary.Match) bool { return g.Start < ph.End && ph.Start < g.End })
		for i := ph.Start; i < ph.End && i < len(covered); i++ {
			covered[i] = true
		}
		text := q[ph.Start:ph.End]
		a.Terms = append(a.Terms, Term{From: text, Variants: ph.Chinese, Weight: 1})
		a.English = append(a.English, EnglishTerm{Text: text, Layer: LayerGlossary, Chinese: ph.Chinese, Weights: repeatWeight(1, len(ph.Chinese)), Via: ph.Via, At: ph.Start, phrasal: true})
	}
	return gm
}

// lightVerbs are the verbs whose pairs with a particle are mostly parts of longer idioms ("get
// off the ground", "come up with", "take up the slack"), which WordNet's two-word lemma
// (get_off: send) does not mean: they are read word by word, as before.
var lightVerbs = []string{"be", "come", "do", "get", "go", "have", "keep", "let", "make", "put", "take"}

// lightVerb reports whether w is a form of one of lightVerbs.
func lightVerb(w string) bool {
	if slices.Contains(lightVerbs, w) {
		return true
	}
	switch w {
	case "is", "are", "was", "were", "been", "came", "did", "does", "done", "got", "gotten", "went", "gone", "has", "had", "kept", "made", "took", "taken":
		return true
	}
	return slices.ContainsFunc(related.Bases(w), func(b string) bool { return slices.Contains(lightVerbs, b) })
}

// glossaryWhole reports whether the curated glossary has w whole.
func glossaryWhole(w string) bool {
	gs := glossary.Default().Translate(w)
	return len(gs) == 1 && gs[0].Start == 0 && gs[0].End == len(w) && len(gs[0].Chinese) > 0
}
