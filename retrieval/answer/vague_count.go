package answer

import (
	"slices"

	"github.com/reportbot/reportbot/retrieval"
)

// declineVagueCount declines a how-many lookup whose quote speaks of the asked thing only with a
// vague quantity (比亚迪王朝店等一批新能源汽车销售企业顺利开业 for "新开了几家新能源汽车销售店"):
// "a batch" is no count, and any other figure found counts something else. It stands unless a
// passage found counts the asked thing beside the question's other words (CountNamedWithThings).
func declineVagueCount(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	vague := retrieval.VagueCount(a, res.Best.Quote)
	if vague == "" || slices.ContainsFunc(res.Hits, func(h retrieval.Hit) bool { return retrieval.CountNamedWithThings(a, h.Chunk.Text) }) {
		return path
	}
	return decline(a, ans, vagueCountText(a, res, vague))
}

// vagueCountText says the report names the asked thing without a count and quotes it:
// "xx区(柳州市)的报告只说“一批新能源汽车销售企业”,没有给出具体数量:“…”[1]".
func vagueCountText(a retrieval.Plan, res retrieval.Result, vague string) string {
	quote := "“" + res.Best.Quote + "”[1]"
	if a.Lang == "zh" {
		return scopeName(a, res) + "只说“" + vague + "”,没有给出具体数量:" + quote
	}
	return scopeSays(a, res, "gives no number; it says only", "give no number; they say only") + " “" + vague + "”: " + quote
}
