package retrieval

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/reportbot/reportbot/internal/corpus"
)

// topic returns the best evidence of each report in scope (all when scope is nil) among its
// own best topicDepth passages for the lexical query and the first passages of their sections,
// for the reports whose best topical span (one that holds the question's decisive term, see
// scorer.topical) covers at least TopicCoverage of the question; and how many reports it
// checked. One search ranks every passage in scope (a passage's BM25 score does not depend on
// the filter, so each report's first passages in that ranking are what a search within the
// report returns). A report none of whose passages holds enough of the question's tokens
// cannot qualify, and its sentences are not scored.
//
// Reports are checked independently, on every core, each reading its passages with one read
// (reportReader); the evidence comes out in corpus order. The reports in skip are counted as
// checked but not scored (answeredByFacts: the answer lists them from their facts).
func (ix *Index) topic(sc *scorer, lexQ map[string]float64, scope, skip map[corpus.ReportKey]bool) ([]Evidence, int) {
	if sc.threshold {
		lsc := *sc
		lsc.thresholdFree = true
		sc = &lsc
	}
	lexQ = withNamedTopics(sc, lexQ)
	// Each report's first topicDepth passages of the ranking of every passage in scope.
	allow := ix.chunkFilter(scope)
	byReport := ix.bm25.SearchBy(lexQ, allow, func(doc int) int { return int(ix.chunkReport[doc]) }, len(ix.Reports), topicDepth)
	deep := ix.deepPassages(sc, allow) // the passages past them that write the topic (topic_deep.go)
	// Which chunks hold each of the scorer's tokens, read once for every report: a bit per
	// chunk (48 KB a token at 10,000 reports), read from the postings part by part, not a
	// merged copy of them.
	tokens, _ := sc.pieceTokens()
	lists := make(map[string][]uint64, len(tokens))
	for _, tok := range tokens {
		bits := make([]uint64, (ix.NumChunks()+63)/64)
		ix.bm25.eachList(tok, func(start int, ps []posting) {
			for _, p := range ps {
				d := start + int(p.Doc)
				bits[d>>6] |= 1 << (d & 63)
			}
		})
		lists[tok] = bits
	}
	gate := ix.newTopicGate(sc, lists)
	var listed []bool // per report: whether the per-indicator table lists a passage of it
	if gate != nil {
		if gate.listed = ix.runBits(gate); gate.listed != nil {
			listed = ix.reportsOf(gate.listed)
		}
	}
	var todo []int32
	checked := 0
	for i, r := range ix.Reports {
		if scope != nil && !scope[r.Key()] {
			continue
		}
		checked++
		if listed != nil && !listed[i] {
			continue // no passage of it may be topical (topicruns.go)
		}
		if len(byReport[int32(i)]) > 0 && !skip[r.Key()] {
			todo = append(todo, int32(i))
		}
	}
	found := make([]*Evidence, len(todo))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(todo)/8))
	// Each worker takes the next batch of reports when it is done with its own: a worker the
	// system holds up (other processes share the cores) leaves no share of the reports waiting
	// for it alone, as a fixed split did.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(topicBatch)) - topicBatch
				if lo >= len(todo) {
					return
				}
				for j := lo; j < min(lo+topicBatch, len(todo)); j++ {
					rep := todo[j]
					if found[j] = ix.reportTopic(sc, lists, gate, rep, byReport[rep]); found[j] == nil && len(deep[rep]) > 0 {
						found[j] = ix.deepTopic(sc, lists, gate, rep, byReport[rep], deep[rep])
					}
				}
			}
		})
	}
	wg.Wait()
	var out []Evidence
	for _, e := range found {
		if e != nil {
			out = append(out, *e)
		}
	}
	return out, checked
}

// topicBatch is how many reports a worker of topic takes at a time.
const topicBatch = 16

