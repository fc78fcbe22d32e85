package answer

import (
	"strings"

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
