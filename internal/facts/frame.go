package facts

import "github.com/reportbot/reportbot/internal/corpus"

// SectionKind returns the time frame a heading path speaks of: corpus.KindActual for a review
// of the year past (回顾, 过去, 一年来…), corpus.KindTarget for a plan (安排, 任务, 目标…, or a
// heading naming the year after year), "" when no heading says. It is the rule Extract uses.
func SectionKind(section []string, year int) string { return sectionKind(section, year) }

// SentenceKind returns the time frame of one sentence as Extract reads it: its own strong cues
// (预期目标, 力争 → target; 同比, 比上年, 预计…完成 → actual), else the section's kind, else its
// weak cues (将, 计划 → target; 完成, 实现 → actual); "" when nothing says.
func SentenceKind(sentence string, section []string, year int) string {
	return SentenceKindInPart(sentence, section, year, nil)
}

// SentenceKindInPart is SentenceKind for a sentence whose place in its report tells its frame
// where its headings do not: part (called only then, and only when the sentence's strong cues
// say nothing) returns the frame of the part of the report the sentence stands in, "" when
// unknown. A plan whose headings name no year ("二、守正创新、实干笃行…" after the review, its
// 明年的主要预期目标 inside) is the plan though its sentences carry only weak cues: "②完成贫困残疾人
// 家庭无障碍改造120户" there is a project planned, not one done.
func SentenceKindInPart(sentence string, section []string, year int, part func() string) string {
	s := newNormText(sentence).s
	if k := strongKind(s, year); k != "" {
		return k
	}
	if k := sectionKind(section, year); k != "" {
		return k
	}
	if part != nil {
		if k := part(); k != "" {
			return k
		}
	}
	return weakKind(s, year)
}

// HasCue reports whether a sentence has any cue, strong or weak, of the given kind: a sentence
// Extract reads as a target may still speak of an achievement ("率先完成…目标任务").
func HasCue(sentence, kind string) bool {
	s := newNormText(sentence).s
	switch kind {
	case corpus.KindTarget:
		return strongTarget.MatchString(s) || weakTarget.MatchString(s)
	case corpus.KindActual:
		return doneTarget.MatchString(s) || strongActual.MatchString(s) || weakActual.MatchString(s)
	}
	return false
}