// reportTopic is topic for one report (by index in Reports) and its ranked passages.
// A passage the gate rules out (topicGate) is not scored.
func (ix *Index) reportTopic(sc *scorer, lists map[string][]uint64, gate *topicGate, rep int32, ranked []Scored) *Evidence {
	rr := ix.reportReader(rep)
	defer rr.close()
	// The passages are decoded only once the bounds below leave the report a chance: which
	// passages to read, and which have a next one, come from the run's records.
	rr.load()
	docs := make([]int, len(ranked))
	for i, s := range ranked {
		docs[i] = s.Doc
	}
	starts, from := rr.sectionStartDocs(docs)
	docs = append(docs, starts...)
	// A passage's tokens (its section path's too) and the next passage's include any of its
	// spans', so what they hold of the question bounds their match and coverage.
	has := func(tok string, doc int) bool {
		bits := lists[tok]
		return doc>>6 < len(bits) && bits[doc>>6]&(1<<(doc&63)) != 0
	}
	bounds := make([]float64, len(docs))
	covBound := 0.0
	for i, doc := range docs {
		nextDoc := -1
		if rr.hasNext(doc) {
			nextDoc = doc + 1
		}
		hasTok := func(x weightedToken) float64 {
			// The index has no single characters (chars.go): a bound must assume them held.
			return held(isHanChar(x.tok) || has(x.tok, doc) || nextDoc >= 0 && has(x.tok, nextDoc))
		}
		sum, c := sc.measure(hasTok)
		bounds[i] = sum + 2*float64(len(sc.numbers))
		if c < TopicCoverage-1e-9 && covBound < TopicCoverage-1e-9 {
			c = sc.topicCoverageBound(hasTok, func(tok string) bool {
				if _, ok := lists[tok]; !ok || !isHanBigram(tok) {
					return true // not looked up: assume it held
				}
				return has(tok, doc) || nextDoc >= 0 && has(tok, nextDoc)
			})
		}
		covBound = max(covBound, c)
	}
	if len(docs) == 0 || covBound < TopicCoverage-1e-9 {
		return nil
	}
	may := gate.passages(rr, docs)
	if may != nil && !slices.Contains(may, true) {
		return nil
	}
	hits := make([]Hit, len(docs))
	for i, s := range ranked {
		hits[i] = Hit{Chunk: rr.chunk(s.Doc), Score: s.Score, Lexical: i + 1}
	}
	for k, d := range starts {
		hits[len(ranked)+k] = Hit{Chunk: rr.chunk(d), Score: ranked[from[k]].Score}
	}
	tsc := *sc
	tsc.requireTopic = true
	if may != nil {
		tsc.gate = func(i int) bool { return may[i] }
	}
	tsc.next, tsc.sectionStart = rr.next, rr.sectionStart
	tsc.fitMemo, tsc.headMemo, tsc.pieceMemo = map[string][2]bool{}, map[string]bool{}, map[string]piece{}
	if meets := sc.meets; meets != nil {
		// A threshold list reads a span's figures again for each best it looks for (its best,
		// the best in frame, the best meeting the number: meetingBest): once per text.
		memo := map[string]bool{}
		tsc.meets = func(text string) bool {
			ok, seen := memo[text]
			if !seen {
				ok = meets(text)
				memo[text] = ok
			}
			return ok
		}
	}
	if fits := sc.fits; fits != nil {
		// Several spans of a passage share a statement (alone, after its lead, before the
		// figure's sentence): its time frame is read once.
		frames := map[[2]string]bool{}
		tsc.fits = func(c corpus.Chunk, sentence string) bool {
			k := [2]string{c.ID, sentence}
			ok, seen := frames[k]
			if !seen {
				ok = fits(c, sentence)
				frames[k] = ok
			}
			return ok
		}
	}
	bound := func(i int) float64 { return bounds[i] }
	b, ok := tsc.best(hits, len(hits), bound)
	if !ok {
		return nil
	}
	b = tsc.inFrameBest(b, hits, bound)
	b = ix.tableMeetingBest(&tsc, rr, rep, docs, b, hits, bound)
	if b.Coverage < TopicCoverage {
		b.Coverage = max(b.Coverage, tsc.topicCoverage(b.Lead+b.Sentence))
	}
	if b.Coverage < TopicCoverage {
		if b, ok = tsc.secondLook(hits, bound); !ok {
			return nil
		}
	}
	b.Hit.Sentences = nil
	return &b
}

