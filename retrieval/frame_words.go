package retrieval

import (
	"regexp"
	"strings"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
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
	rePlanWords = regexp.MustCompile(`\bplan(?:s|ned|ning)?\b`)
	// rePastResult is a verb of a result (after "did" or in the past); rePastAsked the year
	// reviewed or a past auxiliary ("What income did the doubling plan bring in?").
	rePastResult = regexp.MustCompile(`\b(?:achieved?|reach(?:ed)?|hit|complete[d]?|record(?:ed)?|bring in|brought in|generated?|yield(?:ed)?)\b`)
	rePastAsked  = regexp.MustCompile(`\blast year\b|\bdid\b`)
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
var reHyphened = regexp.MustCompile(`\b[a-z0-9]+(?:-[a-z0-9]+)+\b`)

// frameText is a normalised English question without its hyphenated compounds, for reading its
// time frame.
func frameText(q string) string { return reHyphened.ReplaceAllString(q, " ") }

// reSubjectPast is a how-many question whose counted subject does something in the past tense
// ("How many enterprises newly registered copyrights", "how many tourists visited"): it asks
// what happened, a result.
var reSubjectPast = regexp.MustCompile(`\bhow many [a-z]+(?: [a-z]+)? (?:newly |already |successfully |actually )?[a-z]+ed\b`)

// reSetDone is "set" as a thing done, not a target set: "set up" (checkpoints set up at the
// docks) and a perfect's or causative's participle ("have an urbanization path set"). It
// keeps what precedes "set" ($1).
var reSetDone = regexp.MustCompile(`\b((?:have|has|had)\b(?:\s+[a-z'’]+){1,5}?\s+)set\b|\bset up\b`)

// enIntent is the time frame an English question (q, normalised) asks about from its words:
// IntentTarget for a target word outside hyphenated compounds (unless the plan it names is
// asked of last year, planNamedInPast), IntentActual for a result word or a subject's past
// verb, "" for neither.
func enIntent(q string) string {
	switch {
	case enTarget.MatchString(reSetDone.ReplaceAllString(frameText(q), "$1")) && !planNamedInPast(q):
		return IntentTarget
	case enActual.MatchString(q) || reSubjectPast.MatchString(q):
		return IntentActual
	}
	return ""
}

// reStriveVerb is an achievement verb governed by a target word: 力争完成落户60家 strives to
// complete, it reports nothing completed.
var reStriveVerb = regexp.MustCompile(`(?:力争|确保|争取|计划|力求|努力)(?:全年|年内|年底前?)?(?:完成|实现|达到)`)

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
var reZhWeakActual = regexp.MustCompile(`多少个|完成`)

// zhIntent is the time frame a Chinese question asks about: a target word makes it a target,
// a cue of results a result, except that a question naming this year or next (今年, 明年) with
// only weak cues of results (reZhWeakActual) asks what its time word says (whenIntent); this
// year so far (今年以来) is a result.
func zhIntent(q, when string) string {
	switch {
	case zhTarget.MatchString(q):
		return IntentTarget
	case !zhActual.MatchString(q):
		return ""
	case (when == WhenThis || when == WhenNext) && !strings.Contains(q, "今年以来") &&
		!zhActual.MatchString(reZhWeakActual.ReplaceAllString(q, "")):
		return whenIntent(when)
	}
	return IntentActual
}
