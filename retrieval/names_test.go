package retrieval

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/zh"
)

// corpusNames are the names zhNames finds in the bundled reports' own sentences, each checked
// by hand to be a real place or a proper name (villages, parks, 帅乡 for 帅乡工业园): no ordinary
// word of the reports (城市, 社区, 乡村, 市场, 县城, 推动区域, 健康村…) may be taken for a name.
var corpusNames = []string{"中关村", "临淄区", "人福村", "元荡村", "冬奥村", "前岸村", "园北区", "圣塘村", "岱西镇", "帅乡", "新鹤村",
	"李宅村", "柳东村", "浍沟镇", "海丰村", "环江村", "盘锦市", "盛泽镇", "舟山市", "苏州市", "金寨县", "黎里镇"}

func TestZhNamesNoOrdinaryWordsInCorpus(t *testing.T) {
	found := map[string]bool{}
	for _, line := range strings.Split(string(data.Corpus), "\n") {
		for _, s := range zh.Sentences(line) {
			for _, n := range zhNames(zh.Normalize(s), nil, nil) {
				if !slices.Contains(corpusNames, n) && !found[n] {
					t.Errorf("%q taken for a name in %q", n, s)
				}
				found[n] = true
			}
		}
	}
	var names []string
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	t.Logf("names in the corpus: %v", names)
}

