package retrieval

import (
	"context"
	"strings"
	"testing"
)

// TestPivotCovers: the chosen sentence covers a Chinese question term that it writes in the
// report's word (案子 as 立案, pivotWord) as it covers an abbreviation's compound: the answer
// is not thin for the asker's wording.
func TestPivotCovers(t *testing.T) {
	ix := bundledIndex(t)
	p := Analyze("岱西镇执法队一年办了多少起案子?", ix)
	res, err := ix.Search(context.Background(), p, 5)
	if err != nil {
		t.Fatal(err)
	}
	if res.Best == nil || !strings.Contains(res.Best.Sentence, "立案26起") {
		t.Fatalf("best = %+v; want the sentence of 立案26起", res.Best)
	}
	if res.Best.Coverage < 0.9 {
		t.Errorf("coverage = %.2f; want the whole question covered with 案子 as 立案", res.Best.Coverage)
	}
}
