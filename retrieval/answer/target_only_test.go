package answer

import (
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval"
)

// TestTargetOnlyDeclines: last year's figure asked where the report's only statement of it is in
// its list of targets declines, quoting the target as one with the report's years; a review sentence with plan words
// (谋划…对上争取资金21.9亿元) still answers, with a note.
func TestTargetOnlyDeclines(t *testing.T) {
	ans := ask(t, "What was Lili's labour productivity growth last year?")
	if ans.Grounded || !strings.Contains(ans.Text, "The report of Lili town (黎里镇) states this as a target for 2023, not as a result:") {
		t.Errorf("not declined as a target:\n%s", ans.Text)
	}
	checkCitations(t, ans)
	ans = ask(t, "盘锦这个区去年对上争取到多少资金?")
	if !ans.Grounded || !strings.Contains(ans.Text, "21.9亿元") {
		t.Errorf("not answered:\n%s", ans.Text)
	}
}

// TestTargetOfAsked: a list of growth targets is no target of a count of companies, so a how-many
// question is not told "it is a target" of it; a question about a measure is.
func TestTargetOfAsked(t *testing.T) {
	list := "明年经济社会发展的主要预期目标是:地区生产总值增长7%以上,规模以上工业增加值均增长10%以上。"
	count := retrieval.Plan{Lang: "en", Norm: "how many companies were promoted to above designated size last year?",
		Terms: []retrieval.Term{{From: "companies", Variants: []string{"企业"}, Weight: 1}}}
	if targetOfAsked(count, list) {
		t.Error("a list of growth targets taken for a target of a count of companies")
	}
	growth := retrieval.Plan{Lang: "en", Norm: "what was the gdp growth last year?", Indicators: []string{"地区生产总值"}}
	if !targetOfAsked(growth, list) {
		t.Error("the GDP growth target not taken for a target of GDP growth")
	}
}

// TestResultOnlyDeclines: this year's target asked where the report states the figure only as
// last year's result declines, quoting the result as one and naming the report it quotes with
// its years, though the question names no place.
func TestResultOnlyDeclines(t *testing.T) {
	ans := ask(t, "今年农村生活污水治理率的目标是多少?")
	if ans.Grounded || !strings.Contains(ans.Text, "黎里镇的报告给出的是2023年的完成情况,不是目标") || !strings.Contains(ans.Text, "93%") {
		t.Errorf("not declined as last year's result:\n%s", ans.Text)
	}
	checkCitations(t, ans)
}
