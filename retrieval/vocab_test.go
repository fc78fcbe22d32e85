package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// english returns the plan's English terms by text.
func english(p retrieval.Plan) map[string]retrieval.EnglishTerm {
	out := map[string]retrieval.EnglishTerm{}
	for _, e := range p.English {
		out[e.Text] = e
	}
	return out
}

func TestAnalyzeOpenVocabulary(t *testing.T) {
	ix := retrievaltest.Index(t)
	if ix.Lexicon() == nil {
		t.Fatalf("the test index has no lexicon: %s", ix.LexiconNote())
	}
	p := retrieval.Analyze("How many kindergartens and football stadiums did Shengze build? Any orchards?", ix)
	got := english(p)
	for text, want := range map[string]struct{ layer, first string }{
		"kindergartens": {retrieval.LayerGlossary, "幼儿园"},
		"football":      {retrieval.LayerLexicon, "足球"},
		"stadiums":      {retrieval.LayerLexicon, "体育场"},
		"shengze":       {retrieval.LayerPlace, ""},
		"orchards":      {retrieval.LayerUntranslated, ""},
	} {
		e, ok := got[text]
		if !ok || e.Layer != want.layer || want.first != "" && (len(e.Chinese) == 0 || e.Chinese[0] != want.first) {
			t.Errorf("%s: %+v (found %v), want layer %s, first %q", text, e, ok, want.layer, want.first)
		}
	}
	if !slices.Equal(p.Untranslated, []string{"orchards"}) {
		t.Errorf("Untranslated = %q, want [orchards]", p.Untranslated)
	}
	// Question order.
	if !slices.IsSortedFunc(p.English, func(a, b retrieval.EnglishTerm) int { return a.At - b.At }) {
		t.Errorf("English terms out of question order: %+v", p.English)
	}
	// In the lexical query a lexicon rendering weighs less than the glossary's terms: λ × share
	// × confidence; in sentence scoring the English word weighs as one concept, by its
	// credited confidence and the share of its heaviest rendering, at most 1.
	for _, term := range p.Terms {
		if term.From != "football" {
			continue
		}
		if len(term.Lexical) != len(term.Variants) || slices.ContainsFunc(term.Lexical, func(w float64) bool { return w <= 0 || w > 0.5 }) {
			t.Errorf("lexicon term %+v: lexical weights want in (0, 0.5]", term)
		}
		if term.Weight <= 0 || term.Weight > 1 {
			t.Errorf("lexicon term %+v: weight want in (0, 1]", term)
		}
	}
}

func TestAnalyzeOpenVocabularyNamesAndFrames(t *testing.T) {
	ix := retrievaltest.Index(t)
	// A capitalised unknown word is a name; framing verbs and the planner's own words are not
	// decisive; the glossary's translation stays first.
	p := retrieval.Analyze("What happened to the Lizhai homestay project in Huigou town?", ix)
	got := english(p)
	if e := got["lizhai"]; e.Layer != retrieval.LayerName {
		t.Errorf("lizhai: %+v, want a name", e)
	}
	if len(p.Untranslated) != 0 {
		t.Errorf("Untranslated = %q, want none", p.Untranslated)
	}
	if _, ok := got["town"]; ok {
		t.Errorf("the level word was translated: %+v", got["town"])
	}
}

// Without a lexicon (a store built before it existed) nothing is translated beyond the glossary
// and nothing is called decisive.
func TestAnalyzeWithoutLexicon(t *testing.T) {
	p := retrieval.Analyze("How many football stadiums and orchards are there?", nil)
	for _, e := range p.English {
		if e.Layer == retrieval.LayerLexicon {
			t.Errorf("translated without a lexicon: %+v", e)
		}
	}
	if len(p.Untranslated) != 0 {
		t.Errorf("Untranslated = %q without a lexicon, want none", p.Untranslated)
	}
	var ix *retrieval.Index
	if ix.Lexicon() != nil || ix.LexiconNote() != "" {
		t.Error("a nil Index has a lexicon")
	}
}

