package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestTimedIntent: only a time word and a time frame that agree ask one frame surely.
func TestTimedIntent(t *testing.T) {
	for _, c := range []struct {
		when, intent string
		want         bool
	}{
		{WhenLast, corpus.KindActual, true},
		{WhenThis, corpus.KindTarget, true},
		{WhenNext, corpus.KindTarget, true},
		{WhenLast, corpus.KindTarget, false}, // 去年…倍增计划…实现了多少
		{WhenThis, corpus.KindActual, false}, // 今年以来
		{"", corpus.KindActual, false},
	} {
		if got := timedIntent(Plan{When: c.when, Intent: c.intent}); got != c.want {
			t.Errorf("timedIntent(%q, %q) = %v, want %v", c.when, c.intent, got, c.want)
		}
	}
}

// TestHoldsHalf: a sentence holds a term by any wording of two characters or more, and must
// hold half the terms.
func TestHoldsHalf(t *testing.T) {
	ts := []Term{{Variants: []string{"建设", "新建"}}, {Variants: []string{"高标准农田"}}, {Variants: []string{"工业产值"}}}
	if !holdsHalf("新建高标准农田2万亩", ts) {
		t.Error("新建高标准农田 not held")
	}
	if holdsHalf("新增高标准农田1家", ts) {
		t.Error("a sentence with one term of three held")
	}
	if holdsVariant("建", Term{Variants: []string{"建"}}) {
		t.Error("a one-character wording counted")
	}
}
