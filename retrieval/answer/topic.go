package answer

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// composeTopic answers a filter question that no fact row answers: every report (in scope)
// whose best passage covers the question's terms (retrieval.TopicCoverage) is listed with its
// quote and a citation, best covered first. It returns false when no report qualifies.
func composeTopic(a retrieval.Plan, res retrieval.Result, k int, ans *Answer) bool {
	fs := slices.Clone(res.Topic)
	if len(fs) == 0 {
		return false
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Coverage > fs[j].Coverage })
	var lines []string
	for _, f := range fs {
		n := len(ans.Citations) + 1
		c := citation(n, f.Hit)
		c.Quote = f.Quote
		ans.Citations = append(ans.Citations, c)
		sep := ": "
		if a.Lang == "zh" {
			sep = ":"
		}
		r, _ := res.Report(f.Hit.Chunk.Key())
		if a.Lang == "en" {
			lines = append(lines, "• "+enTopicLine(a, r, f.Quote, n, res.Lexicon))
			continue
		}
		lines = append(lines, "• "+reportLabel(r, a.Lang)+sep+"“"+f.Quote+"” ["+strconv.Itoa(n)+"]")
	}
	seen := map[string]bool{}
	for _, c := range ans.Citations {
		seen[c.ChunkID] = true
	}
	for _, h := range res.Hits {
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
