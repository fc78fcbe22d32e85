package retrieval

import (
	"fmt"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// Sentence ranking: after the passages are ranked, their sentences are scored against the
// plan's terms, each token weighted by its IDF, so that an answer can quote the one sentence
// that carries it and say how much of the question it covers.

// unknownShare is the weight, as a share of the highest IDF, of a question token no passage
// holds. It and the grounding threshold in package answer were chosen together on the team and
// held-out sets (see BENCHMARKS.md, "Grounding threshold").
const unknownShare = 0.5

// Depths of the best-sentence searches: the first bestDepth hits of a search, the first
// topicDepth passages of each report for a filter question.
const (
	bestDepth  = 3
	topicDepth = 5
)

// TopicCoverage is the share of a question's terms a report's best sentence must hold for the
// report to count as speaking of the topic of a filter question ("哪些报告提到了老旧小区改造?").
const TopicCoverage = 0.6

// maxQuote is the longest quote (in characters) before it is narrowed to its best clauses.
const maxQuote = 160

// scorer scores sentences by the IDF-weighted plan terms they contain. A term counts by its
// best-matched variant (a passage says 一般公共预算收入 or 地方财政收入, not both).
type scorer struct {
	anyOf   bool
	numbers []string // the plan's numbers as a sentence writes them: "10%", "47亿"
	terms   []scoredTerm
	// bigrams is true when every term token is a pair of Han characters: a text holds such a
	// token exactly when it contains it, which spares tokenising each sentence.
	bigrams bool
	// want is the figure the question asks for.
	want figureWant
	// decisive is the index in terms of the question's indicator, else of its most specific term
	// that is not a number (-1: none);
	// requireTopic limits best to spans that hold it (topical).
	decisive     int
	requireTopic bool
	// fits, when not nil, says whether a sentence of a passage is in the time frame the
	// question asks about; spans that are not count less (otherFrame).
	fits func(c corpus.Chunk, sentence string) bool
	// next returns the passage after c in its report; sectionStart reports whether c is the
	// first passage of its section. Both may be nil (no neighbours).
	next         func(c corpus.Chunk) (corpus.Chunk, bool)
	sectionStart func(c corpus.Chunk) bool
}

type scoredTerm struct {
	weight   float64
	wordings []string          // the normalised wordings, for topical
	number   bool              // the term is a number the question names
	variants [][]weightedToken // each wording's distinct tokens, in order
	totals   []float64
}

// weightedToken is a token of a term's wording with its IDF weight. Sums run over the tokens
// in wording order, so that a sentence holding all of them covers exactly 1 whatever the run.
type weightedToken struct {
	tok string
	w   float64
}

func (ix *Index) newScorer(p Plan) *scorer {
	// A question that lists things with 、 ("海蜇、紫菜、大黄鱼等") asks about any of them.
	sc := &scorer{anyOf: p.AnyOf || strings.Contains(p.Norm, "、"), want: wantFigure(p), decisive: -1, next: ix.nextChunk, sectionStart: ix.sectionStart}
	numberText := map[string]bool{}
	for _, n := range p.Numbers {
		sc.numbers = append(sc.numbers, trimFloat(n.Value)+n.Unit)
		numberText[n.Text] = true
	}
	for _, t := range p.Terms {
		st := scoredTerm{number: numberText[t.From]}
		for _, v := range t.Variants {
			if nv := normalize(v); nv != "" {
				st.wordings = append(st.wordings, nv)
			}
		}
		var first float64
		for _, v := range t.Variants {
			var toks []weightedToken
			var tot float64
			for _, tok := range zh.Tokens(zh.Normalize(v)) {
				if !slices.ContainsFunc(toks, func(x weightedToken) bool { return x.tok == tok }) {
					w := ix.tokenWeight(tok)
					toks = append(toks, weightedToken{tok, w})
					tot += w
				}
			}
			if tot == 0 {
				continue
			}
			if len(st.variants) == 0 {
				first = tot / float64(len(toks))
			}
			st.variants = append(st.variants, toks)
			st.totals = append(st.totals, tot)
		}
		if len(st.variants) == 0 {
			continue
		}
		// A term weighs by its specificity (mean IDF of its first wording) and its role.
		st.weight = t.Weight * first
		sc.terms = append(sc.terms, st)
	}
	for i, t := range sc.terms {
		if !t.number && t.weight > 0 && (sc.decisive < 0 || t.weight > sc.terms[sc.decisive].weight) {
			sc.decisive = i
		}
	}
	for i, t := range sc.terms {
		// A question about an indicator is about that indicator above all.
		if slices.ContainsFunc(t.wordings, func(w string) bool { return slices.Contains(p.Indicators, w) }) {
			sc.decisive = i
			break
		}
	}
	sc.bigrams = true
	for _, t := range sc.terms {
		for _, toks := range t.variants {
			for _, x := range toks {
				sc.bigrams = sc.bigrams && isHanBigram(x.tok)
			}
		}
	}
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

// tokenWeight is a question token's weight in coverage: its IDF; a token no passage holds gets
// half the highest IDF: it may be a concept the reports lack (常住人口) or a seam between two
// words of the question (定了), and only the first should count fully.
func (ix *Index) tokenWeight(tok string) float64 {
	if ix.Known(tok) {
		return ix.idf(tok)
	}
	return unknownShare * ix.idf(tok)
}

// score returns a sentence's match score and the share of the question it covers: the
// weighted mean of the terms' coverage, or for alternatives ("A或者B") the best term's.
func (sc *scorer) score(text string) (score, coverage float64) {
	norm := normalize(text)
	if sc.bigrams {
		// Two adjacent Han characters are always a token (zh.Tokens).
		score, coverage = sc.measure(func(tok string) bool { return strings.Contains(norm, tok) })
	} else {
		toks := map[string]bool{}
		for _, t := range zh.Tokens(norm) {
			toks[t] = true
		}
		score, coverage = sc.measure(func(tok string) bool { return toks[tok] })
	}
	for _, n := range sc.numbers {
		if strings.Contains(norm, n) {
			score += 2
		}
	}
	return score, coverage
}

// measure returns the terms' weighted match and coverage of a text that holds the tokens has
// admits (score without the numbers' bonus).
func (sc *scorer) measure(has func(tok string) bool) (sum, coverage float64) {
	var weights, best float64
	for _, t := range sc.terms {
		var cov float64
		for i, toks := range t.variants {
			var got float64
			for _, x := range toks {
				if has(x.tok) {
					got += x.w
				}
			}
			cov = max(cov, got/t.totals[i])
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

// Factors that lower the score of a span that does not answer as it stands (all at most 1, so
// that a passage's token bound still bounds its spans).
const (
	headingAlone = 0.5  // a heading or lead-in with no statement after it
	cutShort     = 0.7  // a sentence cut off by the passage's end
	noFigure     = 0.55 // a how-much question, and the span states no figure
	otherFigure  = 0.75 // … states figures, none of the kind asked for
	nextFigure   = 0.9  // the figure is in the sentence after the one that matches
	otherFrame   = 0.6  // the span is in the wrong time frame (scorer.fits)
)

// span is a quotable piece of a passage: a statement, with the heading or matching sentence it
// follows (lead) when that is what ties it to the question.
type span struct {
	chunk corpus.Chunk // the passage quoted: the hit's own, or the next passage of its report
	next  bool         // chunk is the passage after the hit's
	lead  string       // heading or matching sentence ("" none)
	text  string       // the statement quoted
	// adjacent is true when lead directly precedes text in the passage (the quote holds both).
	adjacent bool
	joined   string // lead … text as the passage writes them, when adjacent
	// figureNext is true when lead is a matching sentence and text the figure after it: the
	// question is covered by the lead alone.
	figureNext bool
}

// spans returns the quotable spans of a passage: every statement; each heading or lead-in
// with the statement after it (in the passage or at the start of the next one); the section's
// heading with the first statement, for the first passage of a section; and, for a how-much
// question, a matching sentence with no such figure followed by one that has it.
func (sc *scorer) spans(c corpus.Chunk) []span {
	var raw []string
	for _, s := range zh.Sentences(c.Text) {
		if strings.TrimSpace(s) != "" {
			raw = append(raw, s)
		}
	}
	heading := make([]bool, len(raw))
	for j, s := range raw {
		heading[j] = headingLike(s)
	}
	statement := func(from int) int {
		for k := from; k < len(raw); k++ {
			if !heading[k] {
				return k
			}
		}
		return -1
	}
	var out []span
	for j, s := range raw {
		if !heading[j] {
			out = append(out, span{chunk: c, text: s})
			if sc.want.asks && j+1 < len(raw) && !heading[j+1] {
				if _, fits := sc.want.fit(s); !fits {
					if _, fits := sc.want.fit(raw[j+1]); fits {
						out = append(out, span{chunk: c, lead: s, text: raw[j+1], adjacent: true, joined: s + raw[j+1], figureNext: true})
					}
				}
			}
			continue
		}
		if k := statement(j + 1); k >= 0 {
			out = append(out, span{chunk: c, lead: s, text: raw[k], adjacent: true, joined: strings.Join(raw[j:k+1], "")})
			continue
		}
		if sc.next != nil && j == len(raw)-1 {
			if n, ok := sc.next(c); ok {
				if t, ok := firstStatement(n.Text); ok {
					out = append(out, span{chunk: n, next: true, lead: s, text: t})
					continue
				}
			}
		}
		out = append(out, span{chunk: c, text: s})
	}
	// Last, so that a statement that matches on its own wins a tie.
	if sc.sectionStart != nil && sc.sectionStart(c) && len(c.Section) > 0 {
		h := c.Section[len(c.Section)-1]
		if k := statement(0); k >= 0 && !strings.Contains(c.Text, h) {
			out = append(out, span{chunk: c, lead: h, text: raw[k]})
		}
	}
	return out
}

// firstStatement returns the first sentence of a passage that is not a heading.
func firstStatement(text string) (string, bool) {
	for _, s := range zh.Sentences(text) {
		if strings.TrimSpace(s) != "" && !headingLike(s) {
			return s, true
		}
	}
	return "", false
}

// rate scores a span: its lead and text's match, lowered when the span does not answer as it
// stands; and says whether it states a figure of the kind asked for.
func (sc *scorer) rate(sp span) (score, coverage float64, figure, offFrame bool) {
	score, coverage = sc.score(sp.lead + sp.text)
	if sp.figureNext {
		_, coverage = sc.score(sp.lead)
	}
	f := 1.0
	if sp.lead == "" && headingLike(sp.text) {
		f *= headingAlone
	}
	if fragment(sp.text) {
		f *= cutShort
	}
	if sc.want.asks {
		has, fits := sc.want.fit(sp.text)
		figure = fits
		switch {
		case fits && sp.figureNext:
			f *= nextFigure
		case fits:
		case has:
			f *= otherFigure
		default:
			f *= noFigure
		}
	}
	if sc.fits != nil && !sc.fits(sp.chunk, sp.text) {
		f *= otherFrame
		offFrame = true
	}
	return score * f, coverage, figure, offFrame
}

// topical reports whether a span speaks of the question's topic: it holds the decisive term
// (the most specific term of the question that is not a number; for alternatives, any term
// nearly as specific) as a run of one of its wordings (holdsRun), not only words it shares with
// the question.
func (sc *scorer) topical(text string) bool {
	if sc.decisive < 0 {
		return true
	}
	norm := normalize(text)
	holds := func(t scoredTerm) bool {
		for _, v := range topicWordings(t.wordings) {
			if holdsRun(norm, v) {
				return true
			}
		}
		return false
	}
	if sc.anyOf {
		// Alternatives: any of them is the topic.
		for _, t := range sc.terms {
			if !t.number && t.weight >= 0.5*sc.terms[sc.decisive].weight && holds(t) {
				return true
			}
		}
		return false
	}
	return holds(sc.terms[sc.decisive])
}

// genericVerbs are verbs a question glues to its topic ("发展民宿", "推进垃圾分类"): the topic
// is what follows them.
var genericVerbs = []string{"发展", "推进", "推动", "加强", "开展", "实施", "建设", "打造", "提升", "做好", "加快", "促进", "深化", "落实", "支持"}

// topicWordings returns the wordings of a term that name its topic: without a generic verb
// in front, and only those at least two thirds as long as the first (a glossary's fallback 诈骗
// for "telecom fraud" 电信诈骗 names a wider topic).
func topicWordings(ws []string) []string {
	var out []string
	first := 0
	for i, w := range ws {
		for _, g := range genericVerbs {
			if rest, ok := strings.CutPrefix(w, g); ok && len([]rune(rest)) >= 2 {
				w = rest
				break
			}
		}
		n := len([]rune(w))
		if i == 0 {
			first = n
		}
		if 3*n >= 2*first {
			out = append(out, w)
		}
	}
	return out
}

// holdsRun reports whether text holds a run of two thirds of word's characters (at least two,
// at most four: a long question segment such as 镇给村集体经济 is found by 集体经济), or all of
// a word of two characters or fewer.
func holdsRun(text, word string) bool {
	rs := []rune(word)
	n := min(4, max(2, (2*len(rs)+2)/3))
	if len(rs) <= n {
		return strings.Contains(text, word)
	}
	for i := 0; i+n <= len(rs); i++ {
		if strings.Contains(text, string(rs[i:i+n])) {
			return true
		}
	}
	return false
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
		if found && bound != nil && bound(i)*w <= b.Score {
			continue
		}
		if hits[i].Sentences == nil && !sc.requireTopic {
			hits[i].Sentences = sc.sentences(hits[i].Chunk.Text)
		}
		for _, sp := range sc.spans(hits[i].Chunk) {
			if sc.requireTopic && !sc.topical(sp.lead+sp.text) {
				continue
			}
			s, c, fig, off := sc.rate(sp)
			if !found || s*w > b.Score {
				b = Evidence{Rank: i, Sentence: sp.text, Lead: sp.lead, Score: s * w, Coverage: c, Figure: fig, OffFrame: off}
				bs = sp
				found = true
			}
		}
	}
	if found {
		b.Hit = hits[b.Rank]
		if bs.next {
			b.Hit = Hit{Chunk: bs.chunk, Score: b.Hit.Score}
			b.Next = true
		}
		b.Quote = sc.quote(bs)
	}
	return b, found
}

// quote is what a span quotes: the statement, with the lead when it directly precedes it and
// the two are not too long; a long statement narrowed to its best clauses.
func (sc *scorer) quote(sp span) string {
	if sp.adjacent && len([]rune(strings.TrimSpace(sp.joined))) <= maxQuote+40 {
		return strings.TrimSpace(sp.joined)
	}
	return sc.narrow(strings.TrimSpace(sp.text))
}

// minNarrow is the least length (in characters) of a narrowed quote: a clause or two of a long
// sentence ("面对…压力,") reads as a fragment.
const minNarrow = 60

// narrow cuts a long sentence to the run of clauses that carries the match (and, for a
// how-much question, the figure). The run is at least minNarrow characters, starts at the
// sentence's start when few characters precede it and ends at its end when few follow, and
// never ends on a short clause ("一年来,"): a quote reads as a statement, not a fragment.
func (sc *scorer) narrow(sent string) string {
	if len([]rune(sent)) <= maxQuote {
		return sent
	}
	cl := zh.Clauses(sent)
	bestI, bestJ, bestS := 0, len(cl), -1.0
	for i := range cl {
		n := 0
		for j := i; j < len(cl); j++ {
			n += len([]rune(cl[j]))
			if n > maxQuote && j > i {
				break
			}
			if j+1 < len(cl) && (letters(cl[j]) < 5 || n < minNarrow) {
				continue
			}
			text := strings.Join(cl[i:j+1], "")
			s, _ := sc.score(text)
			if sc.want.asks {
				if _, fits := sc.want.fit(text); !fits {
					s *= noFigure
				}
			}
			if s > bestS {
				bestI, bestJ, bestS = i, j+1, s
			}
		}
	}
	if len([]rune(strings.Join(cl[:bestI], ""))) <= 20 {
		bestI = 0
	}
	if len([]rune(strings.Join(cl[bestJ:], ""))) <= 30 {
		bestJ = len(cl)
	}
	return strings.TrimRight(strings.Join(cl[bestI:bestJ], ""), "，,、：:")
}

// trimFloat writes v with at most four decimals and no trailing zeros: 10, 4.7.
func trimFloat(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}

// nextChunk returns the passage after c in its report.
func (ix *Index) nextChunk(c corpus.Chunk) (corpus.Chunk, bool) {
	i, ok := ix.chunkByID[c.ID]
	if !ok || i+1 >= len(ix.Chunks) {
		return corpus.Chunk{}, false
	}
	n := ix.Chunks[i+1]
	return n, n.Key() == c.Key() && n.Seq == c.Seq+1
}

// sectionStart reports whether c is the first passage of its section.
func (ix *Index) sectionStart(c corpus.Chunk) bool {
	i, ok := ix.chunkByID[c.ID]
	if !ok {
		return false
	}
	if i == 0 {
		return true
	}
	p := ix.Chunks[i-1]
	return p.Key() != c.Key() || !slices.Equal(p.Section, c.Section)
}
