package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A Slack user often opens with a clause about themself before the ask: "Quick one: how many…",
// "I'm putting together a brief on Lili — what…", "I'm briefing my boss on Daixi - how many…".
// The clause says why they ask, not what: its words ("quick" 快, "brief" 简报, "boss") are no
// subject of the reports, and as terms they pull in passages on other things or leave the
// question looking unanswerable. enPreamble finds such a clause so that only its place and level
// words (the report it names) are read.

var (
	// reEnPreamble is a lead clause closed by a colon or a dash and followed by a question word.
	reEnPreamble = lazyre.New(`^([^?:]{1,120}?)(?::|\s[-–—]+|[–—])\s*(?:how|what|what's|whats|which|where|when|who|why|is|are|was|were|do|does|did|can|could|will|would|has|have|any)\b`)
	// reEnAboutSelf opens a clause about the asker: a first-person subject ("I'm", "we are",
	// "my team") or a framing word of chat ("quick one", "hey", "fyi", "question").
	// reEnAskElided is an ask after the lead clause whose how-many or how-much names nothing
	// ("I'm curious about the toilet revolution in Lili - how many were built?"): what it asks
	// about is in the lead clause.
	reEnAskElided = lazyre.New(`^\s*(?::|[-–—]+)\s*how (?:many|much)(?: of (?:them|those|these|it))? (?:were|was|are|is|did|do|does|have|has|had|will|would|can|could|got|get)\b`)
	// reEnAboutWord closes the asker's words before what a lead clause is about.
	reEnAboutWord = lazyre.New(`\b(?:about|regarding|concerning|on|re)\b`)
	reEnAboutSelf = lazyre.New(`^(?:i|i'm|im|i am|i've|i have|i'd|we|we're|we are|we've|my|our|just|quick|hey|hi|hello|ok|okay|so|fyi|btw|question|q|follow-up|followup|one more|another one|sorry|curious)\b`)
)

// dropEnPreamble blanks the words of an English question's lead clause about the asker (see
// above), keeping those keep accepts (the report's place and level words); the blanks keep every
// offset. A lead clause that names the subject ("Qidu's north-side shopping district plan — how
// many communities does it link?") is not about the asker and stays.
func dropEnPreamble(q string, keep func(string) bool) string {
	m := reEnPreamble.Compiled().FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	head := q[m[2]:m[3]]
	if !reEnAboutSelf.MatchString(strings.TrimSpace(head)) {
		return q
	}
	// An ask that names nothing it counts ("… - how many were built?") asks about what the lead
	// clause is about: the words after its "about" are the subject and stay, and without such a
	// word the whole clause stays.
	subject := len(head)
	if reEnAskElided.MatchString(q[m[3]:]) {
		loc := reEnAboutWord.FindAllStringIndex(head, -1)
		if loc == nil {
			return q
		}
		subject = loc[len(loc)-1][1]
	}
	b := []byte(q)
	for _, loc := range reEnWord.FindAllStringIndex(head, -1) {
		if loc[0] >= subject || keep(head[loc[0]:loc[1]]) {
			continue
		}
		for i := loc[0]; i < loc[1]; i++ {
			b[m[2]+i] = ' '
		}
	}
	return string(b)
}