func TestZhNames(t *testing.T) {
	tests := []struct {
		q       string
		matched []string
		want    []string
	}{
		{"同里镇的一般公共预算收入是多少?", nil, []string{"同里镇"}},
		{"苏州同里镇的GDP是多少?", []string{"苏州市"}, []string{"同里镇"}},
		{"周庄镇2023年的旅游收入是多少?", nil, []string{"周庄镇"}},
		{"乌镇今年有哪些重点项目?", nil, []string{"乌镇"}},
		{"盛泽镇工业投资目标是多少?", []string{"盛泽镇"}, nil},
		{"北京那个区的平均房价是多少?", []string{"北京市"}, nil},
		{"各镇给村集体经济定的收入目标分别是多少?", nil, nil},
		{"哪些县城和城市提到了乡村振兴?", nil, nil},
		{"哪些报告提到社区和市场建设?", nil, nil},
		{"推进区域合作的城镇有哪些?", nil, nil},
		{"哪些乡镇的村民收入增长了?", nil, nil},
		{"全县和全区的目标是什么?", nil, nil},
		// A name may start with a numeral (七都镇); a count of levels is no name.
		{"七都镇去年规上工业总产值是多少?", nil, []string{"七都镇"}},
		{"三个镇和一大区的目标是什么?", nil, nil},
		// A base may end in 城 (皇城镇); 城镇, 城区 and 城市 stay words.
		{"皇城镇去年规上工业产值是多少?", nil, []string{"皇城镇"}},
		{"新型城镇化和主城区的目标是什么?", nil, nil},
		{"有几个乡二十个村提到养老?", nil, nil},
		// Adjectives that open place names (新华区, 农安县, 新民市) lead a base; not elsewhere.
		{"新华区去年一般公共预算收入是多少?", nil, []string{"新华区"}},
		{"农安县和新民市的目标是什么?", nil, []string{"农安县", "新民市"}},
		{"老城区和大社区有哪些项目?", nil, nil},
	}
	for _, tt := range tests {
		if got := zhNames(zh.Normalize(tt.q), tt.matched, nil); !slices.Equal(got, tt.want) {
			t.Errorf("zhNames(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestZhNamesThreeCharacterBase: with a vocabulary, a three-character base before a level word
// is a name (瓦房店市, 大石桥市) unless the passages hold it (人才强区, 静兰街道 are the reports'
// own words); a non-name three-character base leaves the two-character one to be tried.
func TestZhNamesThreeCharacterBase(t *testing.T) {
	corpusText := string(data.Corpus)
	known := func(tok string) bool { return strings.Contains(corpusText, tok) }
	tests := []struct {
		q    string
		want []string
	}{
		{"瓦房店市去年一般公共预算收入是多少?", []string{"瓦房店市"}},
		{"大石桥市去年规模以上工业增加值是多少?", []string{"大石桥市"}},
		{"请问普兰店区今年的目标是多少?", []string{"普兰店区"}},
		{"辽宁的新华区今年的目标是多少?", []string{"新华区"}},
		{"人才强区战略有哪些举措?", nil},
		{"静兰街道建成了什么?", nil},
		{"吴江撤市设区多少年了?", nil},
		{"黄家溪村入选了什么?", nil},
		{"盘锦某区去年新建了几个小区?", nil}, // 盘锦 is a matched place, 某区 no name
		{"老工业区改造进展如何?", nil},    // an adjective before an ordinary word (工业区), no name
	}
	for _, tt := range tests {
		if got := zhNames(zh.Normalize(tt.q), []string{"盘锦市"}, known); !slices.Equal(got, tt.want) {
			t.Errorf("zhNames(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestEnNames(t *testing.T) {
	tests := []struct {
		q       string
		matched []string
		want    []string
	}{
		{"What was Tongli town's general public budget revenue?", nil, []string{"Tongli town"}},
		{"What is the population of Mars?", nil, []string{"Mars"}},
		{"What GDP growth target did Shanghai's Pudong New Area set for 2023?", []string{"上海市"}, []string{"Pudong"}},
		{"How many Starbucks stores opened in Shengze?", []string{"盛泽镇"}, []string{"Starbucks"}},
		{"What was the trading volume of the China Oriental Silk Market last year?", nil, nil},
		{"How did the Panjin district's industrial value added change last year?", []string{"盘锦市"}, nil},
		{"What is Qidu town's GDP growth target?", []string{"齐都镇"}, nil},
		{"Compare the towns' fiscal revenue growth targets for 2023.", nil, nil},
		{"What did the reports say about COVID in March?", nil, nil},
		// Names joined by hyphens name a route or a grouping, not a place asked about.
		{"How far along is girder work on the Shanghai-Suzhou-Huzhou railway in Lili?", []string{"黎里镇"}, nil},
		{"What did Tongli-Shengze cooperation achieve?", nil, nil},
		// Letters joined by an ampersand are initials, not a name.
		{"Which places mention homestays / B&Bs in their tourism results or plans?", nil, nil},
		{"Which reports mention M&A deals?", nil, nil},
		// An en or em dash joins a chain as a hyphen does.
		{"Which reports mention the Shanghai–Suzhou–Huzhou high-speed railway?", nil, nil},
		{"Which reports mention the Rugao—Nantong—Suzhou—Huzhou intercity railway?", nil, nil},
		{"What did Tongli town achieve in mid-March?", nil, []string{"Tongli town"}},
	}
	for _, tt := range tests {
		if got := enNames(tt.q, tt.matched, nil, nil); !slices.Equal(got, tt.want) {
			t.Errorf("enNames(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestComparatorWordBoundaries(t *testing.T) {
	tests := []struct{ q, want string }{
		{"Which towns' governments set a revenue growth target of 8%?", ""},
		{"Which reports give the coverage of medical insurance as 95%?", ""},
		// More than and less than leave the number out; at least, at most (以上, 不超过) keep it.
		{"Which towns have a revenue growth target of more than 8%?", ">"},
		{"Which towns target growth over 8%?", ">"},
		{"Which towns target growth under 8%?", "<"},
		{"Which towns target growth of at least 8%?", ">="},
		{"Which towns target growth of no more than 8%?", "<="},
		{"Which districts' undertakings grew 5%?", ""},
		{"哪些镇的增长目标超过8%?", ">"},
		{"哪些镇的增长目标不超过8%?", "<="},
		{"哪些镇的增长目标在8%以上?", ">="},
		{"哪些镇的增长目标低于8%?", "<"},
	}
	for _, tt := range tests {
		if got := Analyze(tt.q, nil).Comparator; got != tt.want {
			t.Errorf("Analyze(%q).Comparator = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestRelativeYear(t *testing.T) {
	tests := []struct{ q, when, intent string }{
		{"How did the Panjin district's industrial value added change last year?", WhenLast, IntentActual},
		{"黎里镇今年有哪些重点项目?", WhenThis, IntentTarget},
		{"盘锦那个区明年的重点任务是什么?", WhenNext, IntentTarget},
		{"黎里镇今年完成了多少投资?", WhenThis, IntentActual},
		{"盛泽镇的重点项目有哪些?", "", ""},
		// A question in the simple past asks for a result; one with a target word for a target.
		{"How many beds came with the new elderly care stations?", "", IntentActual},
		{"How many homes got free gas fittings in Chaoyang?", "", IntentActual},
		{"How many homes will get free gas fittings?", "", IntentTarget},
	}
	for _, tt := range tests {
		p := Analyze(tt.q, nil)
		if p.When != tt.when || p.Intent != tt.intent {
			t.Errorf("Analyze(%q): When %q, Intent %q; want %q, %q", tt.q, p.When, p.Intent, tt.when, tt.intent)
		}
	}
}

func TestBlankNameChains(t *testing.T) {
	for q, want := range map[string]string{
		"the Shanghai-Suzhou-Huzhou railway in Lili": "the " + strings.Repeat(" ", 8) + "-" + strings.Repeat(" ", 6) + "-" + strings.Repeat(" ", 6) + " railway in Lili",
		"Shengze-based firms in Suzhou":              "Shengze-based firms in Suzhou",
		"the Rugao–Nantong line":                     "the " + strings.Repeat(" ", 5) + "–" + strings.Repeat(" ", 7) + " line",
		"Shengze – a town":                           "Shengze – a town",
		"What did Tongli town do?":                   "What did Tongli town do?",
	} {
		if got := blankNameChains(q); got != want {
			t.Errorf("blankNameChains(%q) = %q, want %q", q, got, want)
		}
	}
}
