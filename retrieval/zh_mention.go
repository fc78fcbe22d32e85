package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// reZhMentionManner is a manner word before a verb of mentioning (明确写到, 专门提到, 特别谈到):
// it says how plainly a report speaks, not of what, and left in it is a term that any
// sentence with 明确 (明确指标任务, 明确红线范围) would match.
var reZhMentionManner = lazyre.New(`(?:明确地?|专门|特别|直接)((?:提到|提及|谈到|说到|讲到|写到|写明|写了|说了))`)

// cutMentionManner drops the manner word of a verb of mentioning (see above); the verb stays
// for the stop words.
func cutMentionManner(q string) string {
	return reZhMentionManner.ReplaceAllString(q, " $1")
}
