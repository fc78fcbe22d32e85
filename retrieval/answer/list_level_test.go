package answer

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestDropOtherLevel: a list restricted to a level (national, provincial) drops a report whose
// passage names only another level (全市第一, 市级), when another listed report names the asked
// one; a passage naming no level stays, and a question with no level drops nothing.
func TestDropOtherLevel(t *testing.T) {
	ranks := evidenceOf("黎里镇在中国百强镇榜单中晋升至第14位。", "盛泽位列2023年全国千强镇第六名。",
		"九月、十月、十一月连续三个月位列全市第一。", "综合排名靠前。")
	titles := evidenceOf("盛泽获评省级智慧健康养老领域示范乡镇。", "岱西镇被评为法治舟山(法治政府)建设示范乡镇。",
		"盛泽获评市级农村人居环境整治提升示范镇。")
	for _, c := range []struct {
		q    string
		fs   []retrieval.Evidence
		want []string
	}{
		{"which towns report where they placed in a national ranking of china's top towns?", ranks,
			[]string{ranks[0].Quote, ranks[1].Quote, ranks[3].Quote}},
		{"哪些镇获评了省级的示范乡镇称号?", titles, []string{titles[0].Quote, titles[1].Quote}},
		{"which towns report where they placed in a ranking?", ranks, quotesOf(ranks)},
		// No listed report names the asked level: nothing to tell the others from.
		{"which towns report where they placed in a national ranking?", ranks[2:], quotesOf(ranks[2:])},
	} {
		got := quotesOf(dropOtherLevel(retrieval.Plan{Norm: c.q}, slices.Clone(c.fs)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got  %q\n want %q", c.q, got, c.want)
		}
	}
}
