package retrieval

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/places"
	"github.com/reportbot/reportbot/internal/zh"
)

// Grounding an English answer on the question's decisive words. An English question reaches
// the reports through layers of translation (vocab.go), and its words differ in how much they
// decide: "documentary" in "What kind of documentary park does Lili plan to build?" decides,
// "kind", "plan" and "build" do not. A word weighs by
//   - its specificity in the reports: the IDF of its Chinese rendering, as sentence scoring
//     weighs tokens, so that words most passages hold (build: 建设) count little;
//   - for a lexicon word, the credit of its translation (the lexicon's confidence) and its
//     focus (the share of its heaviest rendering: "documentary" means 纪录片 and nothing else,
//     "kind" any of 类, 新型, 特种, 各种 …), so that a vague word counts little whatever rare
//     word one of its senses happens to be;
//   - for a word nothing translates, what sentence scoring gives a token no passage holds.
// The decisive words are those weighing at least decisiveShare of the heaviest; an answer
// sentence is grounded when it holds enough of their weight (package answer). The weights tell
// generic words from decisive ones; the only list of generic words is the one sentence scoring
// uses too (cutGeneric: a wording also counts without a generic verb in front or noun behind).
//
// A question's concepts are weighed once, by Search (Result.concepts); Ground measures each
// sentence against them.

// Concept is one English word or phrase of a question as grounding weighs it.
type Concept struct {
	// Text is the word or phrase; Layer the layer that translated it (Layer* constants).
	Text  string `json:"text"`
	Layer string `json:"layer"`
	// Specificity is the IDF of its heaviest Chinese rendering in the reports (the mean over
	// its tokens); for a word nothing translates, or translates unsurely, the weight sentence
	// scoring gives a token no passage holds (unknownShare of the highest IDF).
	Specificity float64 `json:"specificity"`
	// Credit is how far its translation is trusted: 1 for the glossary and literal terms, the
	// lexicon's confidence relative to lexiconFull (at most 1) for a lexicon word, 0 for a word
	// nothing translated. Unsure is true for a lexicon word credited below minCredit.
	Credit float64 `json:"credit"`
	Unsure bool    `json:"unsure,omitempty"`
	// Focus is the share of its heaviest rendering among a lexicon word's renderings (1 for
	// the other layers).
	Focus float64 `json:"focus"`
	// Weight is its weight in grounding (see the top of this file); Decisive is true when it
	// is at least decisiveShare of the heaviest word's.
	Weight   float64 `json:"weight"`
	Decisive bool    `json:"decisive"`
	// Covered is the share of its best wording's (IDF-weighted) tokens the sentence holds,
	// times the wording's credit (a lexicon rendering of a glossary word counts by the
	// lexicon's credit).
	Covered  float64 `json:"covered"`
	variants []wording
	// kind is true for the word that names the kind of figure asked for ("share" of "what
	// share of the issues…"): a sentence stating a percentage covers it (figureKind).
	kind bool
	// held is the wording a sentence holds as whole words, weighed most (Ground).
	held heldWording
}

// reEnAsksShare finds the word of a question that asks for a percentage by its kind ("what
// share of", "what percentage of"): the word is the question's, not the topic's.
var reEnAsksShare = lazyre.New(`\bwhat (share|percentage|proportion|portion)\b`)

// statesPercent reports whether text states a percentage.
func statesPercent(text string) bool {
	return slices.ContainsFunc(figures(text), func(v num.Value) bool { return v.Dim() == num.DimPct })
}

// wording is one Chinese wording of a concept: its tokens, and how much a text holding them
// counts (1, or the lexicon's credit for a lexicon rendering of a glossary word).
type wording struct {
	toks   []weightedToken
	credit float64
}

// add adds a Chinese wording of the concept (and the wording without a generic verb in front)
// and returns its specificity. lesser is true for a lexicon rendering after the lexicon's first,
// which covers no more than charCap allows.
func (c *Concept) add(ix *Index, v string, credit float64, lesser bool) (float64, bool) {
	toks, tot := ix.weightedTokens(v)
	if len(toks) == 0 {
		return 0, false
	}
	spec := tot / float64(len(toks))
	if lesser {
		credit *= charCap(toks, c.Specificity)
	}
	c.variants = append(c.variants, wording{toks, credit})
	if rest, ok := cutGeneric(v); ok {
		if toks, _ := ix.weightedTokens(rest); len(toks) > 0 {
			c.variants = append(c.variants, wording{toks, credit})
		}
	}
	if ab, ok := abbreviation(v); ok { // 博览会 as the 博会 of 纺博会 (chars.go)
		c.variants = append(c.variants, wording{[]weightedToken{{ab, ix.tokenWeight(ab), true}}, credit * abbreviationShare})
	}
	return spec, true
}

