package retrieval

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
)

// pieceQuestions are questions whose scorers have Han bigrams, single characters, numbers,
// Latin tokens, alternatives and long topic words.
var pieceQuestions = []string{
	"哪些报告提到了老旧小区改造?", "哪些镇的一般公共预算收入增长目标是8%?", "盛泽镇2023年工业投资目标是多少?",
	"黎里镇去年财政收入完成了多少?", "Which towns target 10% revenue growth?", "What is Qidu town's GDP growth target?",
	"Which reports mention homestays in their tourism or rural plans?", "哪些报告提到了海蜇、紫菜、大黄鱼等?",
	"Compare the GDP growth targets of all towns.", "哪些报告提到了5G基站?",
}

// pieceJoins returns texts to split and join: each passage sentence with the next and the one
// before, a section heading with the passage's first sentence, and runs of a long sentence's
// clauses; and joins at the edges the shortcut must refuse or get right.
func pieceJoins(ix *Index) [][]string {
	var out [][]string
	for _, c := range ix.chunks {
		sents := zh.Sentences(c.Text)
		for i, s := range sents {
			out = append(out, []string{"", s})
			if i+1 < len(sents) {
				out = append(out, []string{s, sents[i+1]}, []string{sents[i+1], s})
			}
			if cl := zh.Clauses(s); len(cl) > 2 {
				out = append(out, cl[:len(cl)/2+1], cl[1:])
			}
		}
		if len(c.Section) > 0 && len(sents) > 0 {
			out = append(out, []string{c.Section[len(c.Section)-1], sents[0]})
		}
	}
	return append(out,
		[]string{"地区生产总值增长10", "%左右。"}, []string{"增长3.", "5亿元"}, []string{"增长10％", "左右"},
		[]string{"民", "宿"}, []string{"老旧小区", "改造"}, []string{"老旧小区,", "改造"}, []string{"GDP", "growth"},
		[]string{"cafe", "\u0301好"}, []string{"收入:", "8%"}, []string{"5", "G基站"}, []string{"改造。", "老旧小区"},
		[]string{"海蜇、", "紫菜"}, []string{"", ""}, []string{"目标", "", "是8%"})
}

// TestScoreJoined holds scoring joined pieces (scoreJoined) to scoring the joined text, and
// mayBeTopical to topical: false only when the joined text is not topical.
func TestScoreJoined(t *testing.T) {
	ix := bundledIndex(t)
	joins := pieceJoins(ix)
	for _, q := range pieceQuestions {
		sc := ix.newScorer(Analyze(q, ix))
		sc.requireTopic = true
		sc.pieceMemo = map[string]piece{}
		skipped := 0
		for _, parts := range joins {
			joined := strings.Join(parts, "")
			ps := make([]piece, len(parts))
			for i, p := range parts {
				ps[i] = sc.pieceOf(p)
			}
			gs, gc := sc.scoreJoined(ps...)
			ws, wc := sc.score(joined)
			if gs != ws || gc != wc {
				t.Fatalf("%s: %q: pieces score %v %v, joined text %v %v", q, parts, gs, gc, ws, wc)
			}
			if len(parts) == 2 && !sc.mayBeTopical(ps[0], ps[1]) {
				skipped++
				if sc.topical(joined) {
					t.Fatalf("%s: %q is topical, but mayBeTopical says it is not", q, parts)
				}
			}
		}
		t.Logf("%s: %d of %d joins shown not topical by their pieces", q, skipped, len(joins))
	}
}

// TestGramsIn holds the one-pass search for Han tokens to strings.Contains.
func TestGramsIn(t *testing.T) {
	ix := bundledIndex(t)
	for _, q := range pieceQuestions {
		sc := ix.newScorer(Analyze(q, ix))
		tokens, _ := sc.pieceTokens()
		for _, c := range ix.chunks {
			norm := normalize(c.Text)
			grams := sc.gramsIn(norm)
			for k, tok := range tokens {
				if g := sc.tokenGram[k]; g >= 0 && grams[g] != strings.Contains(norm, tok) {
					t.Fatalf("%s: chunk %s: gram %q found %v", q, c.ID, tok, grams[g])
				}
			}
		}
	}
}
