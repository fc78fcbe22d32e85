package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestResultAndTargetStated: a sentence of a review section is surely a result; a target stated
// outside the review (a figure of the asked kind next to a term of the question) keeps a target
// question from being declined as if the report stated only last year's result.
func TestResultAndTargetStated(t *testing.T) {
	review := corpus.Chunk{Section: []string{"一、2023年工作回顾"}, Text: "新增优质品种繁育示范基地5万亩。"}
	plan := corpus.Chunk{Section: []string{"二、2024年工作安排"}, Text: "推广优质品种5万亩。"}
	if !ResultStatement(Evidence{Hit: Hit{Chunk: review}}) || ResultStatement(Evidence{Hit: Hit{Chunk: plan}}) {
		t.Error("a review section's sentence not read as a result, or a plan's as one")
	}
	p := Plan{Lang: "zh", Norm: "今年打算推广多少亩优质品种?", Intent: IntentTarget, When: WhenThis,
		Terms: []Term{{From: "推广", Variants: []string{"推广"}, Weight: 1}, {From: "优质品种", Variants: []string{"优质品种"}, Weight: 1}}}
	if !TargetStated(p, Result{Hits: []Hit{{Chunk: review}, {Chunk: plan}}}) {
		t.Error("the plan's 推广优质品种5万亩 not taken for a target of the question")
	}
	if TargetStated(p, Result{Hits: []Hit{{Chunk: review}}}) {
		t.Error("a review sentence taken for a target")
	}
	other := corpus.Chunk{Section: plan.Section, Text: "推广先进适用技术23项。"}
	if TargetStated(p, Result{Hits: []Hit{{Chunk: other}}}) {
		t.Error("a count of techniques taken for a target of an area in mu")
	}
}
