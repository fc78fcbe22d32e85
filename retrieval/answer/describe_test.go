package answer

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestFactValueEnglishMoreThan: a fact line renders 以上 as "more than" before the value, as the
// figure lines do, not "8% or more"; 左右 stays "about".
func TestFactValueEnglishMoreThan(t *testing.T) {
	for _, tc := range []struct {
		f    corpus.Fact
		want string
	}{
		{corpus.Fact{Measure: "growth", Value: 8, ValueText: "8%", Qualifier: "力争,以上"}, "strives for growth of more than 8%"},
		{corpus.Fact{Measure: "growth", Value: 10, ValueText: "10%", Qualifier: "左右"}, "growth of about 10%"},
	} {
		if got := factValue(tc.f, "en"); got != tc.want {
			t.Errorf("factValue(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

// TestEstimatedResult: a result stated with 预计 before its indicator is reported as an estimate;
// one stated as completed is reported plainly.
func TestEstimatedResult(t *testing.T) {
	f := corpus.Fact{Indicator: "地区生产总值", Wording: "地区生产总值", Kind: corpus.KindActual, ValueText: "350亿元",
		Sentence: "经济运行延续向好态势,全年预计(下同)实现地区生产总值350亿元,同比增长3.9%;"}
	if got := enVerb(f); got != "reported an estimated" {
		t.Errorf("enVerb(预计) = %q", got)
	}
	f.Sentence = "一般公共预算收入完成503亿元,下降7.4%。"
	f.Wording = "一般公共预算收入"
	if got := enVerb(f); got != "reported" {
		t.Errorf("enVerb(完成) = %q", got)
	}
}
