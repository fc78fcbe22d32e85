package retrieval_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestIndicatorStatedInFrame: a named report states an indicator only in the asked time frame,
// outside another indicator's name, and with a figure when one is asked; loose relatives and
// loose wordings still count.
func TestIndicatorStatedInFrame(t *testing.T) {
	unstated := []struct{ q, value string }{
		// 实际利用外资 is a result of 2023; the plan only says "更大力度吸引和利用外资".
		{"北京那个区明年实际利用外资目标是多少?", "实际利用外资"},
		// Report 5 names 地区生产总值 only inside 单位地区生产总值能耗.
		{"盛泽镇的地区生产总值是多少?", "地区生产总值"},
		// Report 4's 2023 GDP: "GDP增速与全市基本保持同步", no figure.
		{"What was the Beijing district's GDP in 2023?", "地区生产总值"},
		// Qidu's targets: GDP, revenue, FAI, income; 零售 only as "零售百货".
		{"What is Qidu's target for total retail sales of consumer goods?", "社会消费品零售总额"},
		// Qidu states 规模以上工业产值 and 规模以上固定资产投资: 规模以上 is their qualifier, not
		// value added's.
		{"What was Qidu town's industrial value added above designated size last year?", "规模以上工业增加值"},
	}
	for _, tt := range unstated {
		_, res := search(t, tt.q)
		if got := unmet(res, retrieval.ConstraintIndicator); !strings.Contains(strings.Join(got, "|"), tt.value) {
			t.Errorf("%q: unmet indicator constraints %q, want %q (all: %+v)", tt.q, got, tt.value, res.Constraints)
		}
	}
	stated := []string{
		"How much fiscal revenue did Huigou collect?",                               // 财政收入 for 一般公共预算收入
		"What was the air quality good-days rate in the Panjin district last year?", // 空气优良天数达标率87%
		"盘锦那个区去年有多少个项目开工建设?",                                                        // "107个项目开工建设"
		"齐都镇去年固定资产投资完成了多少?",                                                         // 规模以上固定资产投资完成超5亿元
		"盘锦那个区去年规上工业增加值是多少?",                                                        // 规模以上工业增加值完成14.2亿元
	}
	for _, q := range stated {
		_, res := search(t, q)
		if got := unmet(res, retrieval.ConstraintIndicator); len(got) > 0 {
			t.Errorf("%q: unmet indicator constraints %q, want none", q, got)
		}
	}
}

// TestMisspeltPlaceIsNoUnknownPlace: a name the plan took for a misspelt report place ("Lilli
// town" for 黎里镇) is not an unknown place as well.
func TestMisspeltPlaceIsNoUnknownPlace(t *testing.T) {
	for _, q := range []string{"What GDP growth did Lilli town target for 2023?", "What was Huigo town's fiscal revenue?"} {
		p, res := search(t, q)
		if len(p.Suggested) == 0 {
			t.Errorf("%q: no place suggested", q)
		}
		if got := unmet(res, retrieval.ConstraintPlace); len(got) > 0 {
			t.Errorf("%q: unmet places %q, want none", q, got)
		}
	}
	// A name close to no report's place stays unknown.
	if _, res := search(t, "What was Tongli town's general public budget revenue?"); len(unmet(res, retrieval.ConstraintPlace)) == 0 {
		t.Error("Tongli town: want an unmet place")
	}
}

// TestChineseNameInEnglishQuestion: a Chinese place name no report is from, quoted in an
// English question, is an unknown place.
func TestChineseNameInEnglishQuestion(t *testing.T) {
	_, res := search(t, "What was 同里镇's GDP in 2023?")
	if got := unmet(res, retrieval.ConstraintPlace); !strings.Contains(strings.Join(got, "|"), "同里镇") {
		t.Errorf("unmet places %q, want 同里镇", got)
	}
}

// TestIndicatorStatedPerYear: with several years asked, the indicator must be stated for each
// (a report plans one year: 齐都镇's 2023 report sets a GDP target for 2023, none for 2022).
func TestIndicatorStatedPerYear(t *testing.T) {
	_, res := search(t, "齐都镇2022年和2023年GDP目标是多少?")
	var c *retrieval.Constraint
	for i := range res.Constraints {
		if res.Constraints[i].Kind == retrieval.ConstraintIndicator {
			c = &res.Constraints[i]
		}
	}
	if c == nil || c.Met || !slices.Equal(c.Years, []int{2022}) {
		t.Errorf("2022 and 2023: indicator constraint %+v, want unmet for 2022", c)
	}
	for _, q := range []string{"齐都镇2023年GDP目标是多少?", "齐都镇今年GDP目标是多少?"} {
		_, res := search(t, q)
		if got := unmet(res, retrieval.ConstraintIndicator); len(got) > 0 {
			t.Errorf("%q: unmet indicator constraints %q, want none", q, got)
		}
	}
}
