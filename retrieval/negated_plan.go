package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// A question that sets results against plans ("Which places actually added school places last
// year (not just planned)?", 哪些镇去年实际建成了口袋公园,而不只是计划?) names the plan only to
// rule it out: the plan word is no target word of its time frame and no term to search by.

var (
	// reEnNegatedPlan is a plan word ruled out: "not just planned", "rather than planning
	// them", "as opposed to a target", "instead of only plans".
	reEnNegatedPlan = lazyre.New(`(?i)\b(?:not|rather than|as opposed to|instead of)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:(?:a|the|their|its)\s+)?(?:plan(?:s|ned|ning)?|target(?:s|ed)?|goals?|promised?|intended)\b(?:\s+(?:it|them|for|to))?`)
	// reZhNegatedPlan is a plan word ruled out: 不只是计划, 而不是目标, 并非计划, 不光是打算.
	reZhNegatedPlan = lazyre.New(`(?:而|并)?(?:` + zhNotOnly + `)?(?:` + zhNotBe + `|是)?(?:今年的?|年内的?)?(?:计划|目标|打算)(?:中的|里的)?(?:数|的)?`)
	// reZhNegation is a negation before a plan word: one of zhNotOnly or zhNotBe.
	reZhNegation = lazyre.New(zhNotOnly + `|` + zhNotBe)
)

// The negations of reZhNegatedPlan: "not only" (不只是计划) and "is not" (并非计划).
const (
	zhNotOnly = `不只|不仅|不光|不单`
	zhNotBe   = `不是|并非|非`
)

// dropNegatedPlan takes a ruled-out plan word out of a normalised question (see above). The
// Chinese pattern must carry a negation, so a plan word standing alone stays.
func dropNegatedPlan(q, lang string) string {
	if lang == "en" {
		return reEnNegatedPlan.ReplaceAllString(q, " ")
	}
	return reZhNegatedPlan.ReplaceAllStringFunc(q, func(m string) string {
		if reZhNegation.MatchString(m) {
			return " "
		}
		return m
	})
}
