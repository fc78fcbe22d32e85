package retrieval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// Sentence ranking: after the passages are ranked, their sentences are scored against the
// plan's terms, each token weighted by its IDF, so that an answer can quote the one sentence
// that carries it and say how much of the question it covers.

// unknownShare is the weight, as a share of the highest IDF, of a question token no passage
// holds. It and the grounding threshold in package answer were chosen together on the team and
// held-out sets (see BENCHMARKS.md, "Grounding threshold").
const unknownShare = 0.5

// Depths of the best-sentence searches: the first bestDepth hits of a search (lexiconDepth for
// a question with lexicon words, whose renderings rank passages less surely than the glossary's
// terms), the first topicDepth passages of each report for a filter question.
const (
	bestDepth    = 3
	lexiconDepth = 8
	topicDepth   = 5
)

// sentenceDepth is how many hits a plan's best-sentence search reads.
func sentenceDepth(p Plan) int {
	if p.hasLexicon() {
		return lexiconDepth
	}
	return bestDepth
}

// TopicCoverage is the share of a question's terms a report's best sentence must hold for the
// report to count as speaking of the topic of a filter question ("哪些报告提到了老旧小区改造?").
const TopicCoverage = 0.6

// maxQuote is the longest quote (in characters) before it is narrowed to its best clauses.
const maxQuote = 160

// scorer scores sentences by the IDF-weighted plan terms they contain. A term counts by its
// best-matched variant (a passage says 一般公共预算收入 or 地方财政收入, not both).
type scorer struct {
	// question is the plan's normalised question (broaderDecisive reads its words' order).
	question string
	anyOf    bool
	// wholes are the question's examples of several terms (exampleWholes): each speaks of
	// the topic when all its terms are held.
	wholes [][]string
	// negated are the topic words of the parts an English question excludes ("not e-bikes",
	// topical_negated_en.go): a span that holds one speaks of the excluded thing.
	negated []topicWord
	numbers []string // the plan's numbers as a sentence writes them: "10%", "47亿"
	terms   []scoredTerm
	// want is the figure the question asks for.
	want figureWant
	// decisive is the index in terms of the question's indicator, else of its most specific term
	// that is not a number (-1: none);
	// requireTopic limits best to spans that hold it (topical).
	decisive int
	// modifier is the index in terms of a modifier the question's alternatives share
	// (altModifier: 12345 in 12345热线或平台), -1 when none.
	modifier int
	// whenTerm is the index in terms of the question's time-frame words ("last year": 去年…),
	// -1 when none: a sentence that names them only as a comparison's base (与去年持平) is not
	// in that time frame for them (comparedOnly).
	whenTerm     int
	requireTopic bool
	// stageOnly, set when a list question asks which reports completed the thing (AsksListDone),
	// tells a span that only starts it or keeps it going: it counts less, so a report's sentence of
	// completion is its evidence where it has one.
	stageOnly func(text string) bool
	// wholeTopic limits best further to spans that name the topic whole and cover enough of
	// the question (secondLook).
	wholeTopic bool
	// partners are, by term, the terms a broad English alternative is held only with
	// (partnerTerms).
	partners map[int][]int
	// answering, when not nil, limits best to spans that answer a how-much question as they
	// stand: in the asked time frame, with a figure of the kind asked for that counts the asked
	// noun, whose text answering accepts (answeringBest).
	answering func(text string) bool
	// thresholdFree leaves out of coverage the numbers of a question that compares with them
	// ("more than 100 suggestions"): a list checks a report's figure against the threshold
	// afterwards, and the number written as such (满意率100%) is no sign of the topic (topic).
	// threshold: the question compares a figure with its numbers (Plan.Threshold).
	threshold, thresholdFree bool
	// meets, for a threshold question, says whether a text states a figure that meets its
	// number (Plan.meetsThreshold); onlyMeeting limits best to such spans (meetingBest).
	meets       func(text string) bool
	onlyMeeting bool
	// meetsValue says whether one figure meets the number (Plan.meetsValue): a text meets it
	// only when a figure of it does, which the per-passage figures table answers without the
	// text (figuretable.go).
	meetsValue func(num.Value) bool
	// build: the question asks for something built (asksBuilding); a topical span must say
	// that something is (topical_build.go).
	build bool
	// fits, when not nil, says whether a sentence of a passage is in the time frame the
	// question asks about; spans that are not count less (otherFrame).
	fits func(c corpus.Chunk, sentence string) bool
	// frameNamed: the list question names its time frame (Plan.FrameNamed), so a report's span
	// in the other frame gives way to its best in the asked one (inFrameBest); onlyInFrame
	// limits best to spans in the asked frame.
	frameNamed, onlyInFrame bool
	// next returns the passage after c in its report; sectionStart reports whether c is the
	// first passage of its section. Both may be nil (no neighbours).
	next         func(c corpus.Chunk) (corpus.Chunk, bool)
	prev         func(c corpus.Chunk) (corpus.Chunk, bool) // quote.go: the sentence before a passage
	sectionStart func(c corpus.Chunk) bool
	// gate, when not nil, is false for a hit (by index) none of whose spans can be topical
	// (topicGate): a topical scorer skips it.
	gate func(i int) bool
	// mayMeet, when not nil, is false for a span of hit i that states no figure meeting a
	// threshold list's number (the figures table: figuretable.go): best skips it when it keeps
	// only spans that do (onlyMeeting).
	mayMeet func(i int, sp span) bool
	// lex finds single characters outside the reports' words (holds).
	lex *lexicon.Lexicon
	// fitMemo, when not nil, remembers want.fit by text (fit), and headMemo headingLike
	// (heading): one report's scoring asks them of the same sentence several times. A scorer with
	// a memo is not safe for concurrent use.
	fitMemo   map[string][2]bool
	headMemo  map[string]bool
	pieceMemo map[string]piece // what a sentence holds of the tokens (scoreSpan)
	// tokens are the distinct tokens of terms, in order (pieceTokens; nil until asked).
	tokens []string
	// topicSubs are the runs and spaced pieces of the terms' topic words, topicOf where each
	// term's words have theirs (newTopicSubs; mayBeTopical).
	topicSubs []string
	topicOf   [][]topicSub
	// exampleTopic is true when an example may hold the topic without the decisive term
	// (exampleHeld), so that the decisive term's subs rule out no span (newTopicSubs).
	exampleTopic bool
	// grams numbers the Han bigrams and characters of tokens and topicSubs; tokenGram is each
	// token's (-1: none), subGrams each topic sub's bigrams (newGrams; gramsIn).
	grams     map[uint64]int
	tokenGram []int
	subGrams  [][]int
}

