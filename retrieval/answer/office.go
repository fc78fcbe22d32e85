package answer

import (
	"slices"

	"github.com/reportbot/reportbot/retrieval"
)

// declineHolder declines a lookup that asks who holds an office ("Who is the head of the
// Beijing district government?", "沙埕镇党委书记叫什么名字?") when no passage found names a
// person by a title (retrieval.NamesHolder): the sentence quoted then only shares the
// office's words (首家 for "head", 习近平总书记 for "Party secretary", 镇党委 for the Party
// committee) and answers nothing about who holds it.
func declineHolder(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || !retrieval.AsksHolder(a) {
		return path
	}
	if slices.ContainsFunc(res.Hits, func(h retrieval.Hit) bool { return retrieval.NamesHolder(h.Chunk.Text) }) {
		return path
	}
	return decline(a, ans, holderText(a, res))
}

// holderText says that the reports in scope name nobody in office: "The report of Shacheng
// town (沙埕镇) names no one in office; it speaks for the government as a whole.",
// "沙埕镇的报告没有提到任何官员的姓名,只以政府的名义报告工作。"
func holderText(a retrieval.Plan, res retrieval.Result) string {
	if a.Lang == "zh" {
		return scopeName(a, res) + "没有提到任何官员的姓名,只以政府的名义报告工作。"
	}
	return scopeSays(a, res, "names no one in office; it speaks for the government as a whole.",
		"name no one in office; they speak for their governments as a whole.")
}
