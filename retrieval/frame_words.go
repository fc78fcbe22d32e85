package retrieval

import (
	"github.com/reportbot/reportbot/internal/lazyre"
	"slices"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/zh"
)

// A question's time frame when its only target word names a plan as a thing: "What share of
// planned investment did Qidu's key projects hit last year?", "How much income did Shengze's
// village collective economy doubling plan achieve last year?" ask what was achieved last year
// (of the plan), not this year's target. A past auxiliary or result verb with "last year"
// outweighs "plan", "plans", "planned" and "planning" used so; any other target word (target,
// aim, expect, will…) keeps the question on targets, and so does a plan word with no result
// verb ("What did Lili plan last year?": the plan is what is asked).

var (
	// rePlanWords are the plan words that may name a thing rather than the question's frame.
	rePlanWords = lazyre.New(`\bplan(?:s|ned|ning)?\b`)
	// rePastResult is a verb of a result (after "did" or in the past); rePastAsked the year
	// reviewed or a past auxiliary ("What income did the doubling plan bring in?").
	rePastResult = lazyre.New(`\b(?:achieved?|reach(?:ed)?|hit|complete[d]?|record(?:ed)?|bring in|brought in|generated?|yield(?:ed)?)\b`)
	rePastAsked  = lazyre.New(`\blast year\b|\bdid\b`)
)

// planNamedInPast reports whether an English question (q, normalised) asks last year's result
// of a plan it names: it says "last year" (or asks with "did") and a result verb, and its only
// target words are plan words.
func planNamedInPast(q string) bool {
	if !rePastAsked.MatchString(q) || !rePastResult.MatchString(q) || !rePlanWords.MatchString(q) {
		return false
	}
	return !enTarget.MatchString(rePlanWords.ReplaceAllString(q, " "))
}

// reHyphened is a hyphenated compound ("family-planning", "long-term"): it names a thing, and a
// frame word inside it ("family-planning support payments") says nothing of the question's time.
var reHyphened = lazyre.New(`\b[a-z0-9]+(?:-[a-z0-9]+)+\b`)

// frameText is a normalised English question without its hyphenated compounds, for reading its
// time frame.
func frameText(q string) string { return reHyphened.ReplaceAllString(q, " ") }

// reSubjectPast is a how-many question whose counted subject does something in the past tense
// ("How many enterprises newly registered copyrights", "how many tourists visited"): it asks
// what happened, a result.
var reSubjectPast = lazyre.New(`\bhow many [a-z]+(?: [a-z]+)? (?:newly |already |successfully |actually )?[a-z]+ed\b`)

// reSetDone is "set" as a thing done, not a target set: "set up" (checkpoints set up at the
// docks) and a perfect's or causative's participle ("have an urbanization path set"). It
// keeps what precedes "set" ($1).
var reSetDone = lazyre.New(`\b((?:have|has|had)\b(?:\s+[a-z'’]+){1,5}?\s+)set\b|\bset up\b`)

// reExpectWords are the target words that also state a reviewed year's result: reports give the
// year they review as estimates (全年预计实现地区生产总值350亿元) before the year's statistics
// are final, so "What GDP did Lili expect for the year under review?" asks that result.
var reExpectWords = lazyre.New(`\b(?:expect(?:s|ed|ing)?|estimated?|projected|forecast)\b`)

// expectedOfReviewedYear reports whether an English question (q, normalised) asks the expected
// result of the year a report reviews: it names that year (last year, the year under review)
// and its only target words are expectation words.
func expectedOfReviewedYear(q string) bool {
	if !reWhenLast.MatchString(q) || !reExpectWords.MatchString(q) {
		return false
	}
	return !enTarget.MatchString(reExpectWords.ReplaceAllString(q, " "))
}