// chunkIndex returns the index of a chunk (one decoded through rr, else looked up).
func (rr *reportReader) chunkIndex(c corpus.Chunk) (int, bool) {
	if i, ok := rr.index[c.ID]; ok {
		return i, true
	}
	return rr.ix.chunkIndex(c.ID)
}

// next is Index.nextChunk through rr.
func (rr *reportReader) next(c corpus.Chunk) (corpus.Chunk, bool) {
	i, ok := rr.chunkIndex(c)
	if !ok || i+1 >= rr.ix.NumChunks() {
		return corpus.Chunk{}, false
	}
	n := rr.chunk(i + 1)
	return n, n.Key() == c.Key() && n.Seq == c.Seq+1
}

// sectionStart is Index.sectionStart through rr.
func (rr *reportReader) sectionStart(c corpus.Chunk) bool {
	i, ok := rr.chunkIndex(c)
	if !ok {
		return false
	}
	if i == 0 {
		return true
	}
	p := rr.chunk(i - 1)
	return p.Key() != c.Key() || !slices.Equal(p.Section, c.Section)
}

// broaderDecisive returns the decisive term, or a term nearly as specific that names a broader
// topic of which the decisive term's topic is one form: its first topic word lies within the
// decisive term's first ("toilets … the rural 'toilet revolution'": 厕所 within 厕所革命). The
// question asks of the broad topic and gives the narrow one as an instance; a report that
// speaks of the broad one in other words (旅游公厕) speaks of it.
func (sc *scorer) broaderDecisive() int {
	d := sc.decisive
	if d < 0 || len(sc.terms[d].topics) == 0 {
		return d
	}
	narrow := sc.terms[d].topics[0].word
	for i, t := range sc.terms {
		if i == d || t.number || t.alt || t.side || len(t.topics) == 0 || t.weight < broaderWeight*sc.terms[d].weight {
			continue
		}
		if w := t.topics[0].word; len([]rune(w)) >= 2 && w != narrow && strings.Contains(narrow, w) && !sc.completes(i, d, w, narrow) {
			return i
		}
	}
	return d
}

// completes reports whether a term other than the broad one (i) and the decisive one (d)
// names what the decisive term's topic adds to the broad word w, and the question says the
// broad term only right before it: "waste sorting (garbage classification)" says 垃圾 and 分类,
// which make 垃圾分类 again, so the two restate the narrow topic, not a broader one (a report of
// 垃圾乱倒 alone does not speak of sorting). A question that also says the broad term alone
// ("toilets - the rural 'toilet revolution'") asks of the broad topic.
func (sc *scorer) completes(i, d int, w, narrow string) bool {
	for k, u := range sc.terms {
		if k == i || k == d || u.number || !onlyBefore(sc.question, sc.terms[i].from, u.from) {
			continue
		}
		for _, tw := range u.topics {
			if len([]rune(tw.word)) >= 2 && strings.Contains(narrow, w+tw.word) {
				return true
			}
		}
	}
	return false
}

// onlyBefore reports whether question says word at least once, and each time right before
// next (only spaces or a hyphen between them).
func onlyBefore(question, word, next string) bool {
	if word == "" || next == "" {
		return false
	}
	seen := false
	for from := 0; ; {
		j := strings.Index(question[from:], word)
		if j < 0 {
			return seen
		}
		from += j + len(word)
		if !strings.HasPrefix(strings.TrimLeft(question[from:], " -"), next) {
			return false
		}
		seen = true
	}
}

// broaderWeight is the share of the decisive term's weight a broader term must have to take
// its place (broaderDecisive).
const broaderWeight = 0.9
