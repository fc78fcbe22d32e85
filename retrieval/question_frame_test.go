package retrieval_test

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestInvestmentSpentOnProjects: "investment" alone names fixed-asset investment, except in a
// question that says what the sum is spent on (key projects); "fixed-asset investment" always
// does. A one-word name heading a compound ("circular economy") names no indicator.
func TestInvestmentSpentOnProjects(t *testing.T) {
	ix := retrievaltest.Index(t)
	for q, want := range map[string]bool{
		"How much investment does Lili plan to complete on its 27 district-level-and-above key projects this year?": false,
		"How much fixed-asset investment did the key projects of Lili complete?":                                    true,
		"How much investment did Shengze complete last year?":                                                       true,
	} {
		p := retrieval.Analyze(q, ix)
		if got := slices.Contains(p.Indicators, "固定资产投资"); got != want {
			t.Errorf("%q: indicators %v, want 固定资产投资 %v", q, p.Indicators, want)
		}
	}
	// "economy" heading a compound names something else than GDP.
	for q, want := range map[string]bool{
		"How many first batch enterprises have started building in Shengze's textile circular economy park?": false,
		"How did the economy of Shengze do last year?":                                                       true,
	} {
		p := retrieval.Analyze(q, ix)
		if got := slices.Contains(p.Indicators, "地区生产总值"); got != want {
			t.Errorf("%q: indicators %v, want 地区生产总值 %v", q, p.Indicators, want)
		}
	}
}

// TestTimeWordsAreNoPlaces: abbreviated months ("Jan-Sep") are a period, not an unknown place;
// "want", "supposed to" and "by the end of this year" ask a target.
func TestTimeWordsAreNoPlaces(t *testing.T) {
	ix := retrievaltest.Index(t)
	p := retrieval.Analyze("What fixed-asset investment figure did Huigou town report for Jan-Sep?", ix)
	if len(p.Unresolved) > 0 {
		t.Errorf("unresolved names %v", p.Unresolved)
	}
	for _, q := range []string{
		"How many high-tech enterprises does Lili town want to have by the end of this year?",
		"How many villages' land consolidation projects is Shacheng supposed to finish?",
	} {
		if p := retrieval.Analyze(q, ix); p.Intent != retrieval.IntentTarget {
			t.Errorf("%q: intent %q, want target", q, p.Intent)
		}
	}
}

// TestEtceteraIsNoSubject: "…之类" ends a list of examples; it is no subject the reports must
// mention.
func TestEtceteraIsNoSubject(t *testing.T) {
	_, res := search(t, "哪些报告提到为老年人提供助餐服务(长者食堂、老年助餐点、老年餐桌之类)?")
	if got := unmet(res, retrieval.ConstraintSubject); len(got) > 0 {
		t.Errorf("unmet subjects %v", got)
	}
}

// TestFiscalSpendingStatedLoosely: a report that writes 财政支出 states 一般公共预算支出 ("fiscal
// spending"), which the facts table does not extract from it.
func TestFiscalSpendingStatedLoosely(t *testing.T) {
	_, res := search(t, "How much fiscal spending did the Panjin district put into people's livelihoods and social programmes last year?")
	if got := unmet(res, retrieval.ConstraintIndicator); len(got) > 0 {
		t.Errorf("unmet indicator constraints %v", got)
	}
}

// TestIndicatorFigureInItsClause: a report states an indicator's figure only in the clause that
// names it: "粮食产量实现“十九连丰”,农业机械化率达到97%" gives no grain output figure.
func TestIndicatorFigureInItsClause(t *testing.T) {
	_, res := search(t, "Panjin district grain output?")
	if got := unmet(res, retrieval.ConstraintIndicator); !slices.Contains(got, "粮食产量") {
		t.Errorf("unmet indicator constraints %v, want 粮食产量", got)
	}
}

// TestCompareIsNoCompound: a verb before a one-word name leaves it the indicator ("Compare GDP
// growth targets").
func TestCompareIsNoCompound(t *testing.T) {
	p := retrieval.Analyze("Compare GDP growth targets across all reports", retrievaltest.Index(t))
	if !slices.Contains(p.Indicators, "地区生产总值") {
		t.Errorf("indicators %v, want 地区生产总值", p.Indicators)
	}
}

// TestUnemploymentRateStatedLoosely: "unemployment rate" (城镇调查失业率) asked of a report that
// states 城镇登记失业率 as a result is stated.
func TestUnemploymentRateStatedLoosely(t *testing.T) {
	_, res := search(t, "What was the Beijing district's unemployment rate last year?")
	if got := unmet(res, retrieval.ConstraintIndicator); len(got) > 0 {
		t.Errorf("unmet indicator constraints %v", got)
	}
}

// TestOtherQualifierStatesNothing: a run of the asked wording that another qualifier takes over
// (村均可支配收入, the villages' average) states no 居民人均可支配收入 figure.
func TestOtherQualifierStatesNothing(t *testing.T) {
	_, res := search(t, "What is the per capita disposable income of rural residents in Lili?")
	if got := unmet(res, retrieval.ConstraintIndicator); len(got) == 0 {
		t.Errorf("no unmet indicator constraint")
	}
}