// enIntent is the time frame an English question (q, normalised) asks about from its words:
// IntentTarget for a target word outside hyphenated compounds (unless the plan it names is
// asked of last year, planNamedInPast), IntentActual for a result word, a subject's past verb,
// the expected result of the year reviewed (expectedOfReviewedYear) or a count of things done
// (asksDoneCount), "" for none.
func enIntent(q string) string {
	switch {
	case expectedOfReviewedYear(q) || asksDoneCount(q):
		return IntentActual
	case enTarget.MatchString(reSetDone.ReplaceAllString(frameText(q), "$1")) && !planNamedInPast(q):
		return IntentTarget
	case enActual.MatchString(q) || reSubjectPast.MatchString(q):
		return IntentActual
	}
	return ""
}

// reStriveVerb is an achievement verb governed by a target word: 力争完成落户60家 strives to
// complete, it reports nothing completed.
var reStriveVerb = lazyre.New(`(?:力争|确保|争取|计划|力求|努力)(?:全年|年内|年底前?)?(?:完成|实现|达到)`)

// hasFrameCue reports whether a sentence holds a cue of time frame kind (facts.HasCue), an
// achievement verb after a target word (力争完成) not counting as a cue of results.
func hasFrameCue(sentence, kind string) bool {
	if kind == corpus.KindActual {
		sentence = reStriveVerb.ReplaceAllString(sentence, "")
	}
	return facts.HasCue(sentence, kind)
}

// reZhWeakActual are the cues of results a Chinese question shares with one about a plan:
// 多少个 and 完成 ask as well what this year's plan will build or complete (今年要建成多少个…).
var reZhWeakActual = lazyre.New(`多少个|完成`)

// zhIntent is the time frame a Chinese question asks about: a target word makes it a target,
// a cue of results a result, except that a question naming this year or next (今年, 明年) with
// only weak cues of results (reZhWeakActual) asks what its time word says (whenIntent); this
// year so far (今年以来) is a result.
func zhIntent(q, when string) string {
	switch {
	case zhPlanNamedInPast(q, when) || zhTargetProgress(q, when):
		return IntentActual
	case zhTarget.MatchString(q) || reZhWishTarget.MatchString(q):
		return IntentTarget
	case !zhActual.MatchString(q):
		return ""
	case (when == WhenThis || when == WhenNext) && !strings.Contains(q, "今年以来") &&
		!zhActual.MatchString(reZhWeakActual.ReplaceAllString(q, "")):
		return whenIntent(when)
	}
	return IntentActual
}

// reZhTargetProgress asks how far a target was met: 完成了全年目标进度的多少, 完成年度目标的百分之
// 多少, 目标完成率, 超额完成. The target word names the yardstick; what is asked is the result.
var reZhTargetProgress = lazyre.New(`完成了[^,，。?？]{0,8}?(?:目标|计划|任务)|完成[^,，。?？]{0,8}?(?:目标|计划|任务)(?:任务)?(?:的)?(?:进度|比例|百分之|多少|几成)|(?:目标|计划|任务)完成(?:率|进度|情况|了)|超额完成`)

// zhTargetProgress reports whether a Chinese question asks the progress made against a target
// ("…重大项目完成了全年目标进度的多少?"): an actual, not the target, when it names no coming year
// and no other target word.
func zhTargetProgress(q, when string) bool {
	return when != WhenThis && when != WhenNext && reZhTargetProgress.MatchString(q) &&
		!zhTarget.MatchString(reZhTargetProgress.ReplaceAllString(q, ""))
}

// reZhPlanDone is a plan named as a thing and what it achieved: 倍增计划去年实现了…, 规划已经完成.
var reZhPlanDone = lazyre.New(`(?:计划|规划)(?:在?(?:去年|上年|过去一年))?(?:已经?)?(?:实现|完成|达到|取得)`)

// zhPlanNamedInPast reports whether a Chinese question asks last year's result of a plan it
// names ("盛泽村级集体经济倍增计划去年实现了多少稳定性总收入?"), as planNamedInPast does for
// English: it names last year, the plan word is followed by a result verb, and it has no other
// target word.
func zhPlanNamedInPast(q, when string) bool {
	return when == WhenLast && reZhPlanDone.MatchString(q) && !zhTarget.MatchString(reZhPlanDone.ReplaceAllString(q, ""))
}

