package retrieval

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/zh"
)

// Fusion weights and depth. RRF's k=60 is the usual constant; each list contributes
// weight/(k+rank).
const (
	rrfK         = 60
	listDepth    = 50
	weightLex    = 1.0
	weightDense  = 0.6
	weightFact   = 1.0
	sectionBoost = 0.15 // share added when the section matches the question's intent
)

// Words of section headings about the year ahead and about the year past.
var (
	targetSectionWords = []string{"安排", "计划", "目标", "任务", "展望", "思路", "打算", "重点工作"}
	actualSectionWords = []string{"回顾", "过去", "成绩", "成效", "这一年", "一年来"}
)

// targetSection reports whether a section path is about the year ahead: it has one of
// targetSectionWords or ends in "20xx年工作".
func targetSection(sec string) bool {
	if containsAny(sec, targetSectionWords) {
		return true
	}
	rest, ok := strings.CutSuffix(sec, "年工作")
	n := len(rest)
	return ok && n >= 4 && rest[n-4] == '2' && rest[n-3] == '0' && isDigit(rest[n-2]) && isDigit(rest[n-1])
}

// actualSection reports whether a section path reviews the year past.
func actualSection(sec string) bool { return containsAny(sec, actualSectionWords) }

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// chunkFilter returns the chunk filter of a scope (nil: everything).
func (ix *Index) chunkFilter(keys map[corpus.ReportKey]bool) func(int) bool {
	if len(keys) == 0 {
		return nil
	}
	in := make([]bool, len(ix.Reports)) // by report index: a slice lookup per chunk, not a map's
	for k := range keys {
		if r, ok := ix.reportOf[k]; ok {
			in[r] = true
		}
	}
	return func(i int) bool { return in[ix.chunkReport[i]] }
}

