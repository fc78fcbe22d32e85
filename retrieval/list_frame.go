package retrieval

import "github.com/reportbot/reportbot/internal/lazyre"

// A list question names its time frame either with a time word (去年, "this year") or with the
// noun of a target: "哪些报告给出了新增学位的目标?", "Which reports set a target for …?". A
// target noun pins the frame as surely as a time word does — a report's review of what it did
// last year (全年新增各类学位5700个) gives no target — while a plan verb alone ("Which reports
// plan to …", 计划, 打算) may stand for either frame in a question ("建了或打算建").
//
// In such a list a report is judged by its statement in the asked frame: its best span in the
// other frame (村级集体经济倍增计划实现稳定性总收入3亿元, last year's result, for "各镇给村集体
// 经济定的收入目标") gives way to its best span in the asked one (力争村均经营性收入超千万元),
// and only a report with none is left out of the list.

// reTargetNoun is a noun naming a target: 目标, 指标, "target(s)", "goal(s)", "objective(s)".
var reTargetNoun = lazyre.New(`目标|指标|\b(?:targets?|goals?|objectives?)\b`)

// FrameNamed reports whether a question pins its time frame down by a time word, or by a
// target noun when it asks about targets.
func (p Plan) FrameNamed() bool {
	return p.When != "" || p.Intent == IntentTarget && reTargetNoun.MatchString(p.Norm)
}

// inFrameBest returns the best span of hits in the asked time frame, for a report whose best
// span (b) is in the other one, when the question names its frame (scorer.frameNamed); else b.
func (sc *scorer) inFrameBest(b Evidence, hits []Hit, bound func(i int) float64) Evidence {
	if !b.OffFrame || !sc.frameNamed || sc.fits == nil {
		return b
	}
	isc := *sc
	isc.onlyInFrame = true
	if in, ok := isc.best(hits, len(hits), bound); ok && in.Coverage >= TopicCoverage {
		return in
	}
	return b
}

// meetingBest returns, for a threshold list question ("more than 30 projects started
// construction"), the best span of hits that states a figure meeting the question's number, for
// a report whose best span (b) states none (推行工业项目“拿地即开工”审批模式改革 beside 107个项目
// 开工建设): every report is checked against the condition, not only its likeliest sentence.
// b when it meets the number, or when no span that does covers the topic in b's frame or the
// asked one (a report with none stays a near miss, or out).
func (sc *scorer) meetingBest(b Evidence, hits []Hit, bound func(i int) float64) Evidence {
	if sc.meets == nil || sc.meets(b.Lead+b.Sentence) {
		return b
	}
	isc := *sc
	isc.onlyMeeting = true
	if in, ok := isc.best(hits, len(hits), bound); ok && in.Coverage >= TopicCoverage && (!in.OffFrame || b.OffFrame) {
		return in
	}
	return b
}
