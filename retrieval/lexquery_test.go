package retrieval_test

import (
	"strings"
	"testing"
)

// inFirstHits reports whether one of the first n hits of a question holds text.
func inFirstHits(t *testing.T, q, text string, n int) bool {
	t.Helper()
	_, res := search(t, q)
	for i, h := range res.Hits {
		if i < n && strings.Contains(h.Chunk.Text, text) {
			return true
		}
	}
	return false
}

// A precise lexicon word is not swamped by the generic glossary words beside it: bran (米糠,
// its one rendering) beside planning (计划, 规划) and project (项目); pump stations (泵站) beside
// upgrading (提升, 升级, 改造提升). The passage that holds it is among those searched for the
// best sentence, and that sentence is the answer.
func TestLexicalQueryPreciseWord(t *testing.T) {
	for q, want := range map[string]string{
		"Is a rice bran processing project being planned anywhere?": "米糠",
		"Are pump stations being upgraded in Shengze?":              "泵站",
	} {
		_, res := search(t, q)
		if res.Best == nil || !strings.Contains(res.Best.Lead+res.Best.Sentence, want) {
			t.Errorf("%q: best evidence %+v, want a sentence holding %s", q, res.Best, want)
		}
	}
}

// A one-character first rendering (蚕 "silkworm", 鸡 "chicken") finds the passages that write it
// inside words the index keeps as bigrams only (先蚕祠, 烧鸡).
func TestLexicalQuerySingleCharacter(t *testing.T) {
	for q, want := range map[string]string{
		"Anything about silkworms?":      "蚕",
		"Where are roast chickens sold?": "烧鸡",
	} {
		if !inFirstHits(t, q, want, 5) {
			t.Errorf("%q: no passage holding %s in the first five", q, want)
		}
	}
}

// A focused lexicon word whose rendering is rare in the reports (捐款 "donation", one passage)
// is credited fully: its rarity says nothing against it.
func TestGroundFocusedRareWord(t *testing.T) {
	g := ground(t, "How much in donations did the student aid association collect?", "累计收到助学捐款41.7万元")
	if c := concept(t, g, "donations"); c.Credit < 0.8 || c.Covered < 0.99 || !c.Decisive {
		t.Errorf("donations: %+v, want decisive, credited at 0.8 or more and covered", c)
	}
}

// A three-character word is held by its abbreviation in a longer name: 博览会 "expo" as the
// 博会 of 纺博会.
func TestGroundAbbreviation(t *testing.T) {
	g := ground(t, "How much should the textile expo's transactions grow in Shengze?", "实现纺博会采购商人数和意向交易额同比增长10%")
	if c := concept(t, g, "expo"); c.Covered < 0.79 {
		t.Errorf("expo: %+v, want covered by 纺博会", c)
	}
}
