package answer

import (
	"slices"

	"github.com/reportbot/reportbot/retrieval"
)

// declineCountUnstated declines an English how-many lookup whose quote names the asked thing
// (retrieval.MentionsHead) only in clauses without any figure, while no clause of the quote
// states a figure of it (retrieval.NamedInClause) and no passage found holds a figure in a
// clause naming it (retrieval.FigureBesideHead): the report mentions the
// thing without a number, and the quote's figures count other things in clauses of their own
// ("How many smart parking lots did Daixi build" quoting …智慧停车场…等项目超时序完成 after
// 21个工程项目; "how many village museums" quoting 建成9个“15分钟品质文化生活圈”,扎实推进城市
// 书屋、乡村博物馆文化阵地建设).
func declineCountUnstated(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil || !retrieval.AsksCount(a) {
		return path
	}
	noun, checked, _ := retrieval.FigureNamed(a, res.Best.Quote)
	if !checked || noun == "" || !retrieval.MentionsHead(a, noun, res.Best.Quote) || retrieval.NamedInClause(a, res.Best.Quote) {
		return path
	}
	if slices.ContainsFunc(res.Hits, func(h retrieval.Hit) bool { return retrieval.FigureBesideHead(a, noun, h.Chunk.Text) }) {
		// A figure beside the thing, in this time frame or the other: declineNoFigure says
		// which (last year's 87 sewage outlets for this year's plan).
		return path
	}
	return decline(a, ans, noFigureText(a, res, noun))
}
