package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestPlanNamedInPast: "plan" naming a thing in a question about last year's result does not
// make it a question about targets; other target words, or no past verb, still do.
func TestPlanNamedInPast(t *testing.T) {
	tests := []struct {
		q, intent string
	}{
		{"What share of planned investment did Qidu's district-level key projects hit last year?", IntentActual},
		{"How much income did Shengze's village collective economy doubling plan achieve last year?", IntentActual},
		{"What was the planned investment target last year?", IntentTarget},
		{"How much does Lili plan to invest this year?", IntentTarget},
		{"What did Lili plan last year?", IntentTarget},
		{"盛泽村级集体经济倍增计划去年实现了多少稳定性总收入?", IntentActual},
		{"盛泽去年计划完成多少投资的目标?", IntentTarget},
		{"盛泽今年计划完成多少投资?", IntentTarget},
	}
	for _, tt := range tests {
		if p := Analyze(tt.q, nil); p.Intent != tt.intent {
			t.Errorf("Analyze(%q).Intent = %q, want %q", tt.q, p.Intent, tt.intent)
		}
	}
}

// TestEnIntentWords: a frame word inside a hyphenated compound ("family-planning") sets no frame;
// a how-many subject's past verb ("enterprises newly registered") asks for results.
func TestEnIntentWords(t *testing.T) {
	tests := []struct {
		q, intent string
	}{
		{"how many people benefited from huigou's special family-planning support payments?", IntentActual},
		{"how many enterprises newly registered copyrights in shengze?", IntentActual},
		{"how many tourists visited lili town?", IntentActual},
		{"what are the family-planning targets of lili?", IntentTarget},
		{"how many enterprises does shengze plan to register?", IntentTarget},
		{"how many enterprises are in shengze?", ""},
	}
	for _, tt := range tests {
		if got := enIntent(tt.q); got != tt.intent {
			t.Errorf("enIntent(%q) = %q, want %q", tt.q, got, tt.intent)
		}
	}
}

// TestExpectedOfReviewedYear: an expectation word asked of the year a report reviews asks that
// year's result, which reports state as 预计 ("What GDP did Lili expect for the year under
// review?" is 350亿元, not the 5% target); with this year, or another target word, it stays a
// target. "under review" is no "less than".
func TestExpectedOfReviewedYear(t *testing.T) {
	tests := []struct {
		q, intent, when string
	}{
		{"What GDP did Lili town expect to reach for the year under review?", IntentActual, WhenLast},
		{"What was Lili's expected GDP last year?", IntentActual, WhenLast},
		{"What GDP growth does Lili expect this year?", IntentTarget, WhenThis},
		{"What GDP did Lili expect and target last year?", IntentTarget, WhenLast},
	}
	for _, tt := range tests {
		p := Analyze(tt.q, nil)
		if p.Intent != tt.intent || p.When != tt.when {
			t.Errorf("Analyze(%q): intent %q, when %q; want %q, %q", tt.q, p.Intent, p.When, tt.intent, tt.when)
		}
		if p.Comparator != "" {
			t.Errorf("Analyze(%q).Comparator = %q, want none", tt.q, p.Comparator)
		}
	}
}

// TestZhInputAsksMoney: "研发投入目标是多少" asks an amount of money (投入), which a share of GDP
// (比重超4%) is not.
func TestZhInputAsksMoney(t *testing.T) {
	w := wantFigure(Plan{Lang: "zh", Norm: "黎里镇今年规上企业研发投入目标是多少?"})
	if !w.asks || w.dim != num.DimCNY {
		t.Errorf("wantFigure = %+v, want an amount in yuan", w)
	}
	text := "全社会研究与试验发展经费支出占地区生产总值的比重超4%,规上企业研发投入超18亿元。"
	var fit []string
	for _, v := range figures(text) {
		if w.fits(text, v) {
			fit = append(fit, text[v.Start:v.End])
		}
	}
	if len(fit) != 1 || fit[0] != "18亿元" {
		t.Errorf("figures fitting = %q, want [18亿元]", fit)
	}
}
