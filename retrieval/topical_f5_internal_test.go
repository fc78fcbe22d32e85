package retrieval

import (
	"reflect"
	"testing"
)

// TestQualifierTerms: a term that only qualifies a question's alternatives (behind a preposition
// after English ones, before Chinese ones with 的) is a qualifier; the head before English
// alternatives is not, nor is the topic whose measures the alternatives are.
func TestQualifierTerms(t *testing.T) {
	for _, c := range []struct {
		lang, norm string
		terms      []string
		alts       map[string]bool
		want       map[string]bool
	}{
		{"en", "which reports mention canteens or meal points for the elderly?", []string{"canteens", "meal points", "elderly"},
			map[string]bool{"canteens": true, "meal points": true}, map[string]bool{"elderly": true}},
		{"en", "which reports mention homestays in their tourism or rural plans?", []string{"homestays", "tourism", "rural plans"},
			map[string]bool{"tourism": true, "rural plans": true}, map[string]bool{}},
		{"zh", "哪些报告提到了老年人的助餐点或食堂?", []string{"老年人", "助餐点", "食堂"},
			map[string]bool{"助餐点": true, "食堂": true}, map[string]bool{"老年人": true}},
		{"zh", "哪些报告给出了去年市场主体的新增数量或增长率?", []string{"市场主体", "新增数量", "增长率"},
			map[string]bool{"新增数量": true, "增长率": true}, nil},
	} {
		p := Plan{Lang: c.lang, Norm: c.norm}
		for _, x := range c.terms {
			p.Terms = append(p.Terms, Term{From: x, Variants: []string{x}, Weight: 1})
		}
		got := qualifierTerms(p, c.alts)
		if len(got) == 0 && len(c.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: qualifiers %v, want %v", c.norm, got, c.want)
		}
	}
}

// TestTopicWordingsKeepSynonyms: a shorter wording that shares no two characters with the first
// is another word for the topic (电瓶车 for 电动自行车) and stays; a part of the first that drops
// what it is of (自行车, 诈骗) does not.
func TestTopicWordingsKeepSynonyms(t *testing.T) {
	if got := topicWordings([]string{"电动自行车", "电瓶车", "自行车"}); !reflect.DeepEqual(got, []string{"电动自行车", "电瓶车"}) {
		t.Errorf("topicWordings = %v", got)
	}
	if got := topicWordings([]string{"电信诈骗", "诈骗"}); !reflect.DeepEqual(got, []string{"电信诈骗"}) {
		t.Errorf("topicWordings = %v", got)
	}
}
