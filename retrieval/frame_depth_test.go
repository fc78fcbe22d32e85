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
