package retrieval

import (
	"slices"
	"testing"
)

// TestAskedPlace: an ordinal is an asked place only with a word of ranking or placing beside it
// ("ranked 14th", "came sixth", "in 14th place", "were sixth in…", 排名第6); the first half, the
// first town to do something and a bare "top 10" ask none.
func TestAskedPlace(t *testing.T) {
	for q, want := range map[string]int{
		"Which town ranked 14th among China's top 100 towns?":              14,
		"Which town came sixth in the national list of top 1000 towns?":    6,
		"Which towns were sixth in China's top 1000 towns?":                6,
		"Which reports say they came first in their city on some measure?": 1,
		"Which reports finished in 3rd place in a provincial assessment?":  3,
		"哪些镇在千强镇中排名第6?":                                                    6,
		"Which was the first town to open a data centre?":                  0,
		"Which reports give figures for the first half of the year?":       0,
		"Which towns ranked in the top 10 of the national top town list?":  0,
		"哪些报告提到了第一批试点?":                                                    0,
	} {
		n, ok := Analyze(q, nil).AskedPlace()
		if ok != (want > 0) || n != want {
			t.Errorf("AskedPlace(%q) = %d, %v; want %d", q, n, ok, want)
		}
	}
}

// TestStatesPlace: a passage states a place by an ordinal of place (第14位, 第六名, 全市第一, 首位),
// not by an ordinal of a batch or a tier (第七批, 第一方阵).
func TestStatesPlace(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
		want bool
	}{
		{"黎里镇在中国百强镇榜单中晋升至第14位。", 14, true},
		{"黎里镇在中国百强镇榜单中晋升至第14位。", 6, false},
		{"盛泽位列2023年全国千强镇第六名。", 6, true},
		{"科技成果转化指标名列全市第一;", 1, true},
		{"垃圾分类综合考评成绩居中心城区首位", 1, true},
		{"获评第七批国家级制造业单项冠军", 7, false},
		{"长期雄踞全国综合实力千强镇第一方阵", 1, false},
	} {
		if got := StatesPlace(c.text, c.n); got != c.want {
			t.Errorf("StatesPlace(%q, %d) = %v, want %v", c.text, c.n, got, c.want)
		}
	}
}

// TestPlaceTerm: an asked place written as a word is searched as the reports write it (第六),
// not as the lexicon's guesses for the word.
func TestPlaceTerm(t *testing.T) {
	p := Analyze("Which town came sixth in the national list of top 1000 towns?", nil)
	if !slices.ContainsFunc(p.Terms, func(t Term) bool { return slices.Contains(t.Variants, "第六") }) {
		t.Errorf("terms %v search no 第六", p.Terms)
	}
}

// TestRankedThingDecides: a question asking a place in a ranking of something named ("ranked
// first in their city for market entities") is about that thing: a report's first place in
// something else does not speak of it, and one that writes its place as 首位 covers the
// question's verb of ranking as 排名 does.
func TestRankedThingDecides(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("Which reports say they ranked first in their city for market entities?", ix)
	sc := ix.newScorer(p)
	for text, want := range map[string]bool{
		"市场主体增长率14%,排名全市第一。":                           true,
		"新设市场主体2.7万家、总量保持全市首位。":                        true,
		"在全省建制县区隐性债务风险化解试点工作绩效考核评价中位居第一名。":             false,
		"6月份以来,我镇在“除险保安”排名中始终靠前,九月、十月、十一月连续三个月位列全市第一。": false,
	} {
		if got := sc.topical(text) && sc.topicCoverage(text) >= TopicCoverage; got != want {
			t.Errorf("%s: speaks of the ranked topic = %v, want %v (coverage %.2f)", text, got, want, sc.topicCoverage(text))
		}
	}
	// A question naming nothing ranked ("came first on some measure") keeps its ranking words.
	if s := placeSides(Analyze("Which reports came first in their city?", nil)); s != nil {
		t.Errorf("placeSides of a question naming no ranked thing = %v, want nil", s)
	}
}
