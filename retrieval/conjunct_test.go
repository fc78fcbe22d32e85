package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestConjuncts: each conjunctive list form splits into one plain list question per part, the
// frame words (both, 同时, 既讲, 又讲, 也) in none of them; a single-topic list, a condition on
// the same topic (而且报出了具体个数) and a non-list question do not split.
func TestConjuncts(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"Which reports talk about both the straw-burning ban and high-standard farmland?",
			[]string{"Which reports mention the straw-burning ban?", "Which reports mention high-standard farmland?"}},
		{"Which of the nine reports mention both food safety and fire safety?",
			[]string{"Which reports mention food safety?", "Which reports mention fire safety?"}},
		{"哪些报告同时提到了河长制和林长制？", []string{"哪些报告提到了河长制?", "哪些报告提到了林长制?"}},
		{"哪几篇既讲了新时代“枫桥经验”，又讲了扫黑除恶？", []string{"哪些报告提到了新时代“枫桥经验”?", "哪些报告提到了扫黑除恶?"}},
		{"既提到专精特新企业、又提到独角兽企业的是哪几篇?", []string{"哪些报告提到了专精特新企业?", "哪些报告提到了独角兽企业?"}},
		{"哪些报告提到了独角兽企业,也提到了瞪羚企业?", []string{"哪些报告提到了独角兽企业?", "哪些报告提到了瞪羚企业?"}},
		{"哪些报告提到了禁毒,并且提到了电信诈骗?", []string{"哪些报告提到了禁毒?", "哪些报告提到了电信诈骗?"}},
		{"去年建成了口袋公园、而且报出了具体个数的是哪几个镇？", nil},
		{"哪些报告提到了河长制？", nil},
		{"Which reports mention waste sorting?", nil},
		{"Did Shengze do both X and Y?", nil},
		{"盛泽镇同时提到了什么和什么", nil},
	} {
		if got := retrieval.Conjuncts(c.q); !slices.Equal(got, c.want) {
			t.Errorf("Conjuncts(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestListForm: "which of the (nine) reports" and "九篇报告里,哪几篇" ask the list over every
// report, as "which reports" and "哪几篇" do.
func TestListForm(t *testing.T) {
	for q, want := range map[string]string{
		"Which of the nine reports set a GDP growth target for this year?": "which reports set a GDP growth target for this year?",
		"Which of the places mention 5G?":                                  "which places mention 5G?",
		"九篇报告里,哪几篇提到了非遗?":                                                  "哪几篇提到了非遗?",
		"这九份报告中哪些提到了课后服务?":                                                 "哪些提到了课后服务?",
		"Which reports mention 5G?":                                        "Which reports mention 5G?",
	} {
		if got := retrieval.ListForm(q); got != want {
			t.Errorf("ListForm(%q) = %q, want %q", q, got, want)
		}
	}
}