// heading is headingLike, remembered when the scorer has a memo.
func (sc *scorer) heading(sent string) bool {
	if sc.headMemo == nil {
		return headingLike(sent)
	}
	h, ok := sc.headMemo[sent]
	if !ok {
		h = headingLike(sent)
		sc.headMemo[sent] = h
	}
	return h
}

// fit is sc.want.fit, remembered when the scorer has a memo.
func (sc *scorer) fit(text string) (has, fits bool) {
	if sc.fitMemo == nil {
		return sc.want.fit(text)
	}
	if r, ok := sc.fitMemo[text]; ok {
		return r[0], r[1]
	}
	has, fits = sc.want.fit(text)
	sc.fitMemo[text] = [2]bool{has, fits}
	return has, fits
}

type scoredTerm struct {
	weight   float64
	wordings []string          // the normalised wordings
	topics   []topicWord       // the wordings that name its topic, for topical
	number   bool              // the term is a number the question names
	variants [][]weightedToken // each wording's distinct tokens, in order
	totals   []float64
	caps     []float64 // the most each wording covers (charCap)
	// alt is true for a term the question joins to another with "or" (或, 、): one of the
	// alternatives (alternativeTerms).
	alt bool
	// head is true for a term of the topic a question's examples exemplify (exampleHeads): it
	// counts as an alternative only with the rest of that topic (headWhole).
	head bool
	// example is true for a term of a question's examples that is no word of the topic they
	// exemplify (exampleTerms).
	example bool
	// qualifier is true for a term that only qualifies the alternatives (qualifierTerms).
	qualifier bool
	// broad is true for an alternative more than a third of the reports hold (topical_broad.go).
	broad bool
	// possessor is true for a term that only says whose the next term is (possessorTerms).
	possessor bool
	// side is true for a term that only qualifies an English question's topic and is never
	// its decisive term (sideTerms, topical_headed.go).
	side bool
	// from is the question's words the term renders (Term.From).
	from string
	// aside is true for a term an English question says only in brackets (asideTerms): it
	// counts where a text holds it and is not required where it does not.
	aside bool
}

