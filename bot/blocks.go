package bot

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/retrieval/answer"
)

// Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks) and display choices.
const (
	maxSectionRunes   = 3000 // a section's text
	maxBlocks         = 50   // blocks in one message
	maxAnswerSections = 4    // longer answers are cut: huge messages fail or go unread
	maxSources        = 10   // citations listed; the rest are counted
	passageRunes      = 160  // a cited passage as shown (Chinese: about three lines)
	fallbackRunes     = 3500 // the notification text (Slack recommends ≤ 4,000)
	buttonValueRunes  = 1900 // a button value may hold 2,000 characters
)

// Action ids of the buttons on an answer; the answer id follows a colon.
const (
	actionShare        = "reportbot_share"
	actionFeedbackUp   = "reportbot_feedback_up"
	actionFeedbackDown = "reportbot_feedback_down"
)

// statusSearching is the placeholder shown while an answer is being prepared.
const statusSearching = "Searching the reports…"

// renderOptions choose the parts of an answer message that depend on where it goes.
type renderOptions struct {
	// question shows the question above the answer (slash command answers: the channel never
	// saw the command's text).
	question bool
	// share adds "Share in channel" (the ephemeral /ask answer).
	share bool
	// feedback adds the 👍/👎 buttons.
	feedback bool
	// sharedBy, a user id, credits whoever shared the answer into the channel.
	sharedBy string
	// chartText shows the answer's chart (if any) as a Unicode bar chart in a code block under
	// the answer: when no image of it goes with the answer (chart.go).
	chartText bool
}

func mrkdwn(text string) *slack.TextBlockObject {
	// verbatim: Slack must not auto-link or parse mentions in report and model text.
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

func plain(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, text, true, false)
}

func section(text string) slack.Block { return slack.NewSectionBlock(mrkdwn(text), nil, nil) }

func contextLine(text string) slack.Block { return slack.NewContextBlock("", mrkdwn(text)) }

// answerBlocks renders an answer as Block Kit and returns the blocks and the plain-text
// fallback used in notifications.
func answerBlocks(a *answer.Answer, o renderOptions) ([]slack.Block, string) {
	var blocks []slack.Block
	if o.sharedBy != "" {
		blocks = append(blocks, contextLine(fmt.Sprintf("<@%s> shared an answer from `/ask`", o.sharedBy)))
	}
	if o.question {
		blocks = append(blocks, contextLine("*Question:* "+escape(truncate(a.Question, 2900))))
	}
	if !a.Grounded {
		blocks = append(blocks, contextLine(":warning: The reports do not seem to answer this question; "+
			"the closest passages are listed below."))
	}
	blocks = append(blocks, textSections(a.Text)...)
	if o.chartText {
		blocks = append(blocks, chartBlocks(a)...)
	}
	if note := strings.TrimSpace(a.Note); note != "" {
		blocks = append(blocks, contextLine(":information_source: "+escape(truncate(note, 2900))))
	}

	if len(a.Citations) > 0 {
		blocks = append(blocks, slack.NewDividerBlock(), section("*Sources*"))
		shown := a.Citations
		if len(shown) > maxSources {
			shown = shown[:maxSources]
		}
		for _, c := range shown {
			blocks = append(blocks, section(citationText(c)))
		}
		if more := len(a.Citations) - len(shown); more > 0 {
			blocks = append(blocks, contextLine(fmt.Sprintf("…and %d more source(s).", more)))
		}
	}

	var buttons []slack.BlockElement
	if o.share {
		buttons = append(buttons, slack.NewButtonBlockElement(actionShare+":"+a.ID, a.ID,
			plain("Share in channel")).WithStyle(slack.StylePrimary))
	}
	if o.feedback {
		q := truncate(a.Question, buttonValueRunes)
		buttons = append(buttons,
			slack.NewButtonBlockElement(actionFeedbackUp+":"+a.ID, q, plain("👍 Helpful")),
			slack.NewButtonBlockElement(actionFeedbackDown+":"+a.ID, q, plain("👎 Not helpful")))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock("answer_actions", buttons...))
	}
	blocks = append(blocks, contextLine(footer(a)))
	if len(blocks) > maxBlocks { // cannot happen with the caps above; kept as the last guard
		blocks = append(blocks[:maxBlocks-1], blocks[len(blocks)-1])
	}
	return blocks, answerFallback(a)
}

