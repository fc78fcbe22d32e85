package answer

import "github.com/reportbot/reportbot/retrieval"

// declineUnstated declines a lookup for a figure in a named time frame that no report in scope
// states in that frame (retrieval.Result.FigureUnstated), quoting what the reports do say of
// the subject: "What PM2.5 target did the Beijing district set for this year?" is answered
// that the report sets none, with its plan's sentence on PM2.5, not with that sentence as if it
// were the target.
func declineUnstated(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup {
		return path
	}
	u, ok := res.FigureUnstated(a)
	if !ok {
		return path
	}
	return decline(a, ans, unstatedText(a, res, ans, u))
}

// unstatedText says that no report in scope states the asked figure in the asked frame, and
// quotes the sentence u with the report it is from.
func unstatedText(a retrieval.Plan, res retrieval.Result, ans *Answer, u retrieval.Unstated) string {
	r, quote, ref := quoteSentence(ans, res, u.Chunk, u.Sentence)
	label, asked, _ := frameWords(a.Lang, r, a.Intent)
	one := len(res.Scope) == 1
	if a.Lang == "zh" {
		if one {
			return label + "的报告没有给出这一数字作为" + asked + "。报告中的相关表述:" + quote + ref
		}
		return "报告都没有给出这一数字作为" + asked + "。最接近的表述来自" + label + "的报告:" + quote + ref
	}
	if one {
		return "The report of " + label + " states no such figure as " + asked + ". What it says: " + quote + " " + ref
	}
	return "No report states such a figure as " + asked + ". The closest statement, from the report of " + label + ": " + quote + " " + ref
}