// weightedToken is a token of a term's wording with its IDF weight. Sums run over the tokens
// in wording order, so that a sentence holding all of them covers exactly 1 whatever the run.
type weightedToken struct {
	tok string
	w   float64
	// bigram is true for a pair of Han characters or a single one (containedToken): a text
	// holds such a token exactly when it contains it (zh.Tokens makes a token of every two
	// adjacent Han characters; chars.go), which spares tokenising the text.
	bigram bool
}

func (ix *Index) newScorer(p Plan) *scorer {
	// A question that lists things with 、 ("海蜇、紫菜、大黄鱼等") asks about any of them.
	sc := &scorer{anyOf: p.AnyOf || strings.Contains(p.Norm, "、"), want: wantFigure(p), decisive: -1, whenTerm: -1, question: p.Norm, threshold: p.Threshold(), build: asksBuilding(p, alternativeTerms(p)), next: ix.nextChunk, prev: ix.prevChunk, sectionStart: ix.sectionStart, lex: ix.Lexicon()}
	if AsksListDone(p) {
		sc.stageOnly = func(text string) bool { return StatesOnlyStage(p, text) }
	}
	if sc.threshold {
		sc.meets, sc.meetsValue = p.meetsThreshold, p.meetsValue
	}
	numberText := map[string]bool{}
	for _, n := range p.Numbers {
		sc.numbers = append(sc.numbers, trimFloat(n.Value)+n.Unit)
		numberText[n.Text] = true
	}
	alts := alternativeTerms(p)
	actions := gerundAlternatives(p, alts)
	for a := range actions {
		delete(alts, a) // an action done to the topic, no alternative of it (topical_headed.go)
	}
	quals := union(qualifierTerms(p, alts), actionAlternatives(p, alts))
	beneficiary := beneficiaryQualified(p, alts, quals) // topical_beneficiary.go
	possessors := possessorTerms(p, ix.Lexicon())
	sides := union(sideTerms(p, alts), actions)
	heads := exampleHeads(p)
	sc.wholes = exampleWholes(p)
	examples := exampleTerms(p, heads) // topical_example_words.go
	mods := exampleModifiers(p)        // topical_example_words.go
	for h := range heads {
		delete(mods, h) // a word of the topic itself, said again in an example
	}
	sides = union(sides, mods)
	sides = union(sides, placeSides(p)) // rank_place.go
	asides := asideTerms(p)             // ground_aside.go
	for _, t := range p.Terms {
		st := scoredTerm{number: numberText[t.From], alt: alts[t.From], qualifier: quals[t.From], possessor: possessors[t.From], side: sides[t.From], head: heads[t.From], example: examples[t.From], from: t.From, aside: asides[t.From]}
		for _, v := range t.Variants {
			if nv := normalize(v); nv != "" {
				st.wordings = append(st.wordings, nv)
			}
		}
		var first float64
		// A wording with a generic verb in front ("发展民宿") or noun behind ("禁毒工作") is also
		// matched without it.
		variants := slices.Clone(t.Variants)
		for _, v := range t.Variants {
			if rest, ok := cutGeneric(v); ok && !slices.Contains(variants, rest) {
				variants = append(variants, rest)
			}
		}
		if p.Lang == "zh" {
			// A sentence that writes the reports' word for the asker's covers the term
			// (thesaurus.go).
			for _, r := range rewordings(zhThesaurus(), t.From) {
				if !slices.Contains(variants, r) {
					variants = append(variants, r)
				}
			}
		}
		for _, v := range variants {
			toks, tot := ix.weightedTokens(v)
			if len(toks) == 0 {
				continue
			}
			limit := 1.0
			if len(st.variants) == 0 {
				first = tot / float64(len(toks))
			} else if t.Lexical != nil {
				limit = charCap(toks, first)
			}
			st.variants = append(st.variants, toks)
			st.totals = append(st.totals, tot)
			st.caps = append(st.caps, limit)
		}
		if len(st.variants) == 0 {
			continue
		}
		// A term weighs by its specificity (mean IDF of its first wording) and its role.
		st.weight = t.Weight * first
		st.topics = ix.questionTopicWords(p, st.wordings)
		st.broad = st.alt && (p.Lang == "en" || beneficiary) && ix.broadTerm(st.wordings)
		if p.When != "" && t.From == p.When {
			sc.whenTerm = len(sc.terms)
		}
		sc.terms = append(sc.terms, st)
	}
	for i, t := range sc.terms {
		if !t.number && !t.possessor && !t.side && t.weight > 0 && (sc.decisive < 0 || t.weight > sc.terms[sc.decisive].weight) {
			sc.decisive = i
		}
	}
	sc.decisive = sc.broaderDecisive()
	sc.modifier = sc.altModifier(p, alts) // topical_alt_modifier.go
	ix.shareOpening(p, sc, alts)
	sc.partners = partnerTerms(p, sc.terms) // topical_partner.go
	sc.lendTopics(p)                        // topical_gloss.go
	sc.shareStems(ix)                       // topical_alternatives.go
	sc.keepQuotedNames(p)                   // topical_quoted_en.go
	sc.keepNumberedNames(p)                 // topical_numbered_en.go
	sc.dropNegatedParts(p)                  // topical_negated_en.go
	sc.headAgain()                          // topical_example_words.go
	for i, t := range sc.terms {
		// A question about an indicator is about that indicator above all.
		if slices.ContainsFunc(t.wordings, func(w string) bool { return slices.Contains(p.Indicators, w) }) {
			sc.decisive = i
			break
		}
	}
	sc.pieceTokens() // before any copy of the scorer is used by a worker
	sc.newTopicSubs()
	sc.newGrams()
	return sc
}

