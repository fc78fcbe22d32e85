package retrieval_test

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestAbbreviatedSubjects: a question naming a report's compound by the first characters of its
// parts (社零 of 社会消费品零售总额) meets its subject where the evidence writes the compound, and a
// report that does not write it (沙埕镇's) still leaves the subject unmet.
func TestAbbreviatedSubjects(t *testing.T) {
	if _, res := search(t, "柳州那个区今年社零目标增长多少?"); len(unmet(res, retrieval.ConstraintSubject)) > 0 {
		t.Errorf("社零: unmet subjects %q", unmet(res, retrieval.ConstraintSubject))
	}
	if _, res := search(t, "沙埕镇去年社零总额是多少?"); res.Best != nil && len(unmet(res, retrieval.ConstraintSubject)) == 0 && res.Best.Coverage >= 0.35 {
		t.Errorf("沙埕镇 社零: answered from %q", res.Best.Sentence)
	}
}

// TestAbbreviationCovers: the chosen sentence's coverage counts an abbreviated term in the
// compound's wording (文保单位 of 文物保护单位), so the answer is not thought a weak match.
func TestAbbreviationCovers(t *testing.T) {
	_, res := search(t, "齐都镇一共有多少处文保单位?")
	if res.Best == nil || res.Best.Coverage < 0.35 {
		t.Fatalf("文保单位: best %+v", res.Best)
	}
}

// TestEverydayIndicatorNames: the name people give an indicator (经济增速 for the growth of
// 地区生产总值) names it, as 固投 names 固定资产投资; a report that gives no growth still declines.
func TestEverydayIndicatorNames(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, q := range []string{"齐都镇今年经济增速目标定多少?", "盘锦那个区今年固投要增长多少?"} {
		if p := retrieval.Analyze(q, ix); len(p.Indicators) == 0 {
			t.Errorf("%q: no indicator", q)
		}
	}
	if _, res := search(t, "齐都镇今年经济增速目标定多少?"); res.Best == nil || !strings.Contains(res.Best.Sentence, "地区生产总值增长9%左右") {
		t.Errorf("经济增速: best %+v", res.Best)
	}
}
