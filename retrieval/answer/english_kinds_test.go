package answer

import (
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestEnFiguresLineKinds pins the figure kinds and question forms of english_figkinds.go: an
// age is no figure, a count's class in the question's other words, quoted words in the noun
// phrase, measure words with an English unit of their own (after 万 too), the stage of
// construction asked for, and counts listed in one measure word.
func TestEnFiguresLineKinds(t *testing.T) {
	tests := []struct {
		name, q, quote string
		terms          []retrieval.Term
		want           string // the figures after "Label: "
	}{
		{"an age says whom the figure is for", "How many covid kits did the town hand out to older residents?",
			"为60周岁及以上老年人发放“防疫包”5736件,全方位筑牢疫情防控底线。",
			[]retrieval.Term{term("covid", "疫情"), term("residents", "居民")}, "5,736 covid kits (5736件)"},
		{"an age with 岁", "How many elderly people got free check-ups?", "为镇域1万余名60岁以上老人提供免费查体服务。",
			[]retrieval.Term{term("elderly", "老人"), term("check-ups", "查体")}, "more than 10,000 people (1万余名)"},
		{"a class in other words", "How many housing compounds have property management?", "加强基层社会治理和服务,269个小区实现物业管理全覆盖。",
			[]retrieval.Term{term("property management", "物业管理"), {From: "compounds", Variants: []string{"大院"}, Weight: 0.6}},
			"269 residential compounds (269个小区)"},
		{"quoted words of the noun", "How many village 'legal understanders' did the town train?", "为各村培养法律明白人95人,法治乡村建设水平明显提升。",
			[]retrieval.Term{term("village", "村"), term("legal understanders", "法律明白人")}, "95 village legal understanders (95人)"},
		{"a measure word after 万", "How many covid jabs were given?", "完成区域核酸检测98轮,接种新冠疫苗83.7万剂次。",
			[]retrieval.Term{term("covid", "新冠"), term("jab", "疫苗")}, "covid jabs 837,000 doses (83.7万剂次)"},
		{"cases", "How many illegal structures were torn down?", "拆除违章搭建13宗,处置面积863㎡。",
			[]retrieval.Term{term("illegal structures", "违章搭建"), term("torn down", "拆除")}, "illegal structures 13 cases (13宗)"},
		{"the stage asked: started", "How many roads did the district start building?", "王化路等21条主次干路、支路开工,通久路等10条道路竣工。",
			[]retrieval.Term{term("roads", "道路"), term("start building", "开工")}, "21 roads (21条)"},
		{"the stage asked: finished", "How many roads did the district finish?", "王化路等21条主次干路、支路开工,通久路等10条道路竣工。",
			[]retrieval.Term{term("roads", "道路")}, "10 roads (10条道路)"},
		{"the stage of a list item", "How many elevators will the district finish installing?", "老楼加装电梯开工50部、完工150部。",
			[]retrieval.Term{term("elevators", "电梯"), term("install", "加装")}, "150 elevators (150部)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := enPlan(tt.q, tt.terms...)
			figs := quoteFigures(a, tt.quote)
			got := enFiguresLine("Shengze town (盛泽镇)", "", figs, tt.quote)
			if want := "Shengze town (盛泽镇): " + tt.want; got != want {
				t.Errorf("%s\n got %s\nwant %s", tt.quote, got, want)
			}
		})
	}
}

func TestUnquoteWords(t *testing.T) {
	for in, want := range map[string]string{
		"how many village 'legal understanders' did huigou train?": "how many village legal understanders did huigou train?",
		"how many “smart workshops” are there":                     "how many smart workshops are there",
		"how many martyrs' tombs were repaired?":                   "how many martyrs' tombs were repaired?",
		"what is the town's income?":                               "what is the town's income?",
	} {
		if got := unquoteWords(in); got != want {
			t.Errorf("unquoteWords(%q) = %q, want %q", in, got, want)
		}
	}
}
