package answer

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
)

// asksDuration reports whether an English question asks how long something has lasted ("how
// long", "for how many years"): then a rank it names is what lasted, not what it asks. "For
// how long has Shengze been ranked first …" asks 连续7年, not the 第一 it restates.
func asksDuration(w wantFigure) bool {
	return w.long || timeNouns[w.head]
}

// runDuration reports whether a figure of the quote is how long a run lasted, written after
// 连续 (连续三年, 连续11年): it says for how long something held, and answers only a question
// asking that, never one asking the level or amount held.
func runDuration(quote string, v num.Value) bool {
	_, dur := durationUnit(quote, v)
	return dur != "" && strings.HasSuffix(quote[:v.Start], "连续")
}

// reEnRun says a count runs on end: "in a row", "consecutive", "running", "straight".
var reEnRun = lazyre.New(`\b(?:in a row|consecutive(?:ly)?|running|straight|successive(?:ly)?|on end)\b`)

// asksRunOfTimes reports whether an English question asks how many times in a row something
// held ("how many times in a row has the district ranked first"): like a duration, the run
// (连续3次) is what it asks, not the rank it restates (第1名).
func asksRunOfTimes(norm string, w wantFigure) bool {
	return w.head == "times" && reEnRun.MatchString(norm)
}
