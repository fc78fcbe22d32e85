package answer

import "github.com/reportbot/reportbot/retrieval"

// declineSubPlace declines a lookup for a village's figure when the quoted sentence names the
// village without a figure of its own (retrieval.Result.SubPlaceUnstated): the town's figure, or
// another village's, beside it does not answer.
func declineSubPlace(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || len(ans.Citations) == 0 {
		return path
	}
	v, ok := res.SubPlaceUnstated(a)
	if !ok {
		return path
	}
	r, quote, ref := quoteSentence(ans, res, res.Best.Hit.Chunk, res.Best.Sentence)
	label := reportLabel(r, a.Lang)
	if a.Lang == "zh" {
		return decline(a, ans, label+"的报告没有给出"+v.Name+"自己的这一数字。报告中的相关表述:"+quote+ref)
	}
	asked := v.Asked
	if asked != v.Name {
		asked += " (" + v.Name + ")"
	}
	return decline(a, ans, "The report of "+label+" gives no figure of its own for "+asked+". What it says: "+quote+" "+ref)
}