// A name found by its form whose word the plan took for a misspelt place ("Shengzhe town") is
// that place, not an unresolved one.
func TestSuggestedPlaceIsNotUnresolved(t *testing.T) {
	p := retrieval.Analyze("How many rounds of area-wide nucleic acid testing did Shengzhe town carry out?", retrievaltest.Index(t))
	if !slices.Contains(p.Places, "盛泽镇") || len(p.Suggested) != 1 {
		t.Fatalf("places %q, suggested %+v: want 盛泽镇 suggested", p.Places, p.Suggested)
	}
	if len(p.Unresolved) != 0 || len(p.Names) != 0 {
		t.Errorf("unresolved %q, names %q: want none", p.Unresolved, p.Names)
	}
}

// Prepositions and conjunctions the lexicon's stopwords lack ("without") are neither searched nor
// reported as untranslated: a question is not declined for them.
func TestFunctionWordsNotDecisive(t *testing.T) {
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze("Did Shengze open tenders without meeting in person?", ix)
	if slices.Contains(p.Untranslated, "without") {
		t.Errorf("Untranslated = %q, want no without", p.Untranslated)
	}
	if e, ok := english(p)["without"]; ok {
		t.Errorf("without: %+v, want it skipped", e)
	}
}

// A planner's word that opens a phrase of the lexicon ("work orders": 工单) is translated with
// it; one that does not ("work" of "government work") stays the planner's.
func TestPlannerWordInLexiconPhrase(t *testing.T) {
	ix := retrievaltest.Index(t)
	got := english(retrieval.Analyze("How many work orders did Shengze close?", ix))
	if e, ok := got["work orders"]; !ok || !slices.Contains(e.Chinese, "工单") {
		t.Errorf("work orders: %+v (found %v), want 工单", e, ok)
	}
	got = english(retrieval.Analyze("What did the government work report say about grids?", ix))
	if e, ok := got["work"]; ok {
		t.Errorf("work: %+v, want the planner's word", e)
	}
}

// Words nothing translates, side by side, are one untranslated phrase; words apart stay apart.
func TestUntranslatedPhrase(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string][]string{
		"How many roller coasters did Shengze build?":         {"roller coasters"},
		"How many orchards and kiwifruit farms were planted?": {"orchards", "kiwifruit"},
	} {
		if p := retrieval.Analyze(q, ix); !slices.Equal(p.Untranslated, want) {
			t.Errorf("%q: Untranslated = %q, want %q", q, p.Untranslated, want)
		}
	}
}

// A lexicon phrase spanning glossary words is translated whole when it says what the glossary
// does not ("fish pond" 鱼塘, not "fish" 渔业 and a pond); when the glossary already gives its
// rendering for one of its words ("petrochemical" 石化 or 石油化工), the glossary's words stay.
func TestLexiconPhraseOverGlossaryWords(t *testing.T) {
	ix := retrievaltest.Index(t)
	got := english(retrieval.Analyze("What is the fish pond project in Lili?", ix))
	if e := got["fish pond"]; e.Layer != retrieval.LayerLexicon || len(e.Chinese) == 0 || e.Chinese[0] != "鱼塘" {
		t.Errorf("fish pond: %+v, want the lexicon's 鱼塘 (terms %+v)", e, got)
	}
	if _, ok := got["fish"]; ok {
		t.Errorf("fish is translated on its own: %+v", got["fish"])
	}
	got = english(retrieval.Analyze("Which reports mention the petrochemical industry?", ix))
	if e := got["petrochemical"]; e.Layer != retrieval.LayerGlossary || !slices.Contains(e.Chinese, "石油化工") {
		t.Errorf("petrochemical: %+v, want the glossary's 石化, 石油化工 (terms %+v)", e, got)
	}
}

// An informal word the glossary lacks ("cops", "cop") is rendered by the glossary's entry for its
// plain word (WordNet: cop → policeman), not left untranslated nor sent to the lexicon, which
// reaches the plain word's rendering at half confidence or not at all.
func TestAnalyzeInformalWord(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{"Are the Daixi cops getting a new station building?", "What national awards did the cop shop win?"} {
		p := retrieval.Analyze(q, ix)
		var e retrieval.EnglishTerm
		for _, x := range p.English {
			if x.Text == "cops" || x.Text == "cop" {
				e = x
			}
		}
		if e.Layer != retrieval.LayerGlossary || !slices.Contains(e.Chinese, "派出所") || e.Via != "policeman" {
			t.Errorf("%q: the informal word became %+v, want the glossary's rendering of policeman (派出所)", q, e)
		}
		if len(p.Untranslated) > 0 {
			t.Errorf("%q: Untranslated = %q, want none", q, p.Untranslated)
		}
	}
}
