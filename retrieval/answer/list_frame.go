package answer

import "github.com/reportbot/reportbot/retrieval"

// listedByPassage reports whether a report whose best topical passage is e answers a list
// question: in the asked time frame when the question pins it down (retrieval.Plan.FrameNamed), with a
// stated fall when the question asks about falls, and with a figure meeting the question's
// threshold when it names one (passageVerdict; a near miss is not listed).
func listedByPassage(a retrieval.Plan, e retrieval.Evidence) bool {
	if e.OffFrame && a.FrameNamed() {
		return false
	}
	if n, ok := a.AskedPlace(); ok && !retrieval.StatesPlace(e.Lead+e.Quote, n) {
		return false // "ranked 14th": a report in the ranking at another place does not answer
	}
	if retrieval.AsksListDone(a) && retrieval.StatesOnlyStage(a, e.Quote) {
		return false // "finished … last year": 启动…旅游公厕 started it (retrieval/list_done.go)
	}
	if a.Threshold() || a.Decline {
		listed, near := passageVerdict(a, e)
		return listed && !near
	}
	return true
}
