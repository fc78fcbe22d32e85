package retrieval

import (
	"context"
	"slices"
	"testing"
)

// TestPairAbbreviation: two parallel words that open with the same character (碳达峰碳中和) are
// named 双碳, held where it names alone; other words have no such name.
func TestPairAbbreviation(t *testing.T) {
	for w, want := range map[string]string{"碳达峰碳中和": "双碳", "垃圾分类": "", "文化文明": "", "生态环境保护": "", "碳达峰碳达峰": ""} {
		if got := pairAbbreviation(w); got != want {
			t.Errorf("pairAbbreviation(%s) = %q, want %q", w, got, want)
		}
	}
	sc := bundledIndex(t).newScorer(Plan{Lang: "zh", Norm: "哪些报告提到碳达峰碳中和?", Aggregate: true,
		Terms: []Term{{From: "碳达峰碳中和", Variants: []string{"碳达峰碳中和"}, Weight: 1}}})
	if !sc.topical(normalize("着眼双碳目标出真招。")) {
		t.Error("双碳目标 does not speak of 碳达峰碳中和")
	}
}

// TestPairAbbreviationListed: a list of 碳达峰碳中和 finds the reports that write only 双碳
// (2, 4, 5), whose passages hold none of the question's tokens.
func TestPairAbbreviationListed(t *testing.T) {
	ix := bundledIndex(t)
	res, err := ix.Search(context.Background(), Analyze("哪些报告提到碳达峰碳中和?", ix), 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, e := range res.Topic {
		got = append(got, e.Hit.Chunk.Report)
	}
	slices.Sort(got)
	if !slices.Equal(got, []int{1, 2, 4, 5}) {
		t.Errorf("reports listed for 碳达峰碳中和 = %v, want [1 2 4 5]", got)
	}
}
