package retrieval_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestPinyinFeatureTerms: a river, lake or mountain an English question names in pinyin is
// searched by the name the reports write (the Wenyu River: 温榆河; Raoyang river: 绕阳河), and
// one no report holds is a name no report knows, not the city that shares it (Lanxi: 兰溪市).
func TestPinyinFeatureTerms(t *testing.T) {
	for q, want := range map[string]string{
		"What happened on the Wenyu River in the Beijing district?":                       "温榆河",
		"How long is the Raoyang river levee section the Panjin district protected?":      "绕阳河",
		"What was done about the Qingxi River in Shengze?":                                "清溪河",
		"How long is the navigable stretch of the Liangma River in the Beijing district?": "亮马河",
	} {
		p, res := search(t, q)
		if !slices.ContainsFunc(p.Terms, func(t retrieval.Term) bool { return slices.Contains(t.Variants, want) }) {
			t.Errorf("%q: terms %+v hold no %s", q, p.Terms, want)
		}
		if res.Best == nil || !strings.Contains(res.Best.Hit.Chunk.Text, want) {
			t.Errorf("%q: best passage does not hold %s", q, want)
		}
	}
	p, _ := search(t, "What did the Panjin district do about the Lanxi River last year?")
	if slices.ContainsFunc(p.Places, func(s string) bool { return strings.Contains(s, "兰溪") }) || !slices.Contains(p.Unresolved, "Lanxi") {
		t.Errorf("Lanxi River: places %q, unresolved %q; want no place 兰溪市 and Lanxi unresolved", p.Places, p.Unresolved)
	}
}
