package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

var moreFormEntries = []cedict.Entry{
	cedict.NewEntry("公里", "kilometer"),
	cedict.NewEntry("光子", "photon (particle physics)"),
	cedict.NewEntry("省级", "(administrative) province-level"),
	cedict.NewEntry("省委", "provincial Party committee"),
	cedict.NewEntry("省界", "provincial boundary"),
	cedict.NewEntry("全省", "the whole province"),
	cedict.NewEntry("反恐", "anti-terrorism; to fight against terrorism"),
	cedict.NewEntry("柜台", "counter"),
	cedict.NewEntry("学者", "scholar"),
	cedict.NewEntry("船舶", "shipping; ship"),
}

var moreFormDocs = []string{"疏浚7.1公里", "光子产业", "省级示范", "省委部署", "跨越省界", "全省第一", "完善反恐体系",
	"柜台服务", "学者论坛", "船舶整治", "公里数"}

// Unit abbreviations, fields in -ics, an -ial adjective by its level, counter- as anti- and
// compounds whose head is a suffix (regression: heldout3-vocab, 2026-12-01).
func TestTranslateMoreForms(t *testing.T) {
	l := BuildFrom(moreFormEntries, slices.Values(moreFormDocs))
	for _, c := range []struct{ q, word, want string }{
		{"How many km of ditches?", "km", "公里"},
		{"Any photonics plans?", "photonics", "光子"},
		{"A provincial title?", "provincial", "省级"},
		{"Counter-terrorism plans?", "Counter-terrorism", "反恐"},
	} {
		tr := l.Translate(c.q)
		i := slices.IndexFunc(tr.Matches, func(m Match) bool { return m.Text == c.word })
		if i < 0 {
			t.Errorf("%s: %+v, want a match", c.word, tr)
			continue
		}
		if got := chinese(tr.Matches[i]); len(got) == 0 || got[0] != c.want {
			t.Errorf("%s: %q, want %s first", c.word, got, c.want)
		}
	}
	tr := l.Translate("Any scholarships?")
	if len(tr.Matches) != 0 || len(tr.Untranslated) != 1 {
		t.Errorf("scholarships: %+v, want it untranslated, not scholar + ships", tr)
	}
}
