package retrieval_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestEnglishIndicatorNames: "investment" alone names fixed-asset investment, except in a
// question that says what the sum is spent on (key projects); "fixed-asset investment" always
// does. A one-word name heading a compound ("circular economy", also hyphen-joined:
// "circular-economy park") names no indicator; after a verb ("Compare GDP") it does.
func TestEnglishIndicatorNames(t *testing.T) {
	ix := retrievaltest.Index(t)
	for _, tt := range []struct {
		q, indicator string
		want         bool
	}{
		{"How much investment does Lili plan to complete on its 27 district-level-and-above key projects this year?", "固定资产投资", false},
		{"How much fixed-asset investment did the key projects of Lili complete?", "固定资产投资", true},
		{"How much investment did Shengze complete last year?", "固定资产投资", true},
		{"How many first batch enterprises have started building in Shengze's textile circular economy park?", "地区生产总值", false},
		{"How many firms started building in Shengze's textile circular-economy industrial park last year?", "地区生产总值", false},
		{"How did the economy of Shengze do last year?", "地区生产总值", true},
		{"Compare GDP growth targets across all reports", "地区生产总值", true},
	} {
		p := retrieval.Analyze(tt.q, ix)
		if got := slices.Contains(p.Indicators, tt.indicator); got != tt.want {
			t.Errorf("%q: indicators %v, want %s %v", tt.q, p.Indicators, tt.indicator, tt.want)
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

// TestStatedLoosely: the unmet constraints of questions a report answers in other words or does
// not answer although it seems to:
//   - "…之类" ends a list of examples, "排第几" asks a rank: no subject the reports must mention;
//   - 财政支出 states 一般公共预算支出 ("fiscal spending"), which the facts table does not extract;
//   - 城镇登记失业率 states an unemployment rate asked for;
//   - an indicator's figure is stated only in the clause naming it ("粮食产量实现“十九连丰”,农业
//     机械化率达到97%" gives no grain output);
//   - a run of the wording under another qualifier (村均可支配收入, the villages' average) states
//     no 居民人均可支配收入.
func TestStatedLoosely(t *testing.T) {
	for _, tt := range []struct {
		q, kind, unmet string // unmet: a value of an unmet constraint of the kind, "" for none
	}{
		{"哪些报告提到为老年人提供助餐服务(长者食堂、老年助餐点、老年餐桌之类)?", retrieval.ConstraintSubject, ""},
		{"齐都镇的甜椒合作社排第几?", retrieval.ConstraintSubject, ""},
		{"How much fiscal spending did the Panjin district put into people's livelihoods and social programmes last year?", retrieval.ConstraintIndicator, ""},
		{"What was the Beijing district's unemployment rate last year?", retrieval.ConstraintIndicator, ""},
		{"Panjin district grain output?", retrieval.ConstraintIndicator, "粮食产量"},
		{"What is the per capita disposable income of rural residents in Lili?", retrieval.ConstraintIndicator, "居民人均可支配收入"},
	} {
		_, res := search(t, tt.q)
		got := unmet(res, tt.kind)
		if tt.unmet == "" && len(got) > 0 || tt.unmet != "" && !strings.Contains(strings.Join(got, "|"), tt.unmet) {
			t.Errorf("%q: unmet %s constraints %q, want %q", tt.q, tt.kind, got, tt.unmet)
		}
	}
}
