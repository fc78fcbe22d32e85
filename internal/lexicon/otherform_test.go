package lexicon

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/cedict"
)

var formEntries = []cedict.Entry{
	cedict.NewEntry("组织", "to organize; organization"),
	cedict.NewEntry("爆发", "to break out; to erupt"),
	cedict.NewEntry("架设", "to erect; to put up"),
	cedict.NewEntry("道路", "road; path"),
	cedict.NewEntry("两侧", "two sides; both sides"),
	cedict.NewEntry("一周", "one week"),
	cedict.NewEntry("尽头", "end; extremity"),
	cedict.NewEntry("捐款", "to donate money", "donation"),
}

var formDocs = []string{"组织开展活动", "疫情爆发", "架设桥梁", "道路两侧摊位", "一周尽头", "累计收到捐款",
	"组织人员", "道路建设", "道路改造", "组织学习"}

// A word without a key of its own is found in its American spelling and its phrasal verb at
// full confidence, and as the verb of a noun of action at derivedShare.
func TestTranslateOtherForms(t *testing.T) {
	l := BuildFrom(formEntries, slices.Values(formDocs))
	for _, c := range []struct {
		q, word, want string
		share         float64
		same          string
	}{
		{"Who will organise it?", "organise", "组织", 1, "organize"},
		{"When was the outbreak?", "outbreak", "爆发", 1, "break out"},
		{"How far is the erection?", "erection", "架设", derivedShare, "erect"},
	} {
		tr := l.Translate(c.q)
		if len(tr.Matches) != 1 || len(tr.Untranslated) != 0 {
			t.Errorf("%s: %+v, want one match and nothing untranslated", c.word, tr)
			continue
		}
		m := tr.Matches[0]
		if m.Text != c.word || !slices.Contains(chinese(m), c.want) {
			t.Errorf("%s: %+v, want %s", c.word, m, c.want)
		}
		direct, ok := l.Lookup(c.same)
		if !ok || abs(m.Confidence-c.share*direct.Confidence) > 1e-9 {
			t.Errorf("%s: confidence %.3f, want %.2f × %s's %.3f", c.word, m.Confidence, c.share, c.same, direct.Confidence)
		}
	}
}

// A closed compound the lexicon lacks is searched through its parts, and still listed as
// untranslated: the reports may not hold what the compound means.
func TestTranslateCompoundParts(t *testing.T) {
	l := BuildFrom(formEntries, slices.Values(formDocs))
	tr := l.Translate("How many roadside stalls?")
	if len(tr.Matches) == 0 || !tr.Matches[0].Parts || tr.Matches[0].Text != "roadside" {
		t.Fatalf("roadside: %+v, want a match through its parts", tr.Matches)
	}
	got := chinese(tr.Matches[0])
	if !slices.Contains(got, "道路") || !slices.Contains(got, "两侧") {
		t.Errorf("roadside: %q, want 道路 and 两侧", got)
	}
	if !slices.Contains(tr.Untranslated, Span{9, 17}) {
		t.Errorf("roadside: untranslated %v, want it listed", tr.Untranslated)
	}
}

// Fit leaves out how common the best rendering is: a word met in one document of many fits
// its one rendering better than its confidence says.
func TestMatchFit(t *testing.T) {
	l := BuildFrom(formEntries, slices.Values(formDocs))
	rare, ok := l.Lookup("donation")
	if !ok || rare.Fit <= rare.Confidence || rare.Fit > 1 {
		t.Errorf("donation: %+v, want fit above confidence, at most 1", rare)
	}
	common, ok := l.Lookup("road")
	if !ok || common.Fit < common.Confidence {
		t.Errorf("road: %+v, want fit at least its confidence", common)
	}
}

func abs(x float64) float64 { return max(x, -x) }
