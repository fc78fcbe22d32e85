package facts

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"2023年全镇经济社会发展主要预期目标是:确保一般公共预算收入增长8%,力争增长10%;规上工业总产值675亿元,增长10%。",
		"规模以上工业增加值、社会消费品零售总额、进出口总额、引进国内实际到位资金均增长10%以上",
		"一般公共预算收入与上一年持平,固定资产投资增长7%。",
		"工业增加值占地区生产总值比重由22.8%提升至32.4%",
		"生产安全事故起数、死亡人数分别下降23.5%、30.4%。",
		"地区生产总值增长５％左右，城镇新增就业１２００人；",
		"PM2.5平均浓度为31微克/立方米,下降8.8%。",
		"增长①%\xff\xfe占(",
		"",
	} {
		f.Add(seed, 2023)
	}
	f.Fuzz(func(t *testing.T, text string, year int) {
		for _, section := range [][]string{nil, {"二、2024年工作安排"}, {"一、2023年工作回顾"}} {
			for _, fact := range Extract(text, Context{Section: section, Year: year}) {
				if fact.Sentence == "" || !strings.Contains(text, fact.Sentence) {
					t.Fatalf("sentence %q is not in the text %q", fact.Sentence, text)
				}
				if fact.ValueText == "" || !strings.Contains(fact.Sentence, fact.ValueText) {
					t.Fatalf("value text %q is not in the sentence %q", fact.ValueText, fact.Sentence)
				}
				if fact.Kind != corpus.KindTarget && fact.Kind != corpus.KindActual {
					t.Fatalf("kind %q", fact.Kind)
				}
				switch fact.Comparator {
				case CompareEq, CompareAtLeast, CompareAbout, CompareAtMost, CompareFlat:
				default:
					t.Fatalf("comparator %q", fact.Comparator)
				}
			}
		}
		Find(text)
		Lookup(text)
	})
}
