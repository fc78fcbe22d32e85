package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval"
)

// groundedCoverage is the share of the question's (IDF-weighted) terms the best sentence must
// contain for the answer to count as grounded.
const groundedCoverage = 0.35

// compose builds the extractive answer: from the facts table for comparison and filter
// questions, else from the best-matching sentences of the best passages.
func (s *Service) compose(ctx context.Context, ix *retrieval.Index, a retrieval.Analysis, k int) (*Answer, error) {
	hits, err := ix.Search(ctx, a, max(k, 10))
	if err != nil {
		return nil, err
	}
	ans := &Answer{Lang: a.Lang, Mode: ModeExtractive}
	if a.Aggregate {
		if len(a.Indicators) > 0 && composeAggregate(ix, a, hits, k, ans) {
			return ans, nil
		}
		if composeTopic(ix, a, hits, k, ans) {
			return ans, nil
		}
	}
	composeLookup(ix, a, hits, k, ans)
	if un := ix.Unresolved(a); len(un) > 0 {
		ans.Note = notePlaces(a.Lang, un)
		if len(a.Reports) == 0 && !a.Aggregate {
			// The question is about a place none of the reports is from: whatever matched is
			// about somewhere else.
			ans.Grounded = false
			ans.Text = weakAnswer(a.Lang, ans.Citations)
		}
	}
	return ans, nil
}

func notePlaces(lang string, names []string) string {
	if lang == "zh" {
		return "没有一份报告属于" + strings.Join(names, "、") + ";以下按问题内容检索。"
	}
	return "None of the reports is identified as " + strings.Join(names, ", ") + "'s; the answer searches all matching reports."
}

// scored is a sentence of a hit with its match score.
type scored struct {
	hit      int
	sentence string
	score    float64
	coverage float64
}

// sentenceScorer scores sentences by the IDF-weighted question terms they contain. A term
// counts by its best-matched variant (a passage says 一般公共预算收入 or 地方财政收入, not both).
type sentenceScorer struct {
	ix    *retrieval.Index
	a     retrieval.Analysis
	terms []scoredTerm
}

type scoredTerm struct {
	weight   float64
	variants []map[string]float64 // token → IDF
	totals   []float64
}

func newScorer(ix *retrieval.Index, a retrieval.Analysis) *sentenceScorer {
	sc := &sentenceScorer{ix: ix, a: a}
	for _, t := range a.Terms {
		st := scoredTerm{}
		var first float64
		for _, v := range t.Variants {
			m := map[string]float64{}
			var tot float64
			for _, tok := range zh.Tokens(zh.Normalize(v)) {
				if _, dup := m[tok]; !dup {
					m[tok] = tokenWeight(ix, tok)
					tot += m[tok]
				}
			}
			if tot == 0 {
				continue
			}
			if len(st.variants) == 0 {
				first = tot / float64(len(m))
			}
			st.variants = append(st.variants, m)
			st.totals = append(st.totals, tot)
		}
		if len(st.variants) == 0 {
			continue
		}
		// A term weighs by its specificity (mean IDF of its first wording) and its role.
		st.weight = t.Weight * first
		sc.terms = append(sc.terms, st)
	}
	return sc
}