// isHanBigram reports whether tok is two Han characters.
func isHanBigram(tok string) bool {
	n := 0
	for _, r := range tok {
		if !zh.IsHan(r) {
			return false
		}
		n++
	}
	return n == 2
}

// tokenWeight is a question token's weight in coverage: its IDF (for a single character, over
// the passages holding it anywhere: charWeight); a token no passage holds gets
// half the highest IDF: it may be a concept the reports lack (常住人口) or a seam between two
// words of the question (定了), and only the first should count fully.
func (ix *Index) tokenWeight(tok string) float64 {
	if isHanChar(tok) {
		if w, ok := ix.charWeight(tok); ok {
			return w
		}
	}
	if ix.Known(tok) {
		return ix.idf(tok)
	}
	return unknownShare * ix.idf(tok)
}

// score returns a sentence's match score and the share of the question it covers: the
// weighted mean of the terms' coverage, or for alternatives ("A或者B") the best term's.
func (sc *scorer) score(text string) (score, coverage float64) {
	norm := normalize(text)
	score, coverage = sc.measure(sc.holder(norm))
	for _, n := range sc.numbers {
		if strings.Contains(norm, n) {
			score += 2
		}
	}
	return score, coverage
}

// holder returns the share of a token a normalised text holds.
func (sc *scorer) holder(norm string) func(x weightedToken) float64 {
	var toks []string // the text's tokens, made only when a term token is not a Han bigram
	tokenized := false
	return func(x weightedToken) float64 {
		if x.bigram {
			return holds(sc.lex, norm, x.tok)
		}
		if !tokenized {
			toks, tokenized = zh.Tokens(norm), true
		}
		return held(slices.Contains(toks, x.tok))
	}
}

// measure returns the terms' weighted match and coverage of a text that holds the tokens has
// admits, each to the share has gives (score without the numbers' bonus).
func (sc *scorer) measure(has func(x weightedToken) float64) (sum, coverage float64) {
	var weights, best float64
	for _, t := range sc.terms {
		if t.number && sc.thresholdFree {
			continue
		}
		var cov float64
		for i, toks := range t.variants {
			var got float64
			for _, x := range toks {
				got += x.w * has(x)
			}
			cov = max(cov, got/t.totals[i]*t.caps[i])
		}
		if t.aside && cov == 0 {
			continue
		}
		sum += t.weight * cov
		weights += t.weight
		if t.weight >= 0.5 {
			best = max(best, cov)
		}
	}
	if weights > 0 {
		coverage = sum / weights
	}
	if sc.anyOf {
		coverage = best
	}
	return sum, coverage
}

