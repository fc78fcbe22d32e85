package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// A how-many question that asks how many of something were done ("Of the livelihood projects
// the Panjin district set at the start of the year, how many were finished?") asks for a
// result, although it names the targets the count is of ("set", "planned"): the passive of a
// verb of completion after "how many" is what it asks. "How many will be finished" keeps its
// target: "will" is no past.

// reHowManyWereDone is "how many … were/have been (verb of completion)".
var reHowManyWereDone = lazyre.New(`\bhow many\b[^?]*?\b(?:were|was|have been|has been|had been|got)\s+(?:\w+ly\s+)?(?:finished|completed|done|achieved|accomplished|fulfilled|delivered|implemented|carried out)\b`)

// asksDoneCount reports whether an English question (q, normalised) asks how many of a thing
// were done (reHowManyWereDone).
func asksDoneCount(q string) bool { return reHowManyWereDone.MatchString(q) }
