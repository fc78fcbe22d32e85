package retrieval_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// ground weighs a sentence against a question's decisive words.
func ground(t *testing.T, q, sentence string) retrieval.Grounding {
	t.Helper()
	p, res := search(t, q)
	g, ok := res.Ground(p, retrieval.Evidence{Sentence: sentence})
	if !ok {
		t.Fatalf("%q: no words to weigh", q)
	}
	return g
}

// concept returns a grounding's concept by text.
func concept(t *testing.T, g retrieval.Grounding, text string) retrieval.Concept {
	t.Helper()
	i := slices.IndexFunc(g.Concepts, func(c retrieval.Concept) bool { return c.Text == text })
	if i < 0 {
		t.Fatalf("no concept %q in %+v", text, g.Concepts)
	}
	return g.Concepts[i]
}

// A word weighs by its specificity in the reports, its translation's credit and its focus:
// the subject of the question is decisive, its generic words (build: 建设, which most passages
// hold) and vague ones (kind: 类, 新型, 特种, 各种 …) are not, without any list of them; the
// planner's time-frame words are not weighed at all.
func TestGroundDecisiveWords(t *testing.T) {
	g := ground(t, "What kind of documentary park did Lili town build last year?", "高质量建设黎里纪录片文化创意园")
	if c := concept(t, g, "documentary"); !c.Decisive || c.Covered != 1 {
		t.Errorf("documentary: %+v, want decisive and covered", c)
	}
	for _, w := range []string{"kind", "build"} {
		if c := concept(t, g, w); c.Decisive {
			t.Errorf("%s: %+v, want not decisive", w, c)
		}
	}
	if slices.ContainsFunc(g.Concepts, func(c retrieval.Concept) bool { return strings.Contains(c.Text, "year") }) {
		t.Errorf("a time-frame word is weighed: %+v", g.Concepts)
	}
	if kind := concept(t, g, "kind"); kind.Focus >= concept(t, g, "documentary").Focus {
		t.Errorf("kind (%v renderings' share) is not vaguer than documentary (%v)", kind.Focus, concept(t, g, "documentary").Focus)
	}
	// Without the subject word, the sentence holds little of the question.
	if other := ground(t, "What kind of documentary park did Lili town build last year?", "推进全镇重点项目建设"); other.Share >= g.Share || other.Share > 0.1 {
		t.Errorf("a sentence without the subject: share %.2f (with it %.2f)", other.Share, g.Share)
	}
}

// A glossary word is also found through the lexicon's renderings, credited by the lexicon's
// confidence: "rice" is 水稻 or 大米 in the glossary, 稻米 in the Panjin report.
func TestGroundGlossaryWordThroughLexicon(t *testing.T) {
	g := ground(t, "Which rice bran processing project is the Panjin district going to start building?", "开工建设丰之锦稻米油及米糠深加工")
	rice := concept(t, g, "rice")
	if rice.Layer != retrieval.LayerGlossary || rice.Covered <= 0.5 || rice.Covered > 1 {
		t.Errorf("rice: %+v, want a glossary word covered through the lexicon", rice)
	}
	if g.Share < 0.9 {
		t.Errorf("share %.2f, want the sentence to hold the decisive words (rice, bran)", g.Share)
	}
}

// A word the lexicon translates unsurely (low confidence) weighs as a word nothing translates,
// but a sentence holding its rendering covers it ("electric" → 电动); a decisive word nothing
// translates is Missing. An incidental untranslated word does not outweigh the words found.
func TestGroundUnsureAndUntranslated(t *testing.T) {
	g := ground(t, "What milestone did Lili town reach with electric taxis?", "吴江首辆纯电动出租车在汾湖投运。")
	if c := concept(t, g, "electric"); !c.Unsure || c.Covered != 1 {
		t.Errorf("electric: %+v, want unsure and covered", c)
	}
	if c := concept(t, g, "taxis"); !c.Decisive || c.Covered != 1 {
		t.Errorf("taxis: %+v, want decisive and covered (taxis → 出租车)", c)
	}
	if !slices.Equal(g.Missing, []string{"milestone"}) {
		t.Errorf("Missing = %q, want [milestone]", g.Missing)
	}
	if g.Share < 0.5 {
		t.Errorf("share %.2f: the words found should outweigh the one missing", g.Share)
	}
	// "birth rate": 出生率 is nowhere in the reports; "birth" only reaches 生产 unsurely, and a
	// sentence holding a rendering of "rate" (进度) holds nothing decisive.
	g = ground(t, "What was the birth rate in the Guangxi district?", "完成全年目标进度132%。")
	if c := concept(t, g, "birth"); !c.Unsure || !c.Decisive {
		t.Errorf("birth: %+v, want unsure and decisive", c)
	}
	if g.Share != 0 {
		t.Errorf("birth rate: share %.2f, want 0", g.Share)
	}
	// Words nothing translates, side by side, are one phrase.
	g = ground(t, "How many roller coasters did Shengze build?", "建设完成")
	if !slices.Equal(g.Missing, []string{"roller coasters"}) || g.Share != 0 {
		t.Errorf("roller coasters: missing %q, share %.2f", g.Missing, g.Share)
	}
}

// A Chinese question has no English words to weigh: the caller grounds it by coverage.
func TestGroundChinese(t *testing.T) {
	p, res := search(t, "黎里镇的纪录片文化创意园怎么建设?")
	if g, ok := res.Ground(p, retrieval.Evidence{Sentence: "高质量建设黎里纪录片文化创意园"}); ok || len(g.Concepts) > 0 {
		t.Errorf("a Chinese plan was weighed: %+v", g)
	}
}

// A lexicon word is one search term, its renderings its variants: in the lexical query each
// rendering weighs its share (Term.Lexical, as before), in sentence scoring the word weighs
// its credit × focus, and a sentence holding any rendering holds it.
func TestLexiconTermIsOneConcept(t *testing.T) {
	p := retrieval.Analyze("Which climbing competition is Lili town preparing to host?", retrievaltest.Index(t))
	i := slices.IndexFunc(p.Terms, func(t retrieval.Term) bool { return t.From == "climbing" })
	if i < 0 {
		t.Fatalf("no term for climbing: %+v", p.Terms)
	}
	term := p.Terms[i]
	if len(term.Variants) < 2 || !slices.Contains(term.Variants, "攀岩") || len(term.Lexical) != len(term.Variants) {
		t.Fatalf("climbing: %+v, want one term with its renderings (攀岩 among them) and their lexical weights", term)
	}
	q := retrieval.LexicalQuery(p)
	for j, v := range term.Variants {
		if w := term.Lexical[j]; w <= 0 || w > term.Weight || q[v] < w {
			t.Errorf("%s: lexical weight %v (query %v, term %v)", v, w, q[v], term.Weight)
		}
	}
}

// The word that names the kind of figure a question asks for ("share" of "what share of …") is
// the question's, not the topic's: a sentence stating a percentage covers it, one stating none
// does not.
func TestGroundFigureKindWord(t *testing.T) {
	q := "What share of the complaints in Daixi were resolved?"
	if c := concept(t, ground(t, q, "群众投诉办结率98%"), "share"); c.Covered != 1 {
		t.Errorf("share beside a percentage: %+v, want covered", c)
	}
	if c := concept(t, ground(t, q, "群众投诉办结188件"), "share"); c.Covered != 0 {
		t.Errorf("share beside a count: %+v, want not covered", c)
	}
}
