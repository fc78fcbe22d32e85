package answer

import (
	"strings"

	"github.com/reportbot/reportbot/retrieval"
)

// declineAmountOther declines a lookup for an English how-much question whose quoted sentence
// names the asked thing in one clause and states its amounts only in other clauses, each for a
// thing of its own (retrieval.AmountOfOther): "How much went into repairing Huigou's martyrs'
// tombs?" quoting 发放优抚怃恤金218.47万元,维修烈士墓9座 — the 218.47万元 pays benefits.
func declineAmountOther(a retrieval.Plan, res retrieval.Result, ans *Answer, path string) string {
	if path != PathLookup || res.Best == nil {
		return path
	}
	why := "; the amount in the sentence that names it is for something else"
	things, other := retrieval.AmountOfOther(a, res.Best.Quote)
	if !other {
		// The sentence names the asked thing and states no amount, nor does the answer.
		var unstated bool
		if things, unstated = retrieval.AmountUnstated(a, res.Best.Quote); !unstated {
			return path
		}
		if _, none := retrieval.AmountUnstated(a, reReportRefs.ReplaceAllString(ans.Text, "")); !none {
			return path
		}
		why = ""
	}
	said := "states no amount for " + strings.Join(things, " ") + why + ": “" + res.Best.Quote + "”[1]"
	return decline(a, ans, scopeSays(a, res, said, strings.Replace(said, "states", "state", 1)))
}
