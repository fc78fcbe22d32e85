package retrieval

import (
	"math"
	"strings"
	"testing"
)

func TestGlossedHowMany(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"how many new businesses (market entities) were registered in lili town last year?", "how many new market entities were registered in lili town last year?"},
		{"how many firms (market entities) were newly registered?", "how many market entities were newly registered?"},
		{"how many beds does shengze hospital have?", ""},
		{"how much revenue did the beijing district (the winter olympics host area) bring in?", ""},
	} {
		got, ok := glossedHowMany(tc.q)
		if ok != (tc.want != "") || got != tc.want {
			t.Errorf("glossedHowMany(%q) = %q, %v; want %q", tc.q, got, ok, tc.want)
		}
	}
}

func TestAsideTerms(t *testing.T) {
	p := Analyze("How much general public budget revenue did the Beijing district (the Winter Olympics host area) bring in last year?", nil)
	got := asideTerms(p)
	if !got["winter olympics"] {
		t.Errorf("asideTerms = %v; want the bracket's winter olympics among them (terms %+v)", got, p.Terms)
	}
	if got["general public budget revenue"] {
		t.Errorf("asideTerms = %v; the indicator outside the bracket is no aside", got)
	}
	if got := asideTerms(Analyze("How much general public budget revenue did the Beijing district bring in last year?", nil)); len(got) > 0 {
		t.Errorf("asideTerms without brackets = %v; want none", got)
	}
}

// A bracket's term a text lacks leaves the text's coverage as it is; one the text holds counts.
func TestMeasureAside(t *testing.T) {
	term := func(tok string, aside bool) scoredTerm {
		return scoredTerm{weight: 1, variants: [][]weightedToken{{{tok, 1, true}}}, totals: []float64{1}, caps: []float64{1}, aside: aside}
	}
	holds := func(toks ...string) func(weightedToken) float64 {
		return func(x weightedToken) float64 {
			for _, t := range toks {
				if t == x.tok {
					return 1
				}
			}
			return 0
		}
	}
	sc := &scorer{terms: []scoredTerm{term("预算", false), term("冬奥", true)}}
	if _, cov := sc.measure(holds("预算")); math.Abs(cov-1) > 1e-9 {
		t.Errorf("coverage without the bracket's word = %v; want 1", cov)
	}
	if _, cov := sc.measure(holds("冬奥")); math.Abs(cov-0.5) > 1e-9 {
		t.Errorf("coverage with the bracket's word only = %v; want 0.5", cov)
	}
}

func TestFigureNamedGloss(t *testing.T) {
	p := Analyze("How many new businesses (market entities) were registered in Lili town last year?", nil)
	text := "“一网通办”“全链通”等“一站式”服务持续发力,全年新增市场主体3700多户。"
	noun, checked, named := FigureNamed(p, text)
	if !checked || !named {
		t.Errorf("FigureNamed = %q, %v, %v; want the bracket's other name to name 市场主体3700多户 (terms %+v)", noun, checked, named, p.Terms)
	}
}

// A phrase that runs on past a bracket is the question's own; a word wholly inside one is an
// aside, and one right after a concept widens it.
func TestAsidesIn(t *testing.T) {
	q := "how many units of government-subsidised (affordable) housing does the beijing district (the winter olympics host area) plan?"
	as := newAsides(q)
	at := func(w string) EnglishTerm { return EnglishTerm{Text: w, At: strings.Index(q, w)} }
	if as.in(at("affordable) housing")) {
		t.Errorf("in(affordable) housing) = true; the glossary's phrase runs past the bracket")
	}
	if !as.in(at("winter olympics")) {
		t.Errorf("in(winter olympics) = false; want true")
	}
	if as.in(at("government")) {
		t.Errorf("in(government) = true; want false")
	}
	g := "how many new businesses (market entities) were registered?"
	english := []EnglishTerm{{Text: "businesses", At: strings.Index(g, "businesses")}, {Text: "market entities", At: strings.Index(g, "market entities")}}
	out := []Concept{{Text: "businesses"}}
	if j := newAsides(g).glossed(g, english[1].At, []int{english[0].At}, out); j != 0 {
		t.Errorf("glossed(market entities) = %d; want 0 (businesses)", j)
	}
	if j := as.glossed(q, at("winter olympics").At, []int{at("government").At}, []Concept{{Text: "government"}}); j != -1 {
		t.Errorf("glossed(winter olympics) = %d; want -1 (it follows a place)", j)
	}
}
