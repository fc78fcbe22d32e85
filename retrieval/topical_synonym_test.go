package retrieval

import (
	"slices"
	"testing"
)

// TestTopicWordingsKeepShortSynonyms: a wording of two characters that is no piece of the first
// is another word for the topic (医保 for 医疗保险, 大气 for 空气质量) and stays; one that is a
// piece of it (诈骗 of 电信诈骗) still goes.
func TestTopicWordingsKeepShortSynonyms(t *testing.T) {
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"医疗保险", "医保"}, []string{"医疗保险", "医保"}},
		{[]string{"空气质量", "空气优良天数", "大气"}, []string{"空气质量", "空气优良天数", "大气"}},
		{[]string{"电信诈骗", "诈骗"}, []string{"电信诈骗"}},
	} {
		if got := topicWordings(c.in); !slices.Equal(got, c.want) {
			t.Errorf("topicWordings(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestShortSynonymLists: a report that writes the short word (城乡居民医保参保) speaks of the
// topic an English question names in full ("medical insurance": 医疗保险).
func TestShortSynonymLists(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到了医疗保险?", Aggregate: true,
		Terms: []Term{{From: "医疗保险", Variants: []string{"医疗保险", "医保"}, Weight: 1}}})
	if !sc.topical(normalize("城乡居民医保参保47369人,参保率94.5%")) {
		t.Error("城乡居民医保参保 does not speak of 医疗保险")
	}
}