// sentences scores every non-blank sentence of a passage (the scores the trace shows).
func (sc *scorer) sentences(text string) []Sentence {
	var out []Sentence
	for _, sent := range zh.Sentences(text) {
		if strings.TrimSpace(sent) == "" {
			continue
		}
		s, c := sc.score(sent)
		out = append(out, Sentence{Text: sent, Score: s, Coverage: c})
	}
	return out
}

// best returns the best span among the first depth hits, rank-weighted (the earlier of equals
// wins), scoring the hits' sentences where they are not yet scored. bound, when not nil, gives
// an upper bound of the score of any span of hit i: a hit that cannot beat the best so far is
// skipped. A topical scorer considers only spans that speak of the question's topic.
func (sc *scorer) best(hits []Hit, depth int, bound func(i int) float64) (Evidence, bool) {
	var b Evidence
	var bs span
	found := false
	for i := range hits {
		if i >= depth {
			break
		}
		w := max(0.5, 1-0.1*float64(i))
		wins := func(s float64) bool { return !found || s*w > b.Score }
		if found && bound != nil && bound(i)*w <= b.Score || sc.requireTopic && sc.gate != nil && !sc.gate(i) {
			continue
		}
		if hits[i].Sentences == nil && !sc.requireTopic {
			hits[i].Sentences = sc.sentences(hits[i].Chunk.Text)
		}
		for _, sp := range sc.spans(hits[i].Chunk) {
			if sc.onlyMeeting && sc.mayMeet != nil && !sc.mayMeet(i, sp) {
				continue // rate would rule it out: it meets no number
			}
			if sc.requireTopic && (sc.pieceMemo != nil && !sc.mayBeTopical(sc.pieceOf(sp.lead), sc.pieceOf(sp.text)) || !sc.topical(sp.lead+sp.text)) {
				continue
			}
			raw, c := sc.scoreSpan(sp.lead, sp.text)
			if raw >= 0 && !wins(raw) {
				// rate only lowers a span's match (its factors are at most 1): this span cannot
				// beat the best so far, and its factors need not be read.
				continue
			}
			if sp.cond != nil && !sp.cond() {
				continue // no span after all
			}
			s, c, fig, off, ok := sc.rate(sp, raw, c, wins)
			if ok && wins(s) && sc.wholeTopic && (!sc.namesTopicWhole(sp) || sc.fallsShort(sp, c)) {
				continue // a second look at a report whose best span fell short (topic_short.go)
			}
			if ok && wins(s) {
				b = Evidence{Rank: i, Sentence: sp.text, Lead: sp.lead, Score: s * w, Coverage: c, Figure: fig, OffFrame: off}
				bs = sp
				found = true
			}
		}
	}
	if found {
		b.Hit = hits[b.Rank]
		if bs.next || bs.prior {
			b.Hit = Hit{Chunk: bs.chunk, Score: b.Hit.Score}
			b.Next = bs.next
		}
		b.Quote = sc.quote(bs)
	}
	return b, found
}

// trimFloat writes v with at most four decimals and no trailing zeros: 10, 4.7.
func trimFloat(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}

// nextChunk returns the passage after c in its report.
func (ix *Index) nextChunk(c corpus.Chunk) (corpus.Chunk, bool) {
	i, ok := ix.chunkIndex(c.ID)
	if !ok || i+1 >= ix.NumChunks() {
		return corpus.Chunk{}, false
	}
	n := ix.Chunk(i + 1)
	return n, n.Key() == c.Key() && n.Seq == c.Seq+1
}

// sectionStart reports whether c is the first passage of its section.
func (ix *Index) sectionStart(c corpus.Chunk) bool {
	i, ok := ix.chunkIndex(c.ID)
	if !ok {
		return false
	}
	if i == 0 {
		return true
	}
	p := ix.Chunk(i - 1)
	return p.Key() != c.Key() || !slices.Equal(p.Section, c.Section)
}
