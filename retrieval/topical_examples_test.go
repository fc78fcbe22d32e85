package retrieval

import (
	"maps"
	"slices"
	"testing"
)

// TestExampleHeads: the terms of a topic that examples follow ("like", "such as") are those
// between the word that opens the topic and the examples; a question without examples has none.
func TestExampleHeads(t *testing.T) {
	p := Plan{Lang: "en", Norm: "which reports talk about meal services for the elderly, like elderly canteens?",
		Terms: []Term{{From: "talk"}, {From: "meal"}, {From: "elderly"}, {From: "elderly canteens"}}}
	if got := slices.Sorted(maps.Keys(exampleHeads(p))); !slices.Equal(got, []string{"elderly", "meal"}) {
		t.Errorf("exampleHeads = %v, want [elderly meal]", got)
	}
	p.Norm = "which reports talk about meal services for the elderly?"
	if got := exampleHeads(p); got != nil {
		t.Errorf("a question without examples has heads %v", got)
	}
}

// TestTopicExamples: with examples, a word of the topic they exemplify (the elderly) is no
// alternative by itself: a report speaks of the topic through an example or the whole topic.
func TestTopicExamples(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(ix.listPlan(Analyze("Which towns or districts talk about meal services for the elderly, like elderly canteens or senior dining points?", ix)))
	if sc.topical(normalize("实施孝老消防工程,解决90户农村特困老人住房消防安全问题。")) {
		t.Error("fire safety for the elderly taken for meal services for them")
	}
	if !sc.topical(normalize("完成水岙村等一批长者食堂建设。")) {
		t.Error("an elderly canteen not taken for meal services for the elderly")
	}
}
