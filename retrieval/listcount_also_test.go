package retrieval

import (
	"strings"
	"testing"
)

// TestAlsoGivesCount: a clause that asks the listed report to also give a count of the topic
// (、而且报出了具体个数, 、并报出改造个数（…）) asks for a figure and is no term of its own; a
// count noun whose topic stands between the verb and it (给出了新增学位的数量) keeps its topic.
func TestAlsoGivesCount(t *testing.T) {
	for q, topic := range map[string]string{
		"去年建成了口袋公园、而且报出了具体个数的是哪几个镇？":         "口袋公园",
		"去年办理了政协提案、而且报出了具体件数的是哪几篇?":          "政协提案",
		"去年改造了老旧小区、并报出改造个数（小区数或改造项目数）的是哪几篇？": "老旧小区",
		"哪些报告给出了新增学位的数量?":                    "学位",
	} {
		p := Analyze(q, nil)
		if !p.AsksFigure() {
			t.Errorf("%s: AsksFigure false", q)
		}
		var froms []string
		for _, term := range p.Terms {
			froms = append(froms, term.From)
		}
		all := strings.Join(froms, "|")
		if strings.Contains(all, "报出") || strings.Contains(all, "而且") || strings.Contains(all, "项目数") || !strings.Contains(all, topic) {
			t.Errorf("%s: terms %q, want %s and no count clause", q, froms, topic)
		}
		if p.AnyOf {
			t.Errorf("%s: the bracketed count kinds made the topic alternatives", q)
		}
	}
}
