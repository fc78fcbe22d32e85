package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestFallDepth: a question about falls that names a percentage ("fell by more than 10%",
// 降幅超过10%) lists a fall only as deep as it asks; one naming none takes any fall. Before,
// every fall met it (7.4% met "more than 10%"), and 降幅 and 负增长 were not read as falls.
func TestFallDepth(t *testing.T) {
	fall := func(v float64, cmp string) corpus.Fact {
		return corpus.Fact{Indicator: "一般公共预算收入", Kind: "actual", Measure: "growth", Value: v, Unit: "%", Comparator: cmp}
	}
	deep, shallow, rise := fall(-16.5, "="), fall(-7.4, "="), fall(4.4, "=")
	for _, tc := range []struct {
		q                   string
		deep, shallow, rise bool
	}{
		{"哪些报告去年一般公共预算收入的降幅超过10%?", true, false, false},
		{"Which reports say general public budget revenue fell by more than 10% last year?", true, false, false},
		{"Which reports say revenue dropped by less than 10%?", false, true, false},
		{"哪些报告去年一般公共预算收入下降了?", true, true, false},
		{"哪些报告去年一般公共预算收入是负增长?", true, true, false},
		{"Which reports had negative revenue growth last year?", true, true, false},
	} {
		p := Analyze(tc.q, nil)
		if !p.Decline {
			t.Errorf("%s: not read as a question about falls", tc.q)
			continue
		}
		for _, c := range []struct {
			f    corpus.Fact
			want bool
		}{{deep, tc.deep}, {shallow, tc.shallow}, {rise, tc.rise}} {
			if got := FactMeets(p, c.f); got != c.want {
				t.Errorf("%s: FactMeets(%v%%) = %v, want %v", tc.q, c.f.Value, got, c.want)
			}
		}
	}
	// A fall stated as a bound: 下降11%左右 reads as about 11%, deep enough for "more than 10%".
	if p := Analyze("哪些报告的社会消费品零售总额降幅超过10%?", nil); !FactMeets(p, fall(-11, "~")) {
		t.Error("a fall of about 11% does not meet 降幅超过10%")
	}
}

// TestFallNounsCut: 降幅 and 负增长 ask for a fall as 下降 does and leave the topic as 下降 does.
func TestFallNounsCut(t *testing.T) {
	for _, q := range []string{"哪些报告一般公共预算收入降幅超过10%", "哪些报告一般公共预算收入负增长"} {
		rest, ts := cutFallVerbs(q)
		if len(ts) != 1 || ts[0].From != "下降" {
			t.Errorf("cutFallVerbs(%q) terms = %v, want one 下降", q, ts)
		}
		if want := "哪些报告一般公共预算收入"; len(rest) < len(want) || rest[:len(want)] != want {
			t.Errorf("cutFallVerbs(%q) text = %q", q, rest)
		}
	}
}