// scopeReports returns the reports a plan is about: the reports its places identify, else the
// reports of the level it names. It returns nil (every report) when neither applies or when the
// filter would leave nothing.
func (ix *Index) scopeReports(a Plan) map[corpus.ReportKey]bool {
	keys := map[corpus.ReportKey]bool{}
	reports := a.Reports
	if len(reports) > 0 {
		reports, _ = ix.selectReports(a)
	}
	if len(reports) == 0 && a.Aggregate && placesOnly(a) {
		// "Which towns are in Wujiang?": the reports that name the place. A place beside other
		// topics ("Taiwan-related work (对台/侨台/台港澳)") is one of the topics, not the scope.
		for _, name := range a.Places {
			reports = appendKeys(reports, ix.placeReports[name][2]...)
		}
	}
	for _, k := range reports {
		r, ok := ix.Report(k)
		if ok && (a.Level == "" || r.Level == a.Level || len(reports) == 1) {
			keys[k] = true
		}
	}
	if len(keys) == 0 && len(reports) > 0 && !a.Aggregate && len(subLevels(a)) > 0 {
		// "The Suzhou district": the city's reports are of another level. The question is
		// declined (area_level.go), with the closest passages of the city's reports, not of
		// another city's district.
		for _, k := range reports {
			keys[k] = true
		}
	}
	if len(keys) == 0 && a.Level != "" {
		for _, r := range ix.Reports {
			if r.Level == a.Level {
				keys[r.Key()] = true
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	return keys
}

// LexicalQuery returns the weighted tokens of a plan's terms.
func LexicalQuery(a Plan) map[string]float64 {
	q := map[string]float64{}
	for _, t := range a.Terms {
		for i, v := range t.Variants {
			w := t.Weight
			if i < len(t.Lexical) {
				w = t.Lexical[i]
			}
			for _, tok := range zh.Tokens(zh.Normalize(v)) {
				if w > q[tok] {
					q[tok] = w
				}
			}
		}
	}
	return q
}

// DenseText is the text embedded for dense search: the Chinese forms of the question's terms.
func DenseText(a Plan) string {
	if a.Lang == "zh" {
		return a.Question
	}
	var parts []string
	for _, t := range a.Terms {
		parts = append(parts, t.Variants...)
	}
	return strings.Join(parts, " ")
}

func numberMatch(a Plan, f corpus.Fact) bool {
	for _, n := range a.Numbers {
		if n.Value == f.Value && (n.Unit == "" || n.Unit == f.Unit) {
			return true
		}
	}
	return false
}

// Search runs a plan: it ranks passages (at most k, fusing lexical, dense and fact rankings),
// scores the sentences of the first few against the plan and picks the best, collects the fact
// rows in scope and, for a filter question no fact row answers, each report's best evidence.
// The Result holds all an answer is composed from.
func (ix *Index) Search(ctx context.Context, p Plan, k int) (Result, error) {
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return reHanRun.MatchString(t.From) }) {
		// A Chinese word may pivot through the sense index (pivot.go): it is read here, for the
		// first question that may need it, not when the index opens (an English question, a
		// reload or `reports` never reads it).
		if err := senseIndexErr(); err != nil {
			return Result{}, err
		}
		if err := thesaurusErr(); err != nil {
			return Result{}, err
		}
	}
	asked := p
	p = placeOnly(p)
	cmp, compare := ix.comparison(p)
	if compare {
		p.Aggregate = true
		p = bareComparison(p)
	}
	scopeKeys := ix.scopeReports(p)
	if keys := cmp.keys(); compare && len(keys) > 0 {
		scopeKeys = keys // each place's report of the year asked (compare.go)
	}
	scope, runs := ix.chunkFilter(scopeKeys), ix.chunkRuns(scopeKeys)
	res := Result{Unresolved: p.Unresolved, Scope: ix.keysInOrder(scopeKeys), Lexicon: ix.Lexicon()}
	if len(p.Reports) > 0 && !compare {
		_, res.Selection = ix.selectReports(p)
	}
	res.Facts = ix.matchingFacts(p, scope, scopeKeys)
	lexQ := ix.lexicalQuery(p)
	lex := ix.bm25.Search(lexQ, listDepth, scope)
	rankFacts := res.Facts
	if len(lex) == 0 && scope != nil && len(p.Reports) == 0 {
		// The level filter found nothing that matches: widen to every report. A question about
		// a named place stays with that place's report (which then does not answer it).
		scope = nil
		res.Widened = true
		lex = ix.bm25.Search(lexQ, listDepth, nil)
		rankFacts = ix.matchingFacts(p, nil, nil)
	}
	dense, err := ix.dense(ctx, DenseText(p), listDepth, scope, runs)
	if err != nil {
		return Result{}, err
	}
	res.Hits = ix.fuse(p, lex, dense, rankFacts, k)

	sc := ix.newScorer(p)
	sc.fits = ix.timeFrame(p)
	if len(res.Hits) > 0 {
		depth := sentenceDepth(p)
		b, found := sc.best(res.Hits, depth, nil)
		if found && depth < lexiconDepth && (b.OffFrame || sc.want.asks && !b.Figure) {
			// The first hits' best sentence is in another time frame (a target for "last year"),
			// or states no figure of the kind a how-much question asks for (扎实推进住宅小区物业管理
			// 全覆盖 for "how many compounds have property management"): the answer may be a few
			// hits further down.
			if d, ok := sc.best(res.Hits, lexiconDepth, nil); ok && !d.OffFrame && (!sc.want.asks || d.Figure) && d.Coverage >= b.Coverage {
				b = d
			}
		} else if d, ok := sc.thinDeeper(found && depth < lexiconDepth, b, func() (Evidence, bool) {
			return sc.best(res.Hits, lexiconDepth, nil)
		}); ok {
			b = d // a figure in a sentence that holds little of the question (thin_first.go)
		} else if found && depth < lexiconDepth && sc.otherFrameFirst(res.Hits, depth, b) {
			// The first hits speak of the asked thing best in the other time frame (that plan
			// sentence, once its yearless plan section is read as the plan), and the best in
			// the asked frame covers less (新建10个高品质小区): a sentence further down that is in
			// the asked frame by its own words and covers more answers.
			if d, ok := sc.best(res.Hits, lexiconDepth, nil); ok && !d.OffFrame && (!sc.want.asks || d.Figure) &&
				d.Coverage > b.Coverage && sc.fits(d.Hit.Chunk, d.Sentence) {
				b = d
			}
		}
		if d, ok := sc.attachedBest(p, res.Hits, b); found && ok {
			b = d // a count written on the asked noun itself (figure_attached.go)
		}
		if found && sc.want.asks && !b.Figure {
			if d, ok := sc.answeringBest(p, res.Hits, b); ok {
				b = d
			} else if d, ok := ix.reportAnswer(sc, p, res.Hits, b); ok {
				b = d // a passage of the same report the search ranked lower (figure_report.go)
			}
		}
		if found {
			b = ix.abbrevCovered(p, b)
			b.Stated = ix.stated(p, b)
		} else {
			b = Evidence{Hit: res.Hits[0]} // no sentence in the first hits: nothing to quote
		}
		res.Best = &b
	}
	if p.hasLexicon() {
		// Lists judge each report by the terms as they were before lexicon words were weighed
		// as concepts (ground.go), a rendering the reports hold as half of a compound in full
		// (listPlan).
		sc = ix.newScorer(ix.listPlan(p))
		sc.fits = ix.timeFrame(p)
	}
	switch {
	case len(res.Selection.Candidates) > 1 && len(sc.terms) > 0:
		// One name, several places: each candidate's own best evidence.
		res.Topic, res.Checked = ix.topic(sc, lexQ, keySet(res.Selection.Candidates), nil)
	case p.Aggregate && len(sc.terms) > 0:
		// Every report in scope is checked, also when fact rows answer: a report whose statement
		// was not extracted as a fact still answers from its passage. A list that asks for
		// figures (Plan.AsksFigure) quotes each report's sentence that states one.
		sc.want.asks = sc.want.asks || p.AsksFigure()
		sc.frameNamed = p.FrameNamed()
		res.Topic, res.Checked = ix.topic(sc, lexQ, scopeKeys, answeredByFacts(asked, res.Facts, compare))
	}
	res.Constraints = ix.constraints(p, scopeKeys, res)
	res.Reports, res.Passages = ix.profiles(res)
	res.ix = ix
	res.concepts = res.Concepts(asked) // the plan Ground is given
	ix.constraintReports(&res)
	if compare {
		ix.finishComparison(p, cmp, &res)
	}
	return res, nil
}

// fuse merges the ranked lists by reciprocal rank fusion, boosts passages whose section fits
// the plan's time frame and returns the best k (all when k <= 0).
//
// A question over every report brings thousands of fact rows, each a candidate; their passages
// are decoded (for the section boost and the order of ties) best first, only until no passage
// left, boosted, could reach the k-th best so far.
func (ix *Index) fuse(a Plan, lex, dense []Scored, fs []corpus.Fact, k int) []Hit {
	at := map[int]int{} // chunk index → index in cands
	var cands []Hit     // their chunks not yet decoded
	var docs []int      // each candidate's chunk index
	get := func(i int) *Hit {
		j, ok := at[i]
		if !ok {
			j = len(cands)
			at[i] = j
			cands = append(cands, Hit{})
			docs = append(docs, i)
		}
		return &cands[j]
	}
	for r, s := range lex {
		h := get(s.Doc)
		h.Lexical = r + 1
		h.Score += weightLex / float64(rrfK+r+1)
	}
	for r, s := range dense {
		h := get(s.Doc)
		h.Dense = r + 1
		h.Score += weightDense / float64(rrfK+r+1)
	}
	seen := map[int]bool{}
	rank := 0
	for _, f := range fs {
		i, ok := ix.chunkIndex(f.ChunkID)
		if !ok || seen[i] {
			continue
		}
		seen[i] = true
		rank++
		h := get(i)
		h.Fact = rank
		h.Score += weightFact / float64(rrfK+rank)
	}
	order := make([]int, len(cands))
	for j := range order {
		order[j] = j
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(cands[y].Score, cands[x].Score) })
	better := func(x, y Hit) bool {
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		return x.Chunk.ID < y.Chunk.ID
	}
	var out []Hit // the decoded candidates, the best k first once sorted
	for _, j := range order {
		h := cands[j]
		if k > 0 && len(out) >= k {
			bound := h.Score
			if a.Intent != "" {
				bound *= 1 + sectionBoost
			}
			if out[k-1].Score > bound {
				break // neither h nor any after it can reach the k best
			}
		}
		h.Chunk = ix.Chunk(docs[j])
		if a.Intent != "" {
			sec := h.Chunk.SectionPath()
			if a.Intent == IntentTarget && targetSection(sec) || a.Intent == IntentActual && actualSection(sec) {
				h.Score *= 1 + sectionBoost
			}
		}
		if k <= 0 {
			out = append(out, h)
			continue
		}
		n := sort.Search(len(out), func(n int) bool { return better(h, out[n]) })
		if out = slices.Insert(out, n, h); len(out) > k {
			out = out[:k]
		}
	}
	if k <= 0 {
		sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	}
	return out
}

