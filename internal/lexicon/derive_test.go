package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

var deriveEntries = []cedict.Entry{
	cedict.NewEntry("海岸", "coast; seashore"),
	cedict.NewEntry("季节", "season"),
	cedict.NewEntry("功能", "function; capability"),
	cedict.NewEntry("用", "to use", "to need", "to eat", "functional"),
	cedict.NewEntry("关键", "crucial; critical", "key point"),
	cedict.NewEntry("评论家", "critic"),
}

var deriveDocs = []string{"海岸线整治", "季节性用工", "完善功能配套", "关键核心技术", "邀请评论家"}

func chinese(m Match) []string {
	var out []string
	for _, t := range m.Terms {
		out = append(out, t.Chinese)
	}
	return out
}

// An -al word the lexicon lacks is not rendered by guessing its base from its ending (the base
// word's senses may be far from it): only the words WordNet relates it to can render it
// (TestTranslateRelated), and "seasonal" is related to no word of these glosses.
func TestDeriveNotMissingAdjective(t *testing.T) {
	l := BuildFrom(deriveEntries, slices.Values(deriveDocs))
	for _, word := range []string{"seasonal"} {
		tr := l.Translate("What " + word + " work was done?")
		if len(tr.Matches) != 0 || len(tr.Untranslated) == 0 || tr.Untranslated[0] != (Span{5, 5 + len(word)}) {
			t.Errorf("%s: matches %+v, untranslated %v; want it untranslated", word, tr.Matches, tr.Untranslated)
		}
	}
}

// A weak rendering is joined by the base word's; a confident one is not.
func TestDeriveJoinsWeakOnly(t *testing.T) {
	l := BuildFrom(deriveEntries, slices.Values(deriveDocs))
	tr := l.Translate("Which functional facilities?")
	if len(tr.Matches) == 0 || !slices.Contains(chinese(tr.Matches[0]), "功能") || !slices.Contains(chinese(tr.Matches[0]), "用") {
		t.Errorf("functional: %+v, want 用 joined by 功能", tr.Matches)
	}
	tr = l.Translate("Which critical technologies?")
	if len(tr.Matches) == 0 || slices.Contains(chinese(tr.Matches[0]), "评论家") {
		t.Errorf("critical: %+v, want 关键 without 评论家", tr.Matches)
	}
}

// A noun rendered only weakly (by the idiom 就便 "at one's convenience") is joined by the word
// of its family WordNet gives (convenient: 便民).
func TestDeriveJoinsWordNetFamily(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("就便", "at one's convenience; while one is at it"),
		cedict.NewEntry("便民", "user-friendly; convenient (for customers, citizens etc)"),
	}
	docs := []string{"就便", "便民服务网点"}
	for range 8 { // enough documents that a word in one of them is rare
		docs = append(docs, "其他")
	}
	l := BuildFrom(entries, slices.Values(docs))
	tr := l.Translate("How many convenience outlets?")
	if len(tr.Matches) == 0 || !slices.Contains(chinese(tr.Matches[0]), "便民") {
		t.Errorf("convenience: %+v, want 就便 joined by 便民", tr.Matches)
	}
}

// Only the word a derived word is made from renders it, not a word made from it: a verb's
// nominalisation has senses of its own (rehabilitation: 摘帽, a label removed).
func TestMadeFrom(t *testing.T) {
	bases := map[[2]string]bool{
		{"convenience", "convenient"}:      true,
		{"happiness", "happy"}:             true,
		{"efficiency", "efficient"}:        true,
		{"rehabilitate", "rehabilitation"}: false,
		{"recover", "recovery"}:            false,
		{"convenience", "inconvenient"}:    false,
		{"services", "service industry"}:   false,
	}
	for pair, want := range bases {
		if got := madeFrom(pair[0], pair[1]); got != want {
			t.Errorf("madeFrom(%q, %q) = %v, want %v", pair[0], pair[1], got, want)
		}
	}
}

// A family word whose best rendering the word already has adds nothing, and does not dilute
// the word's own renderings (illumination, illuminate: 照明).
func TestFamilyAddingNothingIsNotJoined(t *testing.T) {
	entries := []cedict.Entry{
		cedict.NewEntry("照明", "lighting", "illumination", "to light up", "to illuminate"),
		cedict.NewEntry("成道", "to reach illumination (Buddhism)"),
	}
	docs := []string{"照明", "成道"}
	for range 60 {
		docs = append(docs, "其他")
	}
	l := BuildFrom(entries, slices.Values(docs))
	own, _ := l.Lookup("illumination")
	tr := l.Translate("What illumination work?")
	if own.Confidence >= weakConfidence {
		t.Fatalf("illumination: confidence %v, want it weak for this test", own.Confidence)
	}
	if len(tr.Matches) != 1 || !slices.Equal(chinese(tr.Matches[0]), chinese(own)) || tr.Matches[0].Terms[1].Weight != own.Terms[1].Weight {
		t.Errorf("illumination: %+v, want its own renderings %+v", tr.Matches, own.Terms)
	}
}
