package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// reEnLevelAsk asks how far a thing has got ("how far has rural sewage treatment got"): a
// level or rate, which the reports state as a 率. Its words are question words; read as terms, "far" and "got" match nothing and the count
// beside the rate (26套 facilities) answers instead.
var reEnLevelAsk = lazyre.New(`\bhow far (?:has|have|had|did) (.+?) (?:got|gotten|gone|progressed|advanced|reached|get|go)\b`)

// cutEnLevelAsk rewrites a how-far ask as its topic's rate ("rural sewage treatment rate"), so
// the plan and the English figure choice read the rate the question asks. The plan's Norm is
// rewritten too: the answer reads "rate" from it.
func cutEnLevelAsk(q string) string {
	return reEnLevelAsk.ReplaceAllString(q, "what is the $1 rate")
}