// AsksFor reports whether a matching fact row is of the measure the plan asks about: a
// question about growth (or decline) wants growth rates, not amounts.
func (a Plan) AsksFor(f corpus.Fact) bool {
	return !a.Growth || f.Measure == "growth"
}

// stated returns the fact rows the evidence's sentence states, of the plan's indicators when
// it names any.
func (ix *Index) stated(a Plan, b Evidence) []corpus.Fact {
	var out []corpus.Fact
	for _, i := range ix.chunkFacts(b.Hit.Chunk.ID) {
		f := *ix.fact(i)
		if (strings.Contains(b.Sentence, f.Sentence) || strings.Contains(f.Sentence, b.Quote)) &&
			(len(a.Indicators) == 0 || slices.Contains(a.Indicators, f.Indicator)) {
			out = append(out, f)
		}
	}
	return out
}

// keysInOrder returns the keys of a scope in corpus order (nil for nil).
func (ix *Index) keysInOrder(keys map[corpus.ReportKey]bool) []corpus.ReportKey {
	if keys == nil {
		return nil
	}
	out := make([]corpus.ReportKey, 0, len(keys))
	for _, r := range ix.Reports {
		if keys[r.Key()] {
			out = append(out, r.Key())
		}
	}
	return out
}

// profiles returns the profiles of the reports a result draws on and the chunks its facts
// come from.
func (ix *Index) profiles(res Result) (map[corpus.ReportKey]corpus.Report, map[string]corpus.Chunk) {
	reports := map[corpus.ReportKey]corpus.Report{}
	add := func(k corpus.ReportKey) {
		if _, ok := reports[k]; !ok {
			if r, ok := ix.Report(k); ok {
				reports[k] = r
			}
		}
	}
	passages := map[string]corpus.Chunk{}
	for _, f := range res.Facts {
		add(f.Key())
		if ix.src == nil { // an index on a Source decodes a fact's chunk only when Passage asks for it
			if c, ok := ix.ChunkByID(f.ChunkID); ok {
				passages[c.ID] = c
			}
		}
	}
	for _, h := range res.Hits {
		add(h.Chunk.Key())
	}
	for _, e := range res.Topic {
		add(e.Hit.Chunk.Key())
	}
	for _, k := range res.Selection.Candidates {
		add(k)
	}
	return reports, passages
}
