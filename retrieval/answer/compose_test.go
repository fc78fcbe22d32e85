package answer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/zh"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

func ask(t *testing.T, q string) *Answer {
	t.Helper()
	s := New(retrievaltest.Index(t), Options{})
	ans, err := s.Ask(context.Background(), Request{Question: q})
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return ans
}

// checkCitations checks the citation contract: numbered from 1, every [n] in the answer refers
// to a citation, and every quote is a substring of its passage.
func checkCitations(t *testing.T, ans *Answer) {
	t.Helper()
	for i, c := range ans.Citations {
		if c.N != i+1 {
			t.Errorf("citation %d numbered %d", i+1, c.N)
		}
		if c.Quote != "" && !strings.Contains(c.Text, c.Quote) {
			t.Errorf("citation %d quote %q is not in its passage", c.N, c.Quote)
		}
	}
	if probs := Verify(ans.Text, ans.Citations); ans.Grounded && len(probs) > 0 {
		t.Errorf("the extractive answer fails its own verification: %v\n%s", probs, ans.Text)
	}
}

func TestLookupAnswers(t *testing.T) {
	tests := []struct {
		q, lang, entity, gold string
	}{
		{"盛泽镇2023年工业投资目标是多少?", "zh", "盛泽镇", "工业投资47亿元,增长10%"},
		{"What is Qidu town's GDP growth target?", "en", "齐都镇", "地区生产总值增长9%左右"},
		{"How many surveillance cameras did Shacheng add?", "en", "沙埕镇", "新增社会治安视频监控探头170个"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := ask(t, tt.q)
			if ans.Lang != tt.lang || ans.Mode != ModeExtractive || !ans.Grounded || ans.ID == "" {
				t.Errorf("answer: lang %s mode %s grounded %v id %q", ans.Lang, ans.Mode, ans.Grounded, ans.ID)
			}
			if len(ans.Citations) != DefaultK {
				t.Errorf("%d citations, want %d", len(ans.Citations), DefaultK)
			}
			c := ans.Citations[0]
			if c.Entity != tt.entity || !strings.Contains(zh.StripSpace(c.Text), tt.gold) || !strings.Contains(ans.Text, "[1]") {
				t.Errorf("first citation %s %q; answer %q", c.Entity, c.Text, ans.Text)
			}
			if !strings.Contains(ans.Text, "“"+c.Quote+"”") {
				t.Errorf("the answer should quote the sentence: %q", ans.Text)
			}
			checkCitations(t, ans)
		})
	}
}

func TestEnglishAnswerNamesPlaceInPinyin(t *testing.T) {
	ans := ask(t, "What is Qidu town's GDP growth target?")
	if !strings.Contains(ans.Text, "Qidu town (齐都镇)") || !strings.Contains(ans.Text, "GDP") {
		t.Errorf("answer: %s", ans.Text)
	}
}

func TestComparisonFromFacts(t *testing.T) {
	ans := ask(t, "Which towns target 10% revenue growth?")
	for _, want := range []string{"齐都镇", "盛泽镇", "Qidu", "Shengze", "will strive for", "will ensure", "Near misses"} {
		if !strings.Contains(ans.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, ans.Text)
		}
	}
	if strings.Index(ans.Text, "Near misses") < strings.Index(ans.Text, "盛泽镇") {
		t.Errorf("盛泽镇 (力争10%%) matches and must be listed before the near misses:\n%s", ans.Text)
	}
	checkCitations(t, ans)

	ans = ask(t, "哪些镇设定了一般公共预算收入增长目标?")
	for _, town := range []string{"黎里镇", "盛泽镇", "岱西镇", "齐都镇"} {
		if !strings.Contains(ans.Text, town) {
			t.Errorf("answer lacks %s:\n%s", town, ans.Text)
		}
	}
	if strings.Contains(ans.Text, "xx区") {
		t.Errorf("a question about towns lists districts:\n%s", ans.Text)
	}
}

func TestTopicFilter(t *testing.T) {
	ans := ask(t, "哪些报告提到了长者食堂?")
	for _, town := range []string{"齐都镇", "沙埕镇"} {
		if !strings.Contains(ans.Text, town) {
			t.Errorf("answer lacks %s:\n%s", town, ans.Text)
		}
	}
	checkCitations(t, ans)
}

func TestUnanswerable(t *testing.T) {
	for _, q := range []string{"What is Shanghai's GDP growth target for 2023?", "盛泽镇常住人口有多少?", "How many Michelin restaurants opened?"} {
		ans := ask(t, q)
		if ans.Grounded {
			t.Errorf("%q: answered as grounded: %s", q, ans.Text)
		}
		if !strings.Contains(ans.Text, "not") && !strings.Contains(ans.Text, "没有") {
			t.Errorf("%q: the answer should say the reports do not answer it: %s", q, ans.Text)
		}
	}
}

func TestAskRejectsBadQuestions(t *testing.T) {
	s := New(retrievaltest.Index(t), Options{})
	tests := []struct {
		q    string
		want error
	}{
		{"", ErrEmptyQuestion},
		{" \n\t", ErrEmptyQuestion},
		{strings.Repeat("长", MaxQuestionChars+1), ErrTooLong},
		{"??!!…", ErrNoContent},
		{"🙂🙂", ErrNoContent},
		{"Какой план по ВВП?", ErrUnsupportedLanguage},
	}
	for _, tt := range tests {
		if _, err := s.Ask(context.Background(), Request{Question: tt.q}); !errors.Is(err, tt.want) {
			t.Errorf("Ask(%.20q): %v, want %v", tt.q, err, tt.want)
		}
	}
	if _, err := New(nil, Options{}).Ask(context.Background(), Request{Question: "GDP?"}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("no index: %v", err)
	}
}

func TestKCitations(t *testing.T) {
	s := New(retrievaltest.Index(t), Options{})
	ans, err := s.Ask(context.Background(), Request{Question: "老旧小区改造", K: 8})
	if err != nil {
		t.Fatal(err)
	}
	if len(ans.Citations) != 8 {
		t.Errorf("%d citations, want 8", len(ans.Citations))
	}
}

func TestFollowUpUsesThread(t *testing.T) {
	s := New(retrievaltest.Index(t), Options{})
	hist := []Turn{{Question: "What is Qidu town's GDP growth target?", Answer: "…"}}
	for _, q := range []string{"And Lili?", "那黎里镇呢?"} {
		ans, err := s.Ask(context.Background(), Request{Question: q, History: hist})
		if err != nil {
			t.Fatal(err)
		}
		c := ans.Citations[0]
		if !ans.Grounded || c.Entity != "黎里镇" || !strings.Contains(c.Text, "地区生产总值增长5%左右") {
			t.Errorf("%q: grounded %v, first citation %s %q", q, ans.Grounded, c.Entity, c.Text)
		}
	}
	// A question of its own is not rewritten by the thread.
	ans, _ := s.Ask(context.Background(), Request{Question: "沙埕镇新增社会治安视频监控探头多少个?", History: hist})
	if !strings.Contains(ans.Citations[0].Text, "视频监控探头170个") {
		t.Errorf("standalone question in a thread: %q", ans.Citations[0].Text)
	}
}
