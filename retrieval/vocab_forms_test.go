package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// englishTerm returns a plan's English term of a text and layer, if any.
func englishTerm(p retrieval.Plan, text, layer string) (retrieval.EnglishTerm, bool) {
	i := slices.IndexFunc(p.English, func(e retrieval.EnglishTerm) bool { return e.Text == text && e.Layer == layer })
	if i < 0 {
		return retrieval.EnglishTerm{}, false
	}
	return p.English[i], true
}

// An acronym with digits (P2P, as the reports write it) is one literal term, not its letters.
func TestLiteralWithDigits(t *testing.T) {
	p, _ := search(t, "what happened to the P2P lending platforms?")
	if _, ok := englishTerm(p, "p2p", retrieval.LayerLiteral); !ok {
		t.Errorf("P2P is no literal term: %+v", p.English)
	}
	if _, ok := englishTerm(p, "p", retrieval.LayerLiteral); ok {
		t.Errorf("P2P split into its letters: %+v", p.English)
	}
}

// A time-frame word the glossary renders by a content word ("planned": 计划, 规划) weighs in
// the query as an intent word, so that it does not outweigh the subject of the question.
func TestFrameWordWeighsAsIntent(t *testing.T) {
	p, res := search(t, "Beijing district counter-terrorism — what's planned for 2023?")
	for _, term := range p.Terms {
		if slices.Contains(term.Variants, "规划") && term.Weight >= 1 {
			t.Errorf("planned weighs %v in the query", term.Weight)
		}
	}
	if _, ok := englishTerm(p, "counter-terrorism", retrieval.LayerLexicon); !ok {
		t.Fatalf("counter-terrorism not translated: %+v", p.English)
	}
	for _, h := range res.Hits {
		if h.Chunk.ID == "2023-gov-work-reports.txt#4#0051" && (h.Lexical == 0 || h.Lexical > 3) {
			t.Errorf("the passage on 反恐 ranks %d in the lexical list, want top three", h.Lexical)
		}
	}
}

// A compound the lexicon lacks, searched through its parts ("roadside": road, side), is held
// in part by a sentence holding a part's rendering: not missing, but not fully held either.
func TestGroundCompoundParts(t *testing.T) {
	g := ground(t, "How many roadside stalls did Qidu clear out?", "清理道路两侧摊位1949处")
	c := concept(t, g, "roadside")
	if c.Covered <= 0 || c.Covered >= 1 {
		t.Errorf("roadside: %+v, want partly covered", c)
	}
	if slices.Contains(g.Missing, "roadside") {
		t.Errorf("roadside is missing from a sentence holding 道路: %+v", g)
	}
	if g2 := ground(t, "How many roadside signs did Qidu clear out?", "全域环境明显改善"); !slices.Contains(g2.Missing, "roadside") {
		t.Errorf("roadside not missing from a sentence holding no part: %+v", g2)
	}
}

// A word the lexicon lacks is searched through the word WordNet relates it to, and the plan
// says through which ("rental" via rent, for 出租房).
func TestRelatedWordVia(t *testing.T) {
	p, _ := search(t, "How did Daixi make rental housing safer?")
	e, ok := englishTerm(p, "rental", retrieval.LayerLexicon)
	if !ok || e.Via != "rent" || !slices.Contains(e.Chinese, "出租") {
		t.Errorf("rental: %+v, want it rendered via rent with 出租", p.English)
	}
}
