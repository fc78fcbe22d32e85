package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// TestDeclines: questions the reports cannot answer say what is missing, are not grounded, and
// do not present another report's figure as the answer.
func TestDeclines(t *testing.T) {
	tests := []struct {
		q      string
		want   []string
		absent []string
	}{
		{"What is the population of Mars?", []string{"do not mention Mars"}, nil},
		{"What was Tongli town's general public budget revenue?",
			[]string{"do not cover Tongli town", "They cover:", "盛泽镇", "reviews 2023, plans 2024"}, []string{"31.81"}},
		{"同里镇的一般公共预算收入是多少?", []string{"报告不涉及同里镇", "盛泽镇"}, []string{"31.81"}},
		{"What is Shengze's general public budget revenue target for 2026?",
			[]string{"sets targets for 2023, not 2026", "确保一般公共预算收入增长8%"}, nil},
		{"What is Shengze's unemployment rate target?",
			[]string{"sets no", "unemployment rate", "Its stated targets are", "一般公共预算收入"}, nil},
		{"北京那个区的平均房价是多少?", []string{"没有提到房价"}, []string{"PM2.5"}},
		// An indicator the named report states only as a result, asked as a target.
		{"北京那个区明年实际利用外资目标是多少?", []string{"没有提出实际利用外资目标", "它给出的实际利用外资是完成情况", "它提出的目标有", "城镇调查失业率"}, []string{"63.1"}},
		// A figure asked for that the named report does not give: what it says instead, cited.
		{"What was the Beijing district's GDP in 2023?",
			[]string{"gives no GDP", "What it says (no figure): “预计全年GDP增速与全市基本保持同步。”"}, nil},
		{"What is Qidu's target for total retail sales of consumer goods?",
			[]string{"sets no retail sales of consumer goods", "Its stated targets are", "GDP"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			checkCitations(t, ans)
			if ans.Grounded || ans.Trace.Path != PathDeclined {
				t.Errorf("grounded %v, path %q; want a decline\n%s", ans.Grounded, ans.Trace.Path, ans.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(ans.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, ans.Text)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(ans.Text, w) {
					t.Errorf("answer has %q:\n%s", w, ans.Text)
				}
			}
			unmet := 0
			for _, c := range ans.Trace.Constraints {
				if !c.Met {
					unmet++
				}
			}
			if unmet == 0 {
				t.Errorf("the trace records no unmet constraint: %+v", ans.Trace.Constraints)
			}
		})
	}
}

// TestConstraintsMet: answerable questions of the same kinds are answered, in the asked time
// frame, with every constraint met in the trace.
func TestConstraintsMet(t *testing.T) {
	tests := []struct{ q, want string }{
		{"How did the Panjin district's industrial value added change last year?", "规模以上工业增加值完成14.2亿元,同比下降26%"},
		{"黎里镇今年有哪些重点项目?", "27个区级以上重点项目"},
		{"What was the Beijing district's general public budget revenue in 2023?", "503亿元"},
		{"What is Shengze's general public budget revenue growth target for 2023?", "确保一般公共预算收入增长8%"},
		{"What is the Beijing district's surveyed urban unemployment rate target?", "城镇调查失业率控制在5%以内"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			if !ans.Grounded || !strings.Contains(ans.Text, tt.want) {
				t.Errorf("grounded %v; want an answer with %q:\n%s", ans.Grounded, tt.want, ans.Text)
			}
			for _, c := range ans.Trace.Constraints {
				if !c.Met {
					t.Errorf("unmet constraint %+v", c)
				}
			}
		})
	}
}

// TestPlaceOnlyQuestion: "What about Lili?" outside a thread is about Lili's report (its main
// targets), not "nothing matches".
func TestPlaceOnlyQuestion(t *testing.T) {
	for _, q := range []string{"What about Lili?", "黎里镇呢?"} {
		ans := ask(t, q)
		checkCitations(t, ans)
		if !ans.Grounded || !strings.Contains(ans.Text, "黎里镇") || len(ans.Citations) == 0 || ans.Citations[0].Entity != "黎里镇" {
			t.Errorf("%q: want an answer from Lili's report:\n%s", q, ans.Text)
		}
	}
}

// matches returns the part of a list answer before its near misses.
func matches(ans *Answer) string {
	text, _, _ := strings.Cut(ans.Text, "Near misses")
	return text
}

// TestComparatorNotInWords: "governments" and "coverage" hold "over" but ask for no "at least":
// a 10% target is no match for an 8% question.
func TestComparatorNotInWords(t *testing.T) {
	ans := ask(t, "Which towns' governments set a general public budget revenue growth target of 8%?")
	if strings.Contains(matches(ans), "齐都镇") {
		t.Errorf("Qidu (10%%) listed as a match for 8%%:\n%s", ans.Text)
	}
	ans = ask(t, "Which towns' governments set a general public budget revenue growth target of 10%?")
	if !strings.Contains(matches(ans), "齐都镇") {
		t.Errorf("Qidu (10%%) not listed for 10%%:\n%s", ans.Text)
	}
}

// TestDeclineSkipsModel: a declined answer is not handed to the model, which would answer from
// the closest passages (another town's revenue) as if they answered.
func TestDeclineSkipsModel(t *testing.T) {
	gen := replies("Tongli's revenue was 31.81亿元 [1].")
	s := New(retrievaltest.Index(t), Options{Generator: gen})
	ans, err := s.Ask(context.Background(), Request{Question: "What was Tongli town's general public budget revenue?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != ModeExtractive || ans.Grounded || len(gen.calls) != 0 {
		t.Errorf("mode %s, grounded %v, %d model calls; want the extractive decline:\n%s", ans.Mode, ans.Grounded, len(gen.calls), ans.Text)
	}
}

// TestClosestRefsTellsWithheldNamesApart: two districts whose names the reports withhold (xx区)
// are told apart by their reports' numbers when a decline names the closest passages.
func TestClosestRefsTellsWithheldNamesApart(t *testing.T) {
	cs := []Citation{{N: 1, Report: 3, Entity: "浍沟镇"}, {N: 2, Report: 4, Entity: "xx区"}, {N: 3, Report: 9, Entity: "xx区"}}
	if got, want := closestRefs("en", cs), "浍沟镇 [1], xx区 (report 4) [2], xx区 (report 9) [3]"; got != want {
		t.Errorf("en: got %q, want %q", got, want)
	}
	if got, want := closestRefs("zh", cs), "浍沟镇 [1]、xx区(报告4) [2]、xx区(报告9) [3]"; got != want {
		t.Errorf("zh: got %q, want %q", got, want)
	}
}
