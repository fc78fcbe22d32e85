package answer

import (
	"sort"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/retrieval"
)

// topicCoverage is the share of a question's terms a report's best sentence must hold for the
// report to count as "mentioning" the topic in a filter question ("哪些报告提到了老旧小区改造?").
const topicCoverage = 0.6

// composeTopic answers a filter question that no fact row answers: every report (in scope)
// whose best passage covers the question's terms is listed with its quote and a citation. It
// returns false when no report qualifies.
func composeTopic(ix *retrieval.Index, a retrieval.Analysis, hits []retrieval.Hit, k int, ans *Answer) bool {
	sc := newScorer(ix, a)
	if len(sc.terms) == 0 {
		return false
	}
	scope := ix.ScopeReports(a)
	type found struct {
		r     corpus.Report
		hit   retrieval.Hit
		quote string
		cov   float64
	}
	var fs []found
	for _, r := range ix.Reports {
		if scope != nil && !scope[r.Key()] {
			continue
		}
		rh := ix.SearchIn(a, map[corpus.ReportKey]bool{r.Key(): true}, 5)
		b, ok := sc.best(rh, 5)
		if !ok || b.coverage < topicCoverage {
			continue
		}
		fs = append(fs, found{r: r, hit: rh[b.hit], quote: narrowQuote(sc, strings.TrimSpace(b.sentence)), cov: b.coverage})
	}
	if len(fs) == 0 {
		return false
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].cov > fs[j].cov })
	var lines []string
	for _, f := range fs {
		n := len(ans.Citations) + 1
		c := citation(n, f.hit)
		c.Quote = f.quote
		ans.Citations = append(ans.Citations, c)
		sep := ": "
		if a.Lang == "zh" {
			sep = ":"
		}
		lines = append(lines, "• "+reportLabel(f.r, a.Lang)+sep+"“"+f.quote+"” ["+itoa(n)+"]")
	}
	seen := map[string]bool{}
	for _, c := range ans.Citations {
		seen[c.ChunkID] = true
	}
	for _, h := range hits {
		if len(ans.Citations) >= max(k, len(fs)) {
			break
		}
		if !seen[h.Chunk.ID] {
			seen[h.Chunk.ID] = true
			ans.Citations = append(ans.Citations, citation(len(ans.Citations)+1, h))
		}
	}
	ans.Grounded = true
	if a.Lang == "zh" {
		ans.Text = "谈到这一点的报告:\n" + strings.Join(lines, "\n")
	} else {
		ans.Text = "Reports that speak of this:\n" + strings.Join(lines, "\n")
	}
	return true
}
