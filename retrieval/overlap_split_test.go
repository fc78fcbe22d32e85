package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestOverlapSplitIsNoMissingSubject: 困难老人家庭 holds the dictionary word 老人家, which no
// report writes, across the written words 老人 and 家庭 that share its 家; the question names
// those two, and is not declined as about 老人家. A word written nowhere and read in no such
// overlap (消费券) still is missing.
func TestOverlapSplitIsNoMissingSubject(t *testing.T) {
	_, res := search(t, "哪些报告打算给困难老人家庭做适老化改造?")
	if got := unmet(res, retrieval.ConstraintSubject); slices.Contains(got, "老人家") {
		t.Errorf("unmet subjects %q: 老人家 is 老人 and 家庭 read across", got)
	}
	_, res = search(t, "哪些报告提到了发放消费券?")
	if got := unmet(res, retrieval.ConstraintSubject); !slices.Contains(got, "消费券") {
		t.Errorf("unmet subjects %q, want 消费券: no report writes it", got)
	}
}
