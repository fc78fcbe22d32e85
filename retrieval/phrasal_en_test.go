package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// A phrasal verb is read whole, before its words, through a synonym the glossary has: "work
// out" is exercise (体育锻炼), neither "work" (a planner's word) nor "out"; a pair whose synonyms
// the glossary lacks ("hand out": distribute), the growth words the planner reads ("went up")
// and a light verb's idiom ("get off the ground") are read word by word.
func TestAnalyzePhrasalVerb(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{
		"What share of people in the Liuzhou district regularly work out?",
		"How many residents worked out in Daixi's fitness centres last year?",
	} {
		p := retrieval.Analyze(q, ix)
		var e retrieval.EnglishTerm
		for _, x := range p.English {
			if x.Text == "work out" || x.Text == "worked out" {
				e = x
			}
		}
		if e.Via != "exercise" || !slices.Contains(e.Chinese, "体育锻炼") {
			t.Errorf("%q: the phrasal verb became %+v, want 体育锻炼 via exercise", q, e)
		}
		for _, tm := range p.Terms {
			if tm.From == "work" || tm.From == "worked" || tm.From == "out" {
				t.Errorf("%q: the phrasal verb's word %q is a term of its own: %v", q, tm.From, tm.Variants)
			}
		}
	}
	for q, pair := range map[string]string{
		"How much did Shengze's retail sales went up last year?":                         "went up",
		"What duck project does the Panjin district want to get off the ground quickly?": "get off",
		"How much did Shacheng hand out in scholarships?":                                "hand out",
	} {
		if _, ok := english(retrieval.Analyze(q, ix))[pair]; ok {
			t.Errorf("%q: %q was read as a phrasal verb", q, pair)
		}
	}
}

// A count in 户 right after a noun of businesses counts businesses (新增市场主体3700多户), and
// so does one right before it (10户企业升规); after buildings or houses it counts them
// (拆除违法违章建筑7户, 盘活闲置农房205户); after other nouns 户 stays households, never people
// (困难群众320户).
func TestUnitCountsClass(t *testing.T) {
	for _, c := range []struct {
		text, fig, class string
		want             bool
	}{
		{"全年新增市场主体3700多户。", "3700多户", "enterprises", true},
		{"新增个体工商户1200户。", "1200户", "enterprises", true},
		{"帮扶困难群众320户。", "320户", "enterprises", false},
		{"帮扶困难群众320户。", "320户", "people", false},
		{"新增市场主体3700多家。", "3700多家", "projects", false},
		{"丰之锦科技、常盛法兰等10户企业升规。", "10户", "enterprises", true},
		{"拆除违法违章建筑7户、危房18户;", "7户", "buildings", true},
		{"拆除违法违章建筑7户、危房18户;", "18户", "buildings", true},
		{"盘活闲置农房205户。", "205户", "buildings", true},
		{"拆除违法违章建筑7户。", "7户", "enterprises", false},
		{"惠及居民2104户。", "2104户", "buildings", false},
		{"完成400户困难家庭适老化改造。", "400户", "buildings", false},
	} {
		var v num.Value
		for _, x := range num.Find(c.text) {
			if c.text[x.Start:x.End] == c.fig || c.text[x.Start:x.QualEnd] == c.fig {
				v = x
			}
		}
		if v.End == 0 {
			t.Fatalf("%s: no figure %s among %v", c.text, c.fig, num.Find(c.text))
		}
		if got := retrieval.UnitCountsClass(c.text, v, c.class); got != c.want {
			t.Errorf("UnitCountsClass(%s, %s, %s) = %v, want %v", c.text, c.fig, c.class, got, c.want)
		}
	}
}