// score returns a sentence's match score and the share of the question it covers: the
// weighted mean of the terms' coverage, or for alternatives ("A或者B") the best term's.
func (sc *sentenceScorer) score(text string) (score, coverage float64) {
	norm := zh.Normalize(text)
	toks := map[string]bool{}
	for _, t := range zh.Tokens(norm) {
		toks[t] = true
	}
	var sum, weights, best float64
	for _, t := range sc.terms {
		var cov float64
		for i, m := range t.variants {
			var got float64
			for tok, w := range m {
				if toks[tok] {
					got += w
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
	if sc.a.AnyOf {
		coverage = best
	}
	score = sum
	for _, n := range sc.a.Numbers {
		if strings.Contains(norm, trimFloat(n.Value)+n.Unit) {
			score += 2
		}
	}
	return score, coverage
}

// best returns the best sentence among the first few hits, rank-weighted.
func (sc *sentenceScorer) best(hits []retrieval.Hit, depth int) (scored, bool) {
	var b scored
	found := false
	for i, h := range hits {
		if i >= depth {
			break
		}
		w := 1 - 0.1*float64(i)
		for _, sent := range zh.Sentences(h.Chunk.Text) {
			if strings.TrimSpace(sent) == "" {
				continue
			}
			s, c := sc.score(sent)
			if !found || s*w > b.score {
				b = scored{hit: i, sentence: sent, score: s * w, coverage: c}
				found = true
			}
		}
	}
	return b, found
}

// composeLookup answers from the best sentence of the best passages.
func composeLookup(ix *retrieval.Index, a retrieval.Analysis, hits []retrieval.Hit, k int, ans *Answer) {
	if len(hits) == 0 {
		ans.Text = notFound(a.Lang)
		return
	}
	sc := newScorer(ix, a)
	b, _ := sc.best(hits, 3)
	// The cited passage with the quote comes first.
	order := []int{b.hit}
	for i := range hits {
		if i != b.hit {
			order = append(order, i)
		}
	}
	for _, i := range order {
		if len(ans.Citations) == k {
			break
		}
		ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, hits[i]))
	}
	quote := narrowQuote(sc, strings.TrimSpace(b.sentence))
	ans.Citations[0].Quote = quote
	if b.coverage < groundedCoverage {
		ans.Grounded = false
		ans.Text = weakAnswer(a.Lang, ans.Citations)
		return
	}
	ans.Grounded = true
	r, _ := ix.Report(hits[b.hit].Chunk.Key())
	// The fact rows the quoted sentence states, when the question asks about their indicator.
	var stated []corpus.Fact
	for _, f := range ix.Facts {
		if f.ChunkID == hits[b.hit].Chunk.ID && (strings.Contains(b.sentence, f.Sentence) || strings.Contains(f.Sentence, quote)) &&
			(len(a.Indicators) == 0 || contains(a.Indicators, f.Indicator)) {
			stated = append(stated, f)
		}
	}
	lines := factLines(dedupeFacts(stated), a.Lang, func(corpus.Fact) int { return 1 })
	if len(lines) > 4 {
		lines = lines[:4]
	}
	label := reportLabel(r, a.Lang)
	if a.Lang == "zh" {
		head := label + "的报告:"
		if len(lines) > 0 {
			head += strings.Join(lines, ";") + "。原文:"
		}
		ans.Text = head + "“" + quote + "”[1]"
	} else {
		head := "According to the report of " + label
		if len(lines) > 0 {
			head += ": " + strings.Join(lines, "; ") + ". The report says"
		}
		ans.Text = head + ": “" + quote + "” [1]"
	}
}

// narrowQuote cuts a long sentence to the run of clauses that carries the match.
func narrowQuote(sc *sentenceScorer, sent string) string {
	const maxQuote = 160
	if len([]rune(sent)) <= maxQuote {
		return sent
	}
	cl := zh.Clauses(sent)
	bestI, bestJ, bestS := 0, 1, -1.0
	for i := range cl {
		n := 0
		for j := i; j < len(cl); j++ {
			n += len([]rune(cl[j]))
			if n > maxQuote && j > i {
				break
			}
			s, _ := sc.score(strings.Join(cl[i:j+1], ""))
			if s > bestS {
				bestI, bestJ, bestS = i, j+1, s
			}
		}
	}
	return strings.TrimRight(strings.Join(cl[bestI:bestJ], ""), "，,、：:")
}

func citation(n int, h retrieval.Hit) Citation {
	c := h.Chunk
	return Citation{N: n, Source: c.Source, Report: c.Report, Entity: c.Entity, Section: c.SectionPath(),
		Text: c.Text, Score: h.Score, ChunkID: c.ID}
}

func notFound(lang string) string {
	if lang == "zh" {
		return "报告中没有找到与这个问题相关的内容。"
	}
	return "The reports do not seem to answer this question: nothing in them matches it."
}

func weakAnswer(lang string, cs []Citation) string {
	if len(cs) == 0 {
		return notFound(lang)
	}
	refs := make([]string, 0, 3)
	for _, c := range cs[:min(3, len(cs))] {
		refs = append(refs, fmt.Sprintf("%s [%d]", c.Entity, c.N))
	}
	if lang == "zh" {
		return "报告似乎没有直接回答这个问题。最接近的段落:" + strings.Join(refs, "、") + "。"
	}
	return "The reports do not seem to answer this question directly. The closest passages are from " + strings.Join(refs, ", ") + "."
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func trimFloat(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}

// tokenWeight is a question token's weight in coverage: its IDF; a token no passage holds gets
// half the highest IDF: it may be a concept the reports lack (常住人口) or a seam between two
// words of the question (定了), and only the first should count fully.
func tokenWeight(ix *retrieval.Index, tok string) float64 {
	if ix.Known(tok) {
		return ix.IDF(tok)
	}
	return unknownShare * ix.IDF(tok)
}

// unknownShare and groundedCoverage were chosen together on the team and held-out sets (see
// BENCHMARKS.md, "Grounding threshold"): the fewest false "not answered" replies for the most
// unanswerable questions recognised.
const unknownShare = 0.5
