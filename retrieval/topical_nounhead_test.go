package retrieval

import "testing"

// TestWithoutBeneficiary: a topic that opens with whom it serves is also the service alone,
// when that is a thing (托育 "childcare", 医保 "medical insurance"), not an action, and the
// topic does not open with other words (跨境电商 is not 电商).
func TestWithoutBeneficiary(t *testing.T) {
	lex := bundledIndex(t).Lexicon()
	for word, want := range map[string]string{"婴幼儿托育": "托育", "居民医保": "医保", "跨境电商": "", "托育": "", "居民分类": "", "老年人助餐服务": "助餐服务"} {
		if got := withoutBeneficiary(word, lex); got != want {
			t.Errorf("withoutBeneficiary(%s) = %q, want %q", word, got, want)
		}
	}
}

// TestTopicBeneficiary: a report that writes the service without whom it serves speaks of the
// topic (新建1个普惠性托育机构 for 婴幼儿托育服务); one that writes only the people does not.
func TestTopicBeneficiary(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("哪些地方提到了婴幼儿托育服务?", ix))
	if !sc.topical(normalize("完成400户困难家庭适老化改造,新建1个普惠性托育机构。")) {
		t.Error("a new childcare centre does not speak of childcare for infants")
	}
	if sc.topical(normalize("开展婴幼儿营养健康知识宣传。")) {
		t.Error("infants' nutrition taken for childcare")
	}
}

// TestBeneficiaryGloss: a gloss the question puts in brackets keeps the people it names: 照护
// alone is care of the elderly too.
func TestBeneficiaryGloss(t *testing.T) {
	ix := bundledIndex(t)
	sc := ix.newScorer(Analyze("哪些报告提到了托育(婴幼儿照护)?", ix))
	if sc.topical(normalize("加强基本养老服务体系建设,新增家庭养老照护床位不少于300张、老年餐桌10个。")) {
		t.Error("care beds for the elderly taken for childcare")
	}
}
