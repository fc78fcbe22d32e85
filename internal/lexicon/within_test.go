package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// A one-character word whose character a heavier rendering of the same key holds (闲 beside
// 闲散) does not count against maxPostings: the word the reports write further down (闲置) is
// kept too.
func TestWithinHeavierNotCounted(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("闲散", "idle"),
		cedict.NewEntry("休闲", "idle"),
		cedict.NewEntry("空置", "idle"),
		cedict.NewEntry("怠工", "idle"),
		cedict.NewEntry("抛荒", "idle"),
		cedict.NewEntry("闲", "idle"),
		cedict.NewEntry("闲置", "to leave unused", "unoccupied", "vacant", "spare", "idle"),
	}
	var docs []string
	for _, e := range entries {
		docs = append(docs, "整合"+e.Headword)
	}
	l := BuildFrom(entries, slices.Values(docs))
	m, ok := l.Lookup("idle")
	if !ok {
		t.Fatal("idle: no key")
	}
	if got := chinese(m); !slices.Contains(got, "闲置") || !slices.Contains(got, "闲") {
		t.Errorf("idle: %v, want 闲置 kept beside 闲", got)
	}
}
