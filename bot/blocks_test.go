package bot

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/retrieval/answer"
)

func blocksJSON(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // golden files stay readable: &amp; not \u0026amp;
	enc.SetIndent("", "  ")
	if err := enc.Encode(blocks); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

func TestAnswerBlocksGolden(t *testing.T) {
	long := sampleAnswer("ans-long", "长答案?")
	long.Text = strings.Repeat("盛泽镇全年计划完成工业投资120亿元，其中技改投资占比超过60%。\n", 400)

	many := sampleAnswer("ans-many", "很多来源?")
	many.Citations = nil
	for i := 1; i <= 14; i++ {
		many.Citations = append(many.Citations, answer.Citation{N: i, Source: "r.txt", Report: i, Entity: fmt.Sprintf("镇%d", i),
			Section: "一、工作回顾", Text: strings.Repeat("经济运行稳中有进。", 50)})
	}

	ungrounded := sampleAnswer("ans-ungrounded", "火星的GDP是多少?")
	ungrounded.Grounded = false
	ungrounded.Text = "报告中没有找到火星的GDP。最接近的段落如下。"
	ungrounded.Note = "I couldn't reach the model, so here is the answer from the reports directly."

	llm := sampleAnswer("ans-llm", "What is Shengze's industrial investment target?")
	llm.Lang, llm.Mode = "en", answer.ModeLLM
	llm.Text = "**Shengze** plans **12 billion yuan** of industrial investment in 2023 [1] <@U123> <https://evil.example|click>."

	cases := []struct {
		name string
		a    *answer.Answer
		o    renderOptions
	}{
		{"grounded", sampleAnswer("ans-1", "盛泽镇工业投资目标是多少?"), renderOptions{feedback: true}},
		{"ephemeral", sampleAnswer("ans-2", "盛泽镇工业投资目标是多少?"), renderOptions{question: true, share: true, feedback: true}},
		{"shared", sampleAnswer("ans-3", "盛泽镇工业投资目标是多少?"), renderOptions{question: true, feedback: true, sharedBy: "U1"}},
		{"ungrounded", ungrounded, renderOptions{feedback: true}},
		{"llm", llm, renderOptions{feedback: true}},
		{"long", long, renderOptions{feedback: true}},
		{"many_sources", many, renderOptions{feedback: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			blocks, fallback := answerBlocks(c.a, c.o)
			got := blocksJSON(t, blocks)
			golden(t, "blocks_"+c.name+".golden", got+"\n--- fallback:\n"+fallback+"\n")

			raw, _ := json.Marshal(blocks)
			if code := slacktest.CheckMessage(fallback, string(raw)); code != "" {
				t.Errorf("Slack would refuse this message: %s", code)
			}
			if len(blocks) > maxBlocks {
				t.Errorf("%d blocks", len(blocks))
			}
			if n := utf8.RuneCountInString(fallback); n > 4000 {
				t.Errorf("fallback is %d characters", n)
			}
			for _, bad := range []string{"<!channel>", "<https://evil", "<@U123>", "<b>"} {
				if strings.Contains(got, bad) || strings.Contains(fallback, bad) {
					t.Errorf("unescaped %q in the message", bad)
				}
			}
		})
	}
}

func TestCitationKeepsQuote(t *testing.T) {
	a := sampleAnswer("ans-1", "q")
	text := citationText(a.Citations[0])
	if !strings.Contains(text, a.Citations[0].Quote) {
		t.Errorf("citation %q lost its quote", text)
	}
	if !strings.Contains(text, "…") {
		t.Errorf("a trimmed passage has no ellipsis: %q", text)
	}
	if !strings.Contains(text, "*[1]* *盛泽镇* · 2023-gov-work-reports.txt, report 3 · 二、2023年工作安排 › （一）聚焦产业升级") {
		t.Errorf("citation header: %q", text)
	}
	if got := citationText(a.Citations[1]); !strings.Contains(got, "58%&lt;以上&gt;") {
		t.Errorf("passage not escaped: %q", got)
	}
}

func TestButtonsCarryTheAnswerID(t *testing.T) {
	blocks, _ := answerBlocks(sampleAnswer("ans-77", strings.Repeat("问", 3000)), renderOptions{share: true, feedback: true})
	raw, _ := json.Marshal(blocks)
	for _, id := range []string{actionShare + ":ans-77", actionFeedbackUp + ":ans-77", actionFeedbackDown + ":ans-77"} {
		if !strings.Contains(string(raw), `"action_id":"`+id+`"`) {
			t.Errorf("no button %s", id)
		}
	}
	if code := slacktest.CheckMessage("x", string(raw)); code != "" {
		t.Errorf("a long question breaks the buttons: %s", code)
	}
}
