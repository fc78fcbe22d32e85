package retrieval

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestClassNounBefore: a generic count right after a noun of the asked class counts it; a count
// after another noun, or in a measure word of a class of its own, does not.
func TestClassNounBefore(t *testing.T) {
	for _, c := range []struct {
		text, fig, class string
		want             bool
	}{
		{"新建星月仓储重卡电动化充换电站及附属项目等项目12个。", "12个", "projects", true},
		{"实施老旧小区改造项目9个。", "9个", "projects", true},
		{"新建星月仓储重卡电动化充换电站等12个。", "12个", "projects", false},
		{"建成示范村5个。", "5个", "projects", false},
		{"新增企业项目10家。", "10家", "projects", false}, // 家 counts enterprises
	} {
		if got := ClassNounBefore(c.text, figureIn(t, c.text, c.fig), c.class); got != c.want {
			t.Errorf("ClassNounBefore(%q, %s, %s) = %v, want %v", c.text, c.fig, c.class, got, c.want)
		}
	}
}

// TestPhraseClassAfter: a count in 家 counts the class of the noun phrase after it.
func TestPhraseClassAfter(t *testing.T) {
	for _, c := range []struct {
		text, fig, class string
		want             bool
	}{
		{"加快推进金庄果蔬、石佛农业2家农产品仓储保鲜设施项目建设。", "2家", "projects", true},
		{"新增10家博物馆、2家城市书屋。", "10家", "projects", false},
		{"新引进企业10家,新建项目12个。", "10家", "projects", false}, // the phrase ends at the comma
		{"推进2家农产品仓储保鲜设施项目建设。", "2家", "", false},
	} {
		if got := PhraseClassAfter(c.text, figureIn(t, c.text, c.fig), c.class); got != c.want {
			t.Errorf("PhraseClassAfter(%q, %s, %s) = %v, want %v", c.text, c.fig, c.class, got, c.want)
		}
	}
}

// figureIn is figure fig (as num parses it) where it first stands in text.
func figureIn(t *testing.T, text, fig string) num.Value {
	t.Helper()
	v, err := num.Parse(fig)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(text, fig)
	v.Start, v.End, v.QualEnd = i, i+len(fig), i+len(fig)
	return v
}
