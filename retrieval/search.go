package retrieval

import (
	"context"
	"regexp"
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/zh"
)

var reAnonBase = regexp.MustCompile(`^(?i:x{1,3}|××|某)$`)

// Hit is a retrieved chunk with its fused score and the ranks it had in each list (0: absent).
type Hit struct {
	Chunk   corpus.Chunk
	Score   float64
	Lexical int
	Dense   int
	Fact    int
}

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

var (
	reTargetSection = regexp.MustCompile(`安排|计划|目标|任务|展望|思路|打算|重点工作|20\d\d年工作$`)
	reActualSection = regexp.MustCompile(`回顾|过去|成绩|成效|这一年|一年来`)
)

// Scope returns the chunk filter an analysis implies: the reports its places identify, else the
// reports of the level it names. It returns nil (everything) when neither applies or when the
// filter would leave nothing.
func (ix *Index) Scope(a Analysis) func(int) bool {
	keys := ix.ScopeReports(a)
	if len(keys) == 0 {
		return nil
	}
	return func(i int) bool { return keys[ix.Chunks[i].Key()] }
}

// ScopeReports returns the reports an analysis is about (nil: all).
func (ix *Index) ScopeReports(a Analysis) map[corpus.ReportKey]bool {
	keys := map[corpus.ReportKey]bool{}
	reports := a.Reports
	if len(reports) == 0 && a.Aggregate {
		// "Which towns are in Wujiang?": the reports that name the place.
		for _, name := range a.Places {
			reports = appendKeys(reports, ix.placeReports[name][2]...)
		}
	}
	for _, k := range reports {
		r, ok := ix.Report(k)
		if ok && (a.Level == "" || r.Level == a.Level || len(a.Reports) == 1) {
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

// LexicalQuery returns the weighted tokens of an analysis' terms.
func LexicalQuery(a Analysis) map[string]float64 {
	q := map[string]float64{}
	for _, t := range a.Terms {
		for _, v := range t.Variants {
			for _, tok := range zh.Tokens(zh.Normalize(v)) {
				if t.Weight > q[tok] {
					q[tok] = t.Weight
				}
			}
		}
	}
	return q
}

// DenseText is the text embedded for dense search: the Chinese forms of the question's terms.
func DenseText(a Analysis) string {
	if a.Lang == "zh" {
		return a.Question
	}
	var parts []string
	for _, t := range a.Terms {
		parts = append(parts, t.Variants...)
	}
	return strings.Join(parts, " ")
}

// MatchingFacts returns the facts an analysis asks about (indicator, intent, number, scope).
func (ix *Index) MatchingFacts(a Analysis, scope func(int) bool) []corpus.Fact {
	if len(a.Indicators) == 0 {
		return nil
	}
	var out []corpus.Fact
	for _, ind := range a.Indicators {
		q := facts.Query{Indicator: ind, Kind: a.Intent}
		for _, f := range facts.Filter(ix.Facts, q) {
			if scope != nil {
				ci, ok := ix.chunkByID[f.ChunkID]
				if !ok || !scope(ci) {
					continue
				}
			}
			out = append(out, f)
		}
	}
	// Facts whose value the question names come first.
	sort.SliceStable(out, func(i, j int) bool { return numberMatch(a, out[i]) && !numberMatch(a, out[j]) })
	return out
}

func numberMatch(a Analysis, f corpus.Fact) bool {
	for _, n := range a.Numbers {
		if n.Value == f.Value && (n.Unit == "" || n.Unit == f.Unit) {
			return true
		}
	}
	return false
}

// Search returns the k best chunks for an analysis, fusing lexical, dense and fact rankings.
func (ix *Index) Search(ctx context.Context, a Analysis, k int) ([]Hit, error) {
	scope := ix.Scope(a)
	lexQ := LexicalQuery(a)
	lex := ix.bm25.Search(lexQ, listDepth, scope)
	if len(lex) == 0 && scope != nil && len(a.Reports) == 0 {
		// The level filter found nothing that matches: widen to every report. A question about
		// a named place stays with that place's report (which then does not answer it).
		scope = nil
		lex = ix.bm25.Search(lexQ, listDepth, nil)
	}
	dense, err := ix.dense(ctx, DenseText(a), listDepth, scope)
	if err != nil {
		return nil, err
	}
	fused := map[int]*Hit{}
	get := func(i int) *Hit {
		h, ok := fused[i]
		if !ok {
			h = &Hit{Chunk: ix.Chunks[i]}
			fused[i] = h
		}
		return h
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
	for _, f := range ix.MatchingFacts(a, scope) {
		i, ok := ix.chunkByID[f.ChunkID]
		if !ok || seen[i] {
			continue
		}
		seen[i] = true
		rank++
		h := get(i)
		h.Fact = rank
		h.Score += weightFact / float64(rrfK+rank)
	}
	out := make([]Hit, 0, len(fused))
	for _, h := range fused {
		if a.Intent != "" {
			sec := h.Chunk.SectionPath()
			if a.Intent == IntentTarget && reTargetSection.MatchString(sec) || a.Intent == IntentActual && reActualSection.MatchString(sec) {
				h.Score *= 1 + sectionBoost
			}
		}
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Chunk.ID < out[j].Chunk.ID
	})
	if k > 0 && len(out) > k {
		out = out[:k]
	}
	return out, nil
}

// SearchIn ranks the chunks of the given reports lexically and returns the best n.
func (ix *Index) SearchIn(a Analysis, reports map[corpus.ReportKey]bool, n int) []Hit {
	res := ix.bm25.Search(LexicalQuery(a), n, func(i int) bool { return reports[ix.Chunks[i].Key()] })
	out := make([]Hit, len(res))
	for i, r := range res {
		out[i] = Hit{Chunk: ix.Chunks[r.Doc], Score: r.Score, Lexical: i + 1}
	}
	return out
}
