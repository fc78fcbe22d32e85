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
