package retrieval

import (
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/en/related"
	"github.com/reportbot/reportbot/internal/glossary"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// phrasal is a verb + particle of a question that WordNet holds as one verb (internal/en/related:
// "fix_up", "hand_out"), with what it was rendered as.
type phrasal struct {
	Start, End int      // byte span of the pair in the question
	Lemma      string   // the WordNet lemma, words joined by a space ("hand out")
	Via        string   // the single-word synonym it was rendered through ("distribute"); "" if none
	Chinese    []string // the renderings, heaviest first; none when no synonym renders
	Weights    []float64
	Layer      string // LayerGlossary or LayerLexicon, the layer that rendered Via
	Conf, Fcs  float64
}

// phrasalVerbs finds the phrasal verbs of q: a word followed by a particle such that WordNet
// lists the verb (in any inflection: "signed up" → sign_up) with that particle as one lemma. A
// phrasal verb means something its verb alone does not ("hand out" is to distribute, "hand" is
// 手; "signed up" is no 签约), so it is rendered whole, through the first synonym of its first
// sense the glossary or the lexicon renders, and otherwise not at all; its particle is never a
// subject. The growth words the planner reads itself ("went up") are left to it.
func phrasalVerbs(lex *lexicon.Lexicon, q string) []phrasal {
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
		ph.render(lex)
		out = append(out, ph)
		i++
	}
	return out
}

// render sets the renderings of a phrasal verb from the first single-word synonym (or word of
// its family) the curated glossary has whole, else from the lexicon's renderings of its first
// few synonyms the lexicon renders with credit, joined: the senses of a phrasal verb are many
// ("work out": elaborate, exercise, calculate) and the question alone does not say which; a
// report's sentence that holds any of them holds the verb.
func (ph *phrasal) render(lex *lexicon.Lexicon) {
	syns := slices.DeleteFunc(related.Of(strings.ReplaceAll(ph.Lemma, " ", "_")), func(w related.Word) bool { return strings.Contains(w.Text, " ") })
	for _, s := range syns {
		gs := glossary.Default().Translate(s.Text)
		if len(gs) == 1 && gs[0].Start == 0 && gs[0].End == len(s.Text) && len(gs[0].Chinese) > 0 {
			ph.Via, ph.Layer, ph.Chinese = s.Text, LayerGlossary, gs[0].Chinese
			ph.Weights = repeatWeight(1, len(gs[0].Chinese))
			return
		}
	}
	if lex == nil {
		return
	}
	n := 0
	for _, s := range syns {
		tr := lex.Translate(s.Text)
		if n == maxPhrasalSenses || len(tr.Matches) != 1 || tr.Matches[0].End-tr.Matches[0].Start != len(s.Text) {
			continue
		}
		m := tr.Matches[0]
		rs := renderings(m.Terms)
		if len(rs) == 0 || lexiconCredit(m.Confidence) < minCredit {
			continue
		}
		n++
		if ph.Via == "" {
			ph.Layer, ph.Conf, ph.Fcs, ph.Via = LayerLexicon, m.Confidence, rs[0].Weight, s.Text
		} else {
			ph.Via += ", " + s.Text
		}
		for _, t := range rs {
			if !slices.Contains(ph.Chinese, t.Chinese) {
				ph.Chinese = append(ph.Chinese, t.Chinese)
				ph.Weights = append(ph.Weights, phrasalGuess*lexiconWeight*t.Weight*m.Confidence/float64(n))
			}
		}
	}
}

const (
	// maxPhrasalSenses bounds the synonyms a phrasal verb is rendered through by the lexicon.
	maxPhrasalSenses = 3
	// phrasalGuess scales the lexicon's renderings of a phrasal verb's synonyms: which sense the
	// asker means is a guess ("build up" firefighters is no 扎实推进 for progress), so they
	// weigh half a lexicon word's and cannot pull the search away from the question's nouns.
	phrasalGuess = 0.5
)

// applyPhrasal reads the phrasal verbs of q before the single words: the glossary's matches
// inside a phrasal verb are dropped (a phrase the glossary knows whole stays), the verb's
// renderings are added as its terms, and its bytes are marked covered so that neither the
// lexicon nor the literal layer reads its verb or particle alone. It returns the glossary
// matches kept.
func (a *Plan) applyPhrasal(lex *lexicon.Lexicon, q string, gm []glossary.Match, covered []bool) []glossary.Match {
	for _, ph := range phrasalVerbs(lex, q) {
		if slices.ContainsFunc(gm, func(g glossary.Match) bool { return g.Start <= ph.Start && g.End >= ph.End }) {
			continue // the glossary's own phrase ("set up" inside a longer entry)
		}
		gm = slices.DeleteFunc(gm, func(g glossary.Match) bool { return g.Start < ph.End && ph.Start < g.End })
		for i := ph.Start; i < ph.End && i < len(covered); i++ {
			covered[i] = true
		}
		if len(ph.Chinese) == 0 {
			continue
		}
		text := q[ph.Start:ph.End]
		et := EnglishTerm{Text: text, Layer: ph.Layer, Chinese: ph.Chinese, Weights: ph.Weights, Via: ph.Via, At: ph.Start, phrasal: true}
		t := Term{From: text, Variants: ph.Chinese, Weight: 1}
		if ph.Layer == LayerLexicon {
			et.Confidence, et.Focus = ph.Conf, ph.Fcs
			t.Weight, t.Lexical = phrasalGuess*lexiconCredit(ph.Conf)*ph.Fcs, ph.Weights
		}
		a.Terms = append(a.Terms, t)
		a.English = append(a.English, et)
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
