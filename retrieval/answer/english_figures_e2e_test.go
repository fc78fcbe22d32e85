package answer

import (
	"regexp"
	"strings"
	"testing"
)

// TestFigureLinesOnCorpus: lookups that no fact row answers state, on the bundled corpus, the
// figure that answers on their first line (English outside the quote for English questions),
// from the sentence that has it: the one before a matching sentence, the clause in the asked
// time frame, the count next to the asked noun.
func TestFigureLinesOnCorpus(t *testing.T) {
	lex := corpusLexicon(t)
	tests := []struct {
		q     string
		first []string // substrings of the first line
		quote string   // a substring of the quote
	}{
		// The sentence that matches the Olympics names no volunteers; the one before it does.
		{"How many volunteers did the Beijing district mobilise for the Winter Olympics service?",
			[]string{"2023 result: ", "more than 50,000 person-times (5万余人次)"}, "发动志愿者5万余人次"},
		// 98轮 counts rounds (轮 is no unit num knows); its clause is a result although the
		// sentence ends on a target (…目标任务).
		{"How many rounds of nucleic acid testing did Shengze complete?",
			[]string{"Shengze town (盛泽镇), 2023 result: ", "98 rounds (98轮)"}, "完成区域核酸检测98轮"},
		{"Where did the Panjin district rank provincially in the natural disaster risk census?",
			[]string{"tenth (全省第十)"}, "全省第十"},
		{"How many new market entities did Lili add last year?",
			[]string{"Lili town (黎里镇), 2023 result: more than 3,700 new market entities (3700多户)"}, "3700多户"},
		// A fact row about another figure of the sentence (the unemployment rate) is not the answer.
		{"How many jobs did the Beijing district create last year?",
			[]string{"88,000 jobs (8.8万个)"}, "8.8万个"},
		{"In Huigou's work-safety campaign, how many hazards were found and how many were fixed?",
			[]string{"107 hazards (107个)", "104 (104个)"}, "整改到位104个"},
		{"柳州这个区去年投资多少钱、实施几个老旧小区改造项目?",
			[]string{"投资5470万元,实施老旧小区改造项目9个(2023年实绩)。原文:"}, "改造项目9个"},
		{"北京那个区老楼加装电梯去年开工多少部?",
			[]string{"老楼加装电梯开工416部(2023年实绩)"}, "老楼加装电梯开工416部"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ans := askWith(t, tt.q, lex)
			if !ans.Grounded {
				t.Fatalf("not grounded: %s", ans.Text)
			}
			first, _, _ := strings.Cut(ans.Text, "\n")
			outside := reQuotedText.ReplaceAllString(first, "")
			for _, h := range tt.first {
				if !strings.Contains(outside, h) {
					t.Errorf("first line %q lacks %q outside the quote", first, h)
				}
			}
			if !strings.Contains(ans.Citations[0].Quote, tt.quote) {
				t.Errorf("quote %q lacks %q", ans.Citations[0].Quote, tt.quote)
			}
			if probs := Verify(ans.Text, ans.Citations); len(probs) > 0 {
				t.Errorf("the answer fails its own verification: %v\n%s", probs, ans.Text)
			}
		})
	}
}

// reQuotedText matches a quoted span: what a reader finds outside it is the answer's own.
var reQuotedText = regexp.MustCompile(`“[^”]*”`)
