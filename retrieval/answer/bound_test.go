package answer

import "testing"

// TestInvertedBound: a quote that states its figure only on the other side of the question's
// numeric bound is found, in Chinese and English, with 万 and thousands multiplied out; the same
// side, a quote stating both sides, and percentages (qualifiers, not splits) are not.
func TestInvertedBound(t *testing.T) {
	for _, c := range []struct {
		q, quote string
		want     bool
	}{
		{"浍沟镇60岁以上领取城乡居民养老金的有多少人?", "城乡居民养老保险60岁以下参保人数21865人,完成90%以上", true},
		{"What was the vaccination rate among under-60s?", "60岁及以上人群新冠疫苗全程接种率达95.5%", true},
		{"浍沟镇有几个村的集体经济收入在20万元以下?", "15个行政村实现集体经济收入20万元以上", true},
		{"How many people aged 60 and over got check-ups?", "60岁以下参保人数21865人", true},
		{"How many villages reach collective income above 200,000 yuan?", "15个行政村实现集体经济收入20万元以上", false},
		{"岱西镇60岁以上老人首针疫苗接种覆盖率达到多少?", "60周岁以上首针疫苗接种覆盖率达92.3%", false},
		{"60岁以下的呢?", "60岁以上的和60岁以下的各有多少", false},
		{"哪些镇增长10%以下?", "增长10%以上", false},
		{"规模以下工业产值是多少?", "规模以上工业产值增长10%", false},
	} {
		if _, _, got := invertedBound(c.q, c.quote); got != c.want {
			t.Errorf("%s / %s: inverted %v, want %v", c.q, c.quote, got, c.want)
		}
	}
}
