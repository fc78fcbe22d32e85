package retrieval

import "testing"

// TestCommonModifierRest: a topic that opens with a modifier nearly every report holds
// (生活垃圾分类) is also what follows it (垃圾分类); a rest of one word (企业上市: 上市), a
// modifier few reports hold (森林防火, 海洋牧场) or a short word keep the whole wording.
func TestCommonModifierRest(t *testing.T) {
	ix := bundledIndex(t)
	for w, want := range map[string]string{"生活垃圾分类": "垃圾分类", "企业上市": "", "森林防火": "", "海洋牧场": "", "增值税留抵退税": "", "垃圾分类": ""} {
		if got := ix.commonModifierRest(w); got != want {
			t.Errorf("commonModifierRest(%s) = %q, want %q", w, got, want)
		}
	}
	sc := ix.newScorer(Plan{Lang: "zh", Norm: "哪些报告提到了生活垃圾分类?", Aggregate: true,
		Terms: []Term{{From: "生活垃圾分类", Variants: []string{"生活垃圾分类"}, Weight: 1}}})
	if !sc.topical(normalize("推进垃圾分类和危废集中收集。")) {
		t.Error("垃圾分类 does not speak of 生活垃圾分类")
	}
}
