package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestStriveVerbIsNoResult: an achievement verb after a target word (力争完成) is no cue of a
// result: a plan's sentence holding it does not answer a question about last year.
func TestStriveVerbIsNoResult(t *testing.T) {
	for s, want := range map[string]bool{
		"加快推进科技企业孵化基地建设,力争完成落户60家。": false,
		"确保实现村级集体经济收入翻番。":           false,
		"科技企业孵化基地完成落户60家。":          true,
		"力争完成落户60家,去年已落户45家。":       true,
	} {
		if got := hasFrameCue(s, corpus.KindActual); got != want {
			t.Errorf("hasFrameCue(%q, actual) = %v; want %v", s, got, want)
		}
	}
	if !hasFrameCue("力争完成落户60家。", corpus.KindTarget) {
		t.Errorf("力争完成 is no target cue")
	}
}

// TestZhIntentThisYear: a Chinese question naming this year with only weak cues of results
// (多少个, 完成) asks for this year's plan; a strong cue (了多少, 已经) or 今年以来 keeps it on
// results, and a target word on targets.
func TestZhIntentThisYear(t *testing.T) {
	for q, want := range map[string]string{
		"北京xx区今年要建成多少个市级社区服务空间开放式示范点?": IntentTarget,
		"今年完成多少个老旧小区改造?":               IntentTarget,
		"去年建成了多少个社区服务点?":               IntentActual,
		"今年以来完成多少个项目?":                 IntentActual,
		"今年已经建成多少个示范点?":                IntentActual,
		"今年力争新增多少个产学研项目?":              IntentTarget,
		"建成多少个示范点?":                    IntentActual,
	} {
		if got := zhIntent(q, relativeYear(q)); got != want {
			t.Errorf("zhIntent(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestZhIntentTargetProgress: a question asking how far a target was met (完成了全年目标进度的
// 多少, 目标完成率, 超额完成) asks the result; a target asked for itself, or this year's, stays a
// target.
func TestZhIntentTargetProgress(t *testing.T) {
	for q, want := range map[string]string{
		"柳州这个区列入市级层面统筹推进的重大项目完成了全年目标进度的多少?": IntentActual,
		"那个区的重大项目投资完成了全年目标的百分之多少?":          IntentActual,
		"盛泽镇工业投资目标完成率是多少?":                  IntentActual,
		"盛泽镇今年一般公共预算收入目标是多少?":               IntentTarget,
		"今年要完成全年目标任务的多少?":                   IntentTarget,
	} {
		if got := zhIntent(q, relativeYear(q)); got != want {
			t.Errorf("zhIntent(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestSetDoneIsNoTarget: "set" as a thing done ("set up", "have … set") asks no target; "set"
// of a target still does.
func TestSetDoneIsNoTarget(t *testing.T) {
	for q, want := range map[string]string{
		"how many bungalow areas in the district have an urbanization path set?": "",
		"how many shoreline patrol teams did shacheng set up during covid?":      "",
		"what gdp growth target did daixi set for 2023?":                         IntentTarget,
		"which reports set a goal for imports and exports this year?":            IntentTarget,
		"what did lili set out to do?":                                           IntentTarget,
	} {
		if got := enIntent(q); got != want && !(want == "" && got == IntentActual) {
			t.Errorf("enIntent(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestPlanResultAskedWithDid: a plan named as a thing whose result a question asks with "did"
// and a result verb ("What income did the doubling plan bring in?") asks a result; "What did
// Lili plan?" asks the plan.
func TestPlanResultAskedWithDid(t *testing.T) {
	for q, want := range map[string]string{
		"what stable total income did the village collective economy doubling plan bring in?": IntentActual,
		"how much did the doubling plan generate?":                                            IntentActual,
		"what did lili plan?": IntentTarget,
		"what income does the doubling plan aim to bring in?": IntentTarget,
	} {
		if got := enIntent(q); got != want {
			t.Errorf("enIntent(%q) = %q; want %q", q, got, want)
		}
	}
}