// textSections escapes answer text and splits it into sections within the limits.
func textSections(text string) []slack.Block {
	text = strings.TrimSpace(strings.ReplaceAll(text, "**", "*")) // models write Markdown bold
	if text == "" {
		text = "(no answer text)"
	}
	parts := splitText(escape(text), maxSectionRunes)
	if len(parts) > maxAnswerSections {
		parts = parts[:maxAnswerSections]
		last := []rune(parts[len(parts)-1])
		if len(last) > maxSectionRunes-20 {
			parts[len(parts)-1] = string(last[:bestCut(last[:maxSectionRunes-20])])
		}
		parts[len(parts)-1] = strings.TrimRightFunc(parts[len(parts)-1], isSpace) + " …_(answer cut)_"
	}
	blocks := make([]slack.Block, len(parts))
	for i, p := range parts {
		blocks[i] = section(p)
	}
	return blocks
}

// citationText is one source: [n], place, report and section, then the passage as a quote.
func citationText(c answer.Citation) string {
	var head []string
	if c.Entity != "" {
		head = append(head, "*"+escape(c.Entity)+"*")
	}
	if src := citationSource(c); src != "" {
		head = append(head, escape(src))
	}
	if c.Section != "" {
		head = append(head, escape(truncate(c.Section, 300)))
	}
	line := fmt.Sprintf("*[%d]* %s", c.N, strings.Join(head, " · "))
	passage := trimPassage(c.Text, c.Quote, passageRunes)
	if passage == "" {
		return line
	}
	return line + "\n>" + escape(passage)
}

// citationSource names the file and the report's ordinal within it.
func citationSource(c answer.Citation) string {
	src := filepath.Base(c.Source)
	if c.Source == "" {
		src = ""
	}
	if c.Report > 0 {
		if src == "" {
			return fmt.Sprintf("report %d", c.Report)
		}
		return fmt.Sprintf("%s, report %d", src, c.Report)
	}
	return src
}

func footer(a *answer.Answer) string {
	how := "quoted from the reports"
	if a.Mode == answer.ModeLLM {
		how = "written by a model from the cited passages"
	}
	return fmt.Sprintf("Answer `%s` · %s", escape(a.ID), how)
}

// answerFallback is the notification text: the answer and a one-line list of its sources.
func answerFallback(a *answer.Answer) string {
	var sb strings.Builder
	if !a.Grounded {
		sb.WriteString("The reports do not seem to answer this. ")
	}
	sb.WriteString(truncate(strings.TrimSpace(a.Text), fallbackRunes-500))
	if len(a.Citations) > 0 {
		var srcs []string
		for _, c := range a.Citations {
			s := fmt.Sprintf("[%d] %s", c.N, c.Entity)
			if c.Section != "" {
				s += " (" + truncate(c.Section, 60) + ")"
			}
			srcs = append(srcs, s)
		}
		sb.WriteString("\n\nSources: " + strings.Join(srcs, "; "))
	}
	return escape(truncate(sb.String(), fallbackRunes))
}

// statusBlocks is the placeholder while the reports are searched.
func statusBlocks() []slack.Block {
	return []slack.Block{contextLine(":mag: " + statusSearching)}
}

// noticeBlocks is a short message to the user (an error, a busy reply, usage help).
func noticeBlocks(emoji, text string) ([]slack.Block, string) {
	return []slack.Block{section(emoji + " " + text)}, text
}

// usageText explains /ask and mentions.
const usageText = "Ask me about the government work reports (政府工作报告), in Chinese or English:\n" +
	"• `/ask 盛泽镇工业投资目标是多少?` — the answer comes to you only, with a button to share it\n" +
	"• mention me in a channel — I answer in the thread; ask follow-ups there by mentioning me again\n" +
	"• or send me a direct message\n" +
	"Every answer cites the report passages it is based on."
