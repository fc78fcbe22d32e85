package retrieval

import (
	"slices"
	"testing"
)

// TestTopicWordingsKeepContractions: a wording of two characters that contracts the first (医保
// for 医疗保险, 民企 for 民营企业) stays; one that is a piece of it (诈骗 of 电信诈骗) or a wider
// word beside it (电动 for 新能源汽车, 新建 for 新开工项目) still goes.
func TestTopicWordingsKeepContractions(t *testing.T) {
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"医疗保险", "医保"}, []string{"医疗保险", "医保"}},
		{[]string{"民营企业", "民企"}, []string{"民营企业", "民企"}},
		{[]string{"新能源汽车", "电动"}, []string{"新能源汽车"}},
		{[]string{"新开工项目", "新建"}, []string{"新开工项目"}},
		{[]string{"电信诈骗", "诈骗"}, []string{"电信诈骗"}},
	} {
		if got := topicWordings(c.in); !slices.Equal(got, c.want) {
			t.Errorf("topicWordings(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestContractionLists: a report that writes the contraction (城乡居民医保参保) speaks of the
// topic an English question names in full ("medical insurance": 医疗保险).
func TestContractionLists(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到了医疗保险?", Aggregate: true,
		Terms: []Term{{From: "医疗保险", Variants: []string{"医疗保险", "医保"}, Weight: 1}}})
	if !sc.topical(normalize("城乡居民医保参保47369人,参保率94.5%")) {
		t.Error("城乡居民医保参保 does not speak of 医疗保险")
	}
}
