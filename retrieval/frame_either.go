package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
)

// A list question may say, outside brackets, that it asks both the done and the planned:
// "Which reports mention pocket parks, whether already built or planned?", "…charging stations,
// built or planned?", 哪些报告提到了农贸市场,不管是已经改造好的还是准备建的?. Like a frame aside
// (frame_aside.go), asking both frames is asking no frame at all: left in, "planned" turns the
// question to targets and "built" and "planned" (建设, 计划) become terms that any plan sentence
// meets, and 不管 becomes a subject the reports never mention, so the question is declined.
// dropEitherFrame takes such a clause out when every alternative in it is a time frame and one of
// them is a plan or work under way; "built or repaired" joins two kinds of work and stays.

var (
	// reEnEither is an English clause of alternatives at the end of a question, opened by a comma
	// or by whether/either: its two alternatives are $1 and $2.
	reEnEither = lazyre.New(`(?:,\s*|\s+)(?:whether|either)?\s*((?:(?:already|only|just|still|being|yet)\s+)*[a-z]+(?: (?:in|up|out|way|construction))?)\s+or\s+((?:(?:already|only|just|still|being|yet|to be)\s+)*[a-z]+(?: (?:in|up|out|way|construction))?)\s*([?.!]*)\s*$`)
	// reEnEitherNoun is the same pair said with nouns: "in their tourism results or plans", "in
	// its achievements or targets"; $1 keeps the space before the clause and what it is of.
	reEnEitherNoun = lazyre.New(`(\s+(?:in|among)\s+(?:their|its|the)\s+(?:[a-z]+\s+)?)(?:results?|achievements?|record|review|work|past work)\s+(?:or|and)\s+(?:plans?|targets?|goals?|plans for (?:this|next) year)\b`)
	// reEnFrameDone is an English alternative that says a thing is done; reEnFramePlan one that
	// says it is planned or under way.
	reEnFrameDone = lazyre.New(`^(?:(?:already|just)\s+)*(?:built|completed|finished|done|put in|installed|set up|opened|existing|in place)$`)
	reEnFramePlan = lazyre.New(`^(?:(?:only|still|yet|being|to be)\s+)*(?:planned|proposed|under way|underway|under construction|in progress|in the pipeline|to come)$`)
	// reZhEither is a Chinese concessive clause of alternatives: 不管是X还是Y(的), 无论X或Y, with
	// the comma before it; $1 and $2 are the alternatives.
	reZhEither = lazyre.New(`[,，、]?\s*(?:不管|无论|不论)是?(\p{Han}{1,8}?)(?:还是|或者|或是|或)(\p{Han}{1,8}?)(?:的)?(?:都算|都行|都可以)?([?？。]*)\s*$`)
)

// dropEitherFrame removes a closing clause of time-frame alternatives from a normalised
// question (see above).
func dropEitherFrame(q, lang string) string {
	if lang == "en" {
		q = reEnEitherNoun.ReplaceAllString(q, "$1")
		m := reEnEither.Compiled().FindStringSubmatchIndex(q)
		if m == nil {
			return q
		}
		a, b := q[m[2]:m[3]], q[m[4]:m[5]]
		plan := reEnFramePlan.MatchString(a) || reEnFramePlan.MatchString(b)
		frame := func(s string) bool { return reEnFrameDone.MatchString(s) || reEnFramePlan.MatchString(s) }
		if !plan || !frame(a) || !frame(b) {
			return q
		}
		return q[:m[0]] + q[m[6]:m[7]]
	}
	if m := reZhEither.Compiled().FindStringSubmatchIndex(q); m != nil {
		a, b := zhFramePart(q[m[2]:m[3]]), zhFramePart(q[m[4]:m[5]])
		if reZhFramePart.MatchString(a) && reZhFramePart.MatchString(b) && zhPlanned(a+b) {
			q = q[:m[0]] + q[m[6]:m[7]]
		}
	}
	return dropZhFrameRun(q)
}

// zhFramePart trims what a spoken alternative adds to a frame word: its 的 and a complement of
// result (已经改造好的: 已经改造).
func zhFramePart(s string) string {
	s = strings.TrimSuffix(s, "的")
	for _, c := range []string{"好", "了", "完"} {
		s = strings.TrimSuffix(s, c)
	}
	return s
}

// zhPlanned reports whether Chinese frame words include a plan or work under way.
func zhPlanned(s string) bool {
	for _, w := range []string{"计划", "打算", "准备", "拟", "正在", "将", "要", "在建", "规划"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// A Chinese question may also join frames without brackets or 不管 before its subject:
// 哪些地方在建或在办长者食堂, 哪些镇已建成或计划建驿站. reZhFrameRun is such a run of two or more
// frame words joined by 或, 还是, 和 or 、; dropZhFrameRun takes it out when one of them is a plan or
// work under way, as dropEitherFrame does.
var (
	zhFrameWord  = `(?:已经|已|正在|在|计划|打算|准备|拟|将要|将)(?:建成|建设|筹建|建|办|做|开展|实施|推进|改造)`
	reZhFrameRun = lazyre.New(zhFrameWord + `(?:(?:或者|或是|还是|或|和|、)` + zhFrameWord + `)+`)
	reZhFrameSep = lazyre.New(`或者|或是|还是|或|和|、`)
)

// dropZhFrameRun removes the runs of joined frame words of a normalised Chinese question (see
// above).
func dropZhFrameRun(q string) string {
	return reZhFrameRun.ReplaceAllStringFunc(q, func(m string) string {
		for _, p := range reZhFrameSep.Split(m, -1) {
			if zhPlanned(p) || strings.HasPrefix(p, "在") {
				return " "
			}
		}
		return m
	})
}