// Grounding is how well a sentence answers an English question's decisive words.
type Grounding struct {
	Concepts []Concept `json:"concepts"`
	// Share is the credited, specificity-weighted share of the decisive words the sentence
	// holds, 0–1.
	Share float64 `json:"share"`
	// Missing are the decisive words no layer translated, in question order.
	Missing []string `json:"missing,omitempty"`
	// Split and SplitScore are the evidence's coverage of the question and its score (weighted
	// by its passage's rank, as Evidence.Score) with each lexicon rendering weighed on its own,
	// by its share of its English word: as sentences were scored before lexicon words were
	// weighed as concepts (Term.Lexical). SplitScore leaves time-frame words out: a sentence
	// that holds only "forecast" (预计) of "What's the weather forecast…" scores nothing.
	Split      float64 `json:"split"`
	SplitScore float64 `json:"split_score"`
}

// decisiveShare is how specific a word must be, as a share of the question's most specific
// word, to be decisive.
const decisiveShare = 0.7

// lexiconFull is the lexicon confidence from which a lexicon translation counts as fully as the
// glossary's: below it a sentence holding the rendering is credited in proportion (the
// lexicon's confidence of a word that is the only gloss of a common report word is about 1,
// of a word met in the second sense of a rare one about 0.3; below 0.15 the rendering is
// more often wrong than right).
const lexiconFull = 0.5

// partsCredit is how much a sentence holding a rendering of one part of a compound the lexicon
// lacks ("roadside": 道路) covers the compound.
const partsCredit = 0.5

// minCredit is the credit below which a lexicon translation is unsure: the word weighs as an
// untranslated one ("birth" → 生产 in "birth rate"), though a sentence holding a rendering
// still covers it ("electric" → 电动).
const minCredit = 0.3

// Concepts returns the words of an English plan that grounding weighs (nil for a Chinese
// plan): the glossary, lexicon and literal terms that are not time-frame words, and the
// untranslated decisive words, in question order. Search keeps those of its plan in the
// Result (Ground).
func (r Result) Concepts(p Plan) []Concept {
	if r.ix == nil {
		return nil
	}
	return r.ix.concepts(p, r.Lexicon)
}

