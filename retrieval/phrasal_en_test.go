package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// A phrasal verb is read whole, before its words: "hand out" is searched as what distribute
// renders, never as 手 (hand) or 携手; "signed up" is not 签约 (the glossary's "sign"); its
// particle is no term; a verb with a preposition ("invest in") and the growth words the planner
// reads ("went up") are left as they were.
func TestAnalyzePhrasalVerb(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]string{
		"How much in subsidies did Shengze hand out last year?":  "hand out",
		"How many new businesses signed up in Lili last year?":   "signed up",
		"What share of people in the Liuzhou district work out?": "work out",
		"How much did Shengze cut down on energy use?":           "cut down",
	} {
		p := retrieval.Analyze(q, ix)
		got := english(p)
		e, ok := got[want]
		if !ok || e.Via == "" {
			t.Errorf("%q: phrasal verb %q became %+v (found %v), want it rendered through a synonym", q, want, e, ok)
		}
		for _, tm := range p.Terms {
			if tm.From == "hand" || tm.From == "signed" || tm.From == "work" || tm.From == "out" || tm.From == "up" || tm.From == "cut" {
				t.Errorf("%q: the phrasal verb's word %q is a term of its own: %v", q, tm.From, tm.Variants)
			}
			if slices.Contains(tm.Variants, "签约") || slices.Contains(tm.Variants, "携手") {
				t.Errorf("%q: term %q searches the verb's own reading %v", q, tm.From, tm.Variants)
			}
		}
	}
	for q, pair := range map[string]string{
		"How much did Shengze's retail sales went up last year?":                         "went up",
		"What duck project does the Panjin district want to get off the ground quickly?": "get off",
	} {
		if _, ok := english(retrieval.Analyze(q, ix))[pair]; ok {
			t.Errorf("%q: %q was read as a phrasal verb; the planner or the idiom's words read it", q, pair)
		}
	}
	// "hand out" is rendered through the glossary's distribute (发放), which the evidence need
	// not hold: the sense is a guess.
	if e := english(retrieval.Analyze("How much did Shacheng hand out in scholarships?", ix))["hand out"]; e.Via != "distribute" || !slices.Contains(e.Chinese, "发放") {
		t.Errorf("hand out: %+v, want 发放 via distribute", e)
	}
}

// A count in 户 right after a noun of businesses counts businesses (新增市场主体3700多户); after
// other nouns 户 stays households, never people (困难群众320户).
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
