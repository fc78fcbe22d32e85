package retrieval_test

import (
	"strings"
	"testing"
)

// TestOffFrameLooksDeeper: when the best sentence of the first hits is in another time frame
// (the Panjin district's target 竣工项目70项以上 for a question about last year), the sentence
// that states the result in the asked frame a few hits further down is quoted instead.
func TestOffFrameLooksDeeper(t *testing.T) {
	_, res := search(t, "How many projects were completed and put into production in the Panjin district last year?")
	if res.Best == nil || !strings.Contains(res.Best.Sentence, "85个项目竣工投产") {
		t.Fatalf("best sentence %+v, want the result 85个项目竣工投产", res.Best)
	}
	if res.Best.OffFrame {
		t.Errorf("the quoted sentence is marked off the asked time frame")
	}
}

// TestAnsweringSentenceOverTopic: when the best sentence of the hits names a how-many
// question's topic in full but states no figure (a plan item: 扎实推进住宅小区物业管理全覆盖), a
// sentence of the hits that states a fitting figure next to a word of the question, in the asked
// time frame, is quoted instead (269个小区实现物业管理全覆盖); a count in a measure word of a
// lexicon's guess is not one (商 of 招商 in 温馨772商业综合体 for "promotion").
func TestAnsweringSentenceOverTopic(t *testing.T) {
	_, res := search(t, "Panjin district - how many housing compounds now have property management covering them?")
	if res.Best == nil || !strings.Contains(res.Best.Sentence, "269个小区") {
		t.Fatalf("best sentence %+v, want the one with 269个小区", res.Best)
	}
	_, res = search(t, "How many reading promotion events is the Guangxi district planning?")
	if res.Best == nil || !strings.Contains(res.Best.Sentence, "阅读推广") {
		t.Fatalf("best sentence %+v, want the one on 阅读推广", res.Best)
	}
}
