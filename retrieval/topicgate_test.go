package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/zh"
)

// gateQuestions are list questions over every report: Han topic words short and long, a Latin
// one (GDP), alternatives, numbers.
var gateQuestions = append([]string{
	"哪些报告提到了长者食堂?", "Which reports mention elevators in old buildings?", "哪些镇提到了农村生活污水治理?",
	"哪些镇提到了乡村振兴?", "Which reports mention elderly care?", "哪些报告提到了垃圾分类?",
	"Which towns set a GDP growth target of at least 8%?", "哪些报告提到了厕所革命?",
}, pieceQuestions...)

// TestTopicGateSound holds the topic gate to scorer.topical on every passage of the bundled
// corpus: a passage the gate rules out has no topical span. It also requires the gate to rule
// out most passages for a question with a specific topic.
func TestTopicGateSound(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range gateQuestions {
		sc := ix.newScorer(Analyze(q, ix))
		sc.requireTopic = true
		g := ix.newTopicGate(sc, nil)
		if g == nil {
			t.Logf("%s: no gate", q)
			continue
		}
		g.texts = nil
		out := 0
		for i, c := range ix.chunks {
			p := gatePassage{doc: i, c: c, next: -1}
			if n, ok := ix.nextChunk(c); ok {
				p.next, p.n = i+1, n
			}
			if g.may(&p) {
				continue
			}
			out++
			for _, sp := range sc.spans(c) {
				if sc.topical(sp.lead + sp.text) {
					t.Fatalf("%s: passage %s: span %q+%q is topical, but the gate ruled the passage out", q, c.ID, sp.lead, sp.text)
				}
			}
		}
		t.Logf("%s: %d of %d passages ruled out", q, out, len(ix.chunks))
		if q == "哪些报告提到了老旧小区改造?" && out < len(ix.chunks)/2 {
			t.Errorf("%s: only %d of %d passages ruled out", q, out, len(ix.chunks))
		}
	}
}

// TestTopicGateAcrossJoin: a topic word split between a heading that ends without a mark and
// the statement after it is held by the span that joins them; the gate must keep the passage
// although neither the heading nor the text holds the word's bigrams.
func TestTopicGateAcrossJoin(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("哪些报告提到了老旧小区改造?", ix))
	sc.requireTopic = true
	c := corpus.Chunk{ID: "x#0", Section: []string{"一、加快推进老"}, Text: "旧小区改造,惠及居民三千户。"}
	other := corpus.Chunk{ID: "x#0", Section: []string{"一、加快推进"}, Text: "旧小区改造,惠及居民三千户。"}
	if !sc.topical(c.Section[0]+c.Text) || sc.topical(other.Section[0]+other.Text) {
		t.Fatal("only the first joined heading and statement should be topical")
	}
	for _, tc := range []struct {
		c    corpus.Chunk
		want bool
	}{{c, true}, {other, false}} {
		g := ix.newTopicGate(sc, nil)
		g.texts = nil
		g.bits = chunkBits(g, tc.c)
		if got := g.may(&gatePassage{doc: 0, c: tc.c, next: -1}); got != tc.want {
			t.Errorf("heading %q: gate says %v, want %v", tc.c.Section[0], got, tc.want)
		}
	}
}

// chunkBits returns the gate's bigram bits for an index of one chunk, c.
func chunkBits(g *topicGate, c corpus.Chunk) map[string][]uint64 {
	toks := zh.Tokens(lexical.ChunkText(c))
	out := map[string][]uint64{}
	for b := range g.bits {
		out[b] = []uint64{0}
		for _, tok := range toks {
			if tok == b {
				out[b][0] = 1
			}
		}
	}
	return out
}

// TestMayNormalizeTo holds the raw-text test for a Latin topic word's letter to
// normalising the text.
func TestMayNormalizeTo(t *testing.T) {
	for _, tc := range []struct {
		text, s string
		want    bool
	}{
		{"全年地区生产总值增长8%左右。", "gdp", false},
		{"全年GDP增长8%左右。", "gdp", true},
		{"全年ＧＤＰ增长8%左右。", "gdp", true},
		{"人均用地1.2㎏", "kg", true},
		{"完成投资，增长。“两新”", "kg", false},
		{"5G基站", "5g", true},
		{"基站建设", "5g", false},
		{"PM２.５", "pm2.5", true},
		{"\xff", "gdp", true},
	} {
		if got := mayNormalizeTo(tc.text, tc.s[0]); got != tc.want {
			t.Errorf("mayNormalizeTo(%q, %q) = %v, want %v", tc.text, tc.s, got, tc.want)
		}
	}
	// Every character of the Basic Multilingual Plane: the letters and digits its normalised
	// form holds are in its mask.
	for r := rune(0x80); r < 0x10000; r++ {
		text := "中" + string(r) + "。"
		n := normalize(text)
		for i := 0; i < len(n); i++ {
			if isASCIIAlnum(n[i]) && alnumMask(text)&alnumBit(n[i]) == 0 {
				t.Fatalf("%q normalises to %q, but its mask lacks %q", text, n, n[i])
			}
		}
	}
}