// concepts is Result.Concepts, with the result's lexicon.
func (ix *Index) concepts(p Plan, lex *lexicon.Lexicon) []Concept {
	if p.Lang != "en" {
		return nil
	}
	var out []Concept
	var ats []int // the question offset of each concept of out
	asides := newAsides(p.Norm)
	keep := func(c Concept, e EnglishTerm) {
		if asides.in(e) {
			// A bracket's word widens the word before it or describes the place before it: it
			// is never a word the answer must hold (ground_aside.go).
			if j := asides.glossed(p.Norm, e.At, ats, out); j >= 0 {
				out[j].variants = append(out[j].variants, c.variants...)
			}
			return
		}
		out, ats = append(out, c), append(ats, e.At)
	}
	maxIDF := ix.idf("")
	for _, e := range p.English {
		if reFrameWord.MatchString(e.Text) {
			continue // the time frame (last year, plans), which the planner reads itself
		}
		if e.phrasal {
			continue // a phrasal verb's sense is a guess: searched, never required
		}
		c := Concept{Text: e.Text, Layer: e.Layer, Focus: 1}
		if m := reEnAsksShare.FindStringSubmatch(p.Norm); m != nil && strings.EqualFold(e.Text, m[1]) {
			c.kind = true
		}
		switch e.Layer {
		case LayerGlossary, LayerLiteral:
			if len(e.Weights) > 0 && e.Weights[0] < 0.5 {
				continue // a time-frame word (aim, this year), read by the planner
			}
			c.Credit = 1
		case LayerLexicon:
			if slices.Contains(p.Untranslated, e.Text) {
				continue // a compound searched through its parts weighs as untranslated (below)
			}
			c.Credit = lexiconCredit(e.trust())
			c.Focus = e.Focus
			c.Unsure = c.Credit < minCredit
		case LayerPlace:
			// A place no report is of ("with Qingpu and Jiashan") is a thing the question
			// asks about, not its scope: the answer must name it as any content word.
			names := unresolvedPlaceNames(p, e.Text)
			if len(names) == 0 {
				continue
			}
			c.Credit = 1
			for _, v := range names {
				if spec, ok := c.add(ix, v, 1, false); ok {
					c.Specificity = max(c.Specificity, spec)
				}
			}
			if len(c.variants) > 0 {
				keep(c, e)
			}
			continue
		case LayerUntranslated:
			if !slices.Contains(p.Untranslated, e.Text) {
				continue
			}
			c.Specificity = unknownShare * maxIDF
			// A compound searched through its parts ("roadside": road, side) is found, at
			// partsCredit, where a rendering of a part is (道路两侧摊位): not missing, but not
			// fully held either, as the reports may not mean the compound.
			if j := slices.IndexFunc(p.English, func(x EnglishTerm) bool { return x.Text == e.Text && x.Layer == LayerLexicon }); j >= 0 {
				for _, v := range p.English[j].Chinese {
					c.add(ix, v, partsCredit, false)
				}
			}
			keep(c, e)
			continue
		default:
			continue
		}
		for i, v := range e.Chinese {
			spec, ok := c.add(ix, v, 1, e.Layer == LayerLexicon && i > 0)
			if ok && (i == 0 || c.Specificity == 0) {
				c.Specificity = spec
			}
		}
		if e.Layer == LayerGlossary && lex != nil {
			// The lexicon's renderings of a glossary word count too, credited by its
			// confidence: "rice" is 水稻 in the glossary, 稻米 in a report.
			if m, ok := lex.Lookup(e.Text); ok {
				for i, t := range renderings(m.Terms) {
					c.add(ix, t.Chinese, lexiconCredit(m.Confidence), i > 0)
				}
			}
		}
		if c.Unsure {
			// The translation cannot be trusted to tell how specific the word is: it weighs
			// as a word nothing translates, and counts as found where a rendering is.
			c.Specificity = unknownShare * maxIDF
		}
		if len(c.variants) > 0 {
			keep(c, e)
		}
	}
	top := 0.0
	for i := range out {
		out[i].Weight = out[i].weight()
		top = max(top, out[i].Weight)
	}
	for i := range out {
		out[i].Decisive = out[i].Weight >= decisiveShare*top
	}
	return out
}

// straddledWord reports whether a lexicon concept's two-character wording (its one token tok)
// is held by text only where two words of the reports meet (lexicon.Straddled): the lexicon's
// renderings are many and loose, and a rare one (进项 "income" for "earn") found across 推进 and
// 项目 would ground a sentence on a word it does not hold. The curated layers' wordings are left
// as they are.
func straddledWord(ix *Index, c Concept, v wording, text, tok string) bool {
	if ix == nil || c.Layer != LayerLexicon || len(v.toks) != 1 || utf8.RuneCountInString(tok) != 2 {
		return false
	}
	return ix.Lexicon().Straddled(text, tok)
}

// unresolvedPlaceNames returns the Chinese names of the place an English place word of the
// question names when that place identifies no report (Plan.Unresolved): its full name and
// its name without the level (青浦区, 青浦), as a report writes a neighbour. A report's own
// place scopes the search and is no word the answer must hold: none.
func unresolvedPlaceNames(p Plan, word string) []string {
	for _, name := range p.Unresolved {
		if !isPlaceWord(word, []string{name}) {
			continue
		}
		out := []string{name}
		if b := places.Base(name); b != "" && b != name && utf8.RuneCountInString(b) >= 2 {
			out = append(out, b)
		}
		return out
	}
	return nil
}

// weightedTokens returns the distinct tokens of a Chinese wording with their weights in
// coverage (tokenWeight) and their sum (over their number: the wording's specificity); no
// tokens when they weigh nothing.
func (ix *Index) weightedTokens(v string) ([]weightedToken, float64) {
	var toks []weightedToken
	var tot float64
	for _, tok := range zh.Tokens(zh.Normalize(v)) {
		if !slices.ContainsFunc(toks, func(x weightedToken) bool { return x.tok == tok }) {
			w := ix.tokenWeight(tok)
			toks = append(toks, weightedToken{tok, w, containedToken(tok)})
			tot += w
		}
	}
	if len(toks) == 0 || tot == 0 {
		return nil, 0
	}
	return toks, tot
}

