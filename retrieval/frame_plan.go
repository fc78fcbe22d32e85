package retrieval

import "regexp"

// A question's time frame when its only target word names a plan as a thing: "What share of
// planned investment did Qidu's key projects hit last year?", "How much income did Shengze's
// village collective economy doubling plan achieve last year?" ask what was achieved last year
// (of the plan), not this year's target. A past auxiliary or result verb with "last year"
// outweighs "plan", "plans", "planned" and "planning" used so; any other target word (target,
// aim, expect, will…) keeps the question on targets, and so does a plan word with no result
// verb ("What did Lili plan last year?": the plan is what is asked).

var (
	// rePlanWords are the plan words that may name a thing rather than the question's frame.
	rePlanWords = regexp.MustCompile(`\bplan(?:s|ned|ning)?\b`)
	// rePastResult is a verb of a result (after "did" or in the past); reLastYear the year
	// reviewed.
	rePastResult = regexp.MustCompile(`\b(?:achieved?|reach(?:ed)?|hit|complete[d]?|record(?:ed)?)\b`)
	reLastYear   = regexp.MustCompile(`\blast year\b`)
)

// planNamedInPast reports whether an English question (q, normalised) asks last year's result
// of a plan it names: it says "last year" and a past verb, and its only target words are plan
// words.
func planNamedInPast(q string) bool {
	if !reLastYear.MatchString(q) || !rePastResult.MatchString(q) || !rePlanWords.MatchString(q) {
		return false
	}
	return !enTarget.MatchString(rePlanWords.ReplaceAllString(q, " "))
}