// reClauseEnd splits a sentence into clauses.
var reClauseEnd = lazyre.New(`[,;:，；：]`)

// frameCueNear reports whether a sentence has a cue of the plan's time frame. In a list that
// opens as a list of targets ("全镇发展的主要预期目标是:地区生产总值增长5%左右,…,全员劳动生产率与
// GDP增长基本同步,…完成上级下达任务") the cue must stand in a clause that holds one of the
// question's full-weight terms: the 完成 of another clause says nothing of the one that answers.
// Elsewhere a cue anywhere counts (a verb up front governs the clauses after it).
func frameCueNear(sentence string, p Plan) bool {
	if !opensTargetList(sentence) {
		return hasFrameCue(sentence, p.Intent)
	}
	var near []string
	for _, c := range reClauseEnd.Split(sentence, -1) {
		if clauseHoldsTerm(c, p) {
			near = append(near, c)
		}
	}
	if len(near) == 0 {
		return hasFrameCue(sentence, p.Intent)
	}
	return slices.ContainsFunc(near, func(c string) bool { return hasFrameCue(c, p.Intent) })
}

// clauseHoldsTerm reports whether a clause holds a wording (two characters or more) of one of
// the plan's full-weight terms.
func clauseHoldsTerm(clause string, p Plan) bool {
	for _, t := range p.Terms {
		if t.Weight < 1 {
			continue
		}
		for _, v := range t.Variants {
			if len([]rune(v)) >= 2 && strings.Contains(clause, v) {
				return true
			}
		}
	}
	return false
}

// opensTargetList reports whether a sentence opens as a list of targets: a cue of targets before
// its colon ("主要预期目标是:…").
func opensTargetList(sentence string) bool {
	lead, _, listed := strings.Cut(strings.ReplaceAll(sentence, "：", ":"), ":")
	return listed && facts.HasCue(lead, corpus.KindTarget)
}

// TargetStatement reports whether evidence surely states targets: its section's headings put it
// in the plan, or outside a review section it opens as a list of targets or every fact row it
// states is a target. A sentence read as a plan by its own words only (谋划…争取资金21.9亿元 in a
// review) is not sure.
func TargetStatement(b Evidence) bool {
	switch SectionFrame(b.Hit.Chunk) {
	case corpus.KindTarget:
		return true
	case corpus.KindActual:
		return false
	}
	allTargets := len(b.Stated) > 0 && !slices.ContainsFunc(b.Stated, func(f corpus.Fact) bool { return f.Kind != corpus.KindTarget })
	return allTargets || opensTargetList(b.Sentence)
}

// ResultStatement reports whether evidence surely states last year's results: its section's
// headings put it in the review, or outside a plan section every fact row it states is a result.
// It is TargetStatement's counterpart for a target asked where only a result is stated.
func ResultStatement(b Evidence) bool {
	switch SectionFrame(b.Hit.Chunk) {
	case corpus.KindActual:
		return true
	case corpus.KindTarget:
		return false
	}
	return len(b.Stated) > 0 && !slices.ContainsFunc(b.Stated, func(f corpus.Fact) bool { return f.Kind != corpus.KindActual })
}

// TargetStated reports whether a passage of res outside a review section may state a target of
// what the plan asks: a sentence without a cue of results that holds a wording of one of the
// plan's full-weight terms and, where the question asks for a figure, a figure of the asked
// kind (推广锦稻109等优质品种5万亩 for 今年打算推广多少亩优质水稻品种). A result quoted for a
// target question may then be the retrieval's miss, not the report's silence, and the answer
// must not decline as if the report stated only the result.
func TargetStated(p Plan, res Result) bool {
	w := wantFigure(p)
	for _, h := range res.Hits {
		if SectionFrame(h.Chunk) == corpus.KindActual {
			continue
		}
		for _, s := range zh.Sentences(h.Chunk.Text) {
			if hasFrameCue(s, corpus.KindActual) || !clauseHoldsTerm(s, p) {
				continue
			}
			if _, fits := w.fit(s); fits || !w.asks {
				return true
			}
		}
	}
	return false
}