// Ground weighs how well evidence (its statement with its lead) holds the decisive words of
// an English plan, the plan searched (its concepts were weighed by Search). ok is false when
// the plan has no words to weigh (a Chinese question, or one of places and time-frame words
// only): the caller then judges by Evidence.Coverage.
func (r Result) Ground(p Plan, e Evidence) (g Grounding, ok bool) {
	text := e.Lead + e.Sentence
	g.Concepts = slices.Clone(r.concepts)
	if len(g.Concepts) == 0 {
		return g, false
	}
	norm := normalize(text)
	toks := zh.Tokens(norm)
	var got, all float64
	for i := range g.Concepts {
		c := &g.Concepts[i]
		for _, v := range c.variants {
			var have, whole, tot float64
			for _, x := range v.toks {
				tot += x.w
				if straddledWord(r.ix, *c, v, norm, x.tok) {
					continue // 进项 ("earn") in 推进项目: two words' halves, not the word
				}
				if slices.Contains(toks, x.tok) {
					whole += x.w
				}
				if x.bigram {
					have += x.w * holds(r.ix.Lexicon(), norm, x.tok)
				} else if slices.Contains(toks, x.tok) {
					have += x.w
				}
			}
			c.Covered = max(c.Covered, v.credit*have/tot)
			if h := (heldWording{tot / float64(len(v.toks)), v.credit * whole / tot}); h.weight() > c.held.weight() {
				c.held = h
			}
		}
		if c.kind && statesPercent(text) {
			c.Covered = 1 // 整改完成率98% for "what share of the issues were fixed"
		}
		if c.Layer == LayerUntranslated && between(p, c.Text, norm) {
			c.Covered = betweenCredit // 土地整理项目 for "land consolidation projects"
		}
	}
	bar := math.Inf(1)
	if r.ix != nil {
		glossCover(r.ix.Lexicon(), g.Concepts, norm) // 营业 ("to do business") holds "business"
		bar = unknownShare * r.ix.idf("")
	}
	asked := resolveSenses(g.Concepts, bar)
	for i := range g.Concepts {
		c := &g.Concepts[i]
		if !c.Decisive && !asked[i] {
			continue
		}
		all += c.Weight
		got += c.Weight * c.Covered
		if c.Layer == LayerUntranslated && c.Covered == 0 && asked[i] { // one of p.Untranslated (concepts)
			g.Missing = append(g.Missing, c.Text)
		}
	}
	if all > 0 {
		g.Share = got / all
	}
	if r.ix != nil {
		_, cov := r.ix.newScorer(splitLexicon(p)).score(text)
		score, _ := r.ix.newScorer(splitLexicon(withoutFrameWords(p))).score(text)
		g.Split, g.SplitScore = cov, score*max(0.5, 1-0.1*float64(e.Rank))
	}
	return g, true
}

// withoutFrameWords returns the plan without its time-frame terms ("forecast" → 预计, "target"):
// the planner reads them itself, and a sentence holding one of them alone ("全年预计…" for
// "What's the weather forecast…") does not answer the rest of the question.
func withoutFrameWords(p Plan) Plan {
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return reFrameWord.MatchString(strings.ToLower(t.From)) }) {
		return p
	}
	q := p
	q.Terms = nil
	for _, t := range p.Terms {
		if !reFrameWord.MatchString(strings.ToLower(t.From)) {
			q.Terms = append(q.Terms, t)
		}
	}
	return q
}

// weight is a concept's weight in grounding: its specificity, times its credit and focus for
// a lexicon word it trusts.
func (c Concept) weight() float64 {
	if c.Layer == LayerUntranslated || c.Unsure {
		return c.Specificity
	}
	return c.Specificity * c.Credit * c.Focus
}

// hasLexicon reports whether a plan has lexicon terms.
func (p Plan) hasLexicon() bool {
	return slices.ContainsFunc(p.Terms, func(t Term) bool { return t.Lexical != nil })
}

// splitLexicon returns the plan with each lexicon rendering as a term of its own, weighing its
// share of its English word (Term.Lexical).
func splitLexicon(p Plan) Plan {
	if !p.hasLexicon() {
		return p
	}
	q := p
	q.Terms = nil
	for _, t := range p.Terms {
		if t.Lexical == nil {
			q.Terms = append(q.Terms, t)
			continue
		}
		for i, v := range t.Variants {
			if i < len(t.Lexical) {
				q.Terms = append(q.Terms, Term{From: t.From, Variants: []string{v}, Weight: t.Lexical[i]})
			}
		}
	}
	return q
}
