package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// A plural the stemmer keeps whole ("taxis", which it cannot tell from "basis") is looked up
// without its s, in Translate and in Lookup; a word whose s is its own is not cut.
func TestPluralTheStemmerKeeps(t *testing.T) {
	lex := BuildFrom([]cedict.Entry{
		cedict.NewEntry("出租车", "taxi"),
		cedict.NewEntry("基础", "base; foundation; basis"),
	}, slices.Values([]string{"纯电动出租车投运。", "打好基础。"}))
	tr := lex.Translate("How many electric taxis run in Lili?")
	if len(tr.Matches) != 1 || tr.Matches[0].Text != "taxis" || tr.Matches[0].Terms[0].Chinese != "出租车" {
		t.Errorf("Translate: %+v", tr)
	}
	if m, ok := lex.Lookup("taxis"); !ok || m.Terms[0].Chinese != "出租车" {
		t.Errorf("Lookup(taxis) = %+v, %v", m, ok)
	}
	if m, ok := lex.Lookup("basis"); !ok || m.Terms[0].Chinese != "基础" {
		t.Errorf("Lookup(basis) = %+v, %v", m, ok)
	}
	if _, ok := lex.Lookup("axis"); ok {
		t.Errorf("Lookup(axis) found a word")
	}
}
