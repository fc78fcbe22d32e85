package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

// TestTranslateExtendedPhrase: a phrase the dictionary glosses with one last word more
// ("intellectual property rights") is that word, when only one key extends it so; with two such
// keys the phrase says neither, and its words are rendered one by one.
func TestTranslateExtendedPhrase(t *testing.T) {
	l := BuildFrom([]cedict.Entry{
		cedict.NewEntry("知识产权", "intellectual property rights (law)"),
		cedict.NewEntry("知识", "knowledge"),
		cedict.NewEntry("财产", "property"),
		cedict.NewEntry("公交站", "city bus stop"),
		cedict.NewEntry("公交车站", "city bus station"),
	}, slices.Values([]string{"保护知识产权和财产", "公交站和公交车站"}))
	tr := l.Translate("Which reports mention intellectual property?")
	if len(tr.Matches) != 1 || tr.Matches[0].Terms[0].Chinese != "知识产权" {
		t.Errorf("intellectual property: %+v, want one match of 知识产权", tr.Matches)
	}
	for _, m := range l.Translate("Which reports mention city buses?").Matches {
		if m.Text == "city buses" {
			t.Errorf("city buses matched %+v, though two keys extend it", m)
		}
	}
}
