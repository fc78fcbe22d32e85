package retrieval

import (
	"strings"

	"github.com/reportbot/reportbot/internal/lazyre"
	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/internal/zh"
)

// AsksCount reports whether p's question asks how many of a thing there are (how many, 几家,
// 多少个), not a number of time units (多久, how many days) or another measure.
func AsksCount(p Plan) bool {
	w := wantFigure(p)
	return w.asks && w.dim == num.DimCount && !w.timeCount
}

// reVague matches a word that stands for a quantity without stating it (一批 新能源汽车销售企业,
// 若干, 多家, 一系列): the reports' way of saying "some" where they have no count to give.
var reVague = lazyre.New(`一批|若干|多家|一系列|一些|大批|众多|多个|多项|多所|多名|多条`)

// VagueCount returns, for a how-many question (AsksCount), the words of text that speak of the
// asked thing with a vague quantity and no count — "一批新能源汽车销售企业" for "新开了几家新能源汽
// 车销售店", "一批绿色低碳示范项目" for "how many green and low-carbon demonstration projects" —
// or "" when text states a count of the asked thing (FigureNamed) or names it with no vague
// word. The vague word must stand before a wording of the thing: the clause after it shares
// two characters running with one of the question's terms of weight at least otherWeight.
func VagueCount(p Plan, text string) string {
	if !AsksCount(p) {
		return ""
	}
	if _, checked, named := FigureNamed(p, text); checked && named {
		return ""
	}
	for _, loc := range reVague.FindAllStringIndex(text, -1) {
		rest := text[loc[1]:]
		if i := strings.IndexAny(rest, "，,；;。！？!?"); i >= 0 {
			rest = rest[:i]
		}
		if sharesThing(p, rest) {
			return text[loc[0]:loc[1]] + rest
		}
	}
	return ""
}

// sharesThing reports whether s holds two Chinese characters running of a wording of a term of
// p of weight at least otherWeight.
func sharesThing(p Plan, s string) bool {
	for _, t := range p.Terms {
		if t.Weight < otherWeight {
			continue
		}
		for _, v := range t.Variants {
			rs := []rune(v)
			for i := 0; i+1 < len(rs); i++ {
				if zh.IsHan(rs[i]) && zh.IsHan(rs[i+1]) && strings.Contains(s, string(rs[i:i+2])) {
					return true
				}
			}
		}
	}
	return false
}
