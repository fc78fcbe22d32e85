package bot

import (
	"context"
	"log/slog"
	"strings"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/answer"
)

// slashCommand prepares the immediate reply to a slash command (the Socket Mode ack payload
// or the HTTP response body) and the work that follows it. The caller sends the reply first
// and then calls start, so that the answer can never overtake the acknowledgement; nothing
// slow happens before the reply.
func (b *Bot) slashCommand(cmd slack.SlashCommand) (reply map[string]any, start func()) {
	self, _ := b.self()
	text := cleanQuestion(cmd.Text, self)
	log := b.log.With("source", "command", "command", cmd.Command, "channel", cmd.ChannelID, "user", cmd.UserID)
	if text == "" || strings.EqualFold(text, "help") {
		log.Info("usage shown")
		return ephemeral(noticeBlocks(":wave:", usageText)), func() {}
	}
	q := question{text: text, user: cmd.UserID, channel: cmd.ChannelID, source: "command", responseURL: cmd.ResponseURL}
	reply = ephemeral([]slack.Block{contextLine(":mag: Searching the reports for “" + escape(truncate(text, 200)) + "”…")},
		statusSearching)
	return reply, func() {
		if b.work.submit(func(ctx context.Context) { b.answerCommand(ctx, q) }) {
			log.Debug("question queued")
			return
		}
		log.Warn("busy: question not taken", "pending", b.work.pending())
		b.replyBusy(q)
	}
}

// ephemeral is an immediate slash-command reply visible only to the user.
func ephemeral(blocks []slack.Block, fallback string) map[string]any {
	return map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": fallback, "blocks": blocks}
}

// answerCommand answers /ask privately, with a "Share in channel" button, replacing the
// "Searching…" reply.
func (b *Bot) answerCommand(ctx context.Context, q question) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
	defer cancel()
	log := q.logger(b.log)
	a, err := b.ans.Ask(ctx, answer.Request{Question: q.text})
	if err != nil {
		blocks, fallback := noticeBlocks(":warning:", b.userError(log, err))
		b.sendEphemeral(ctx, log, q, blocks, fallback)
		return
	}
	b.answers.put(a.ID, storedAnswer{ans: a, asker: q.user})
	blocks, fallback := answerBlocks(a, renderOptions{question: true, share: true, feedback: true})
	if b.sendEphemeral(ctx, log, q, blocks, fallback) {
		log.Info("answered", "answer_id", a.ID, "question", truncate(q.text, 200), "mode", a.Mode, "grounded", a.Grounded, "citations", len(a.Citations))
	}
}

// sendEphemeral shows a message to the asker only: through the command's response URL (which
// works in channels the bot is not in), else with chat.postEphemeral.
func (b *Bot) sendEphemeral(ctx context.Context, log *slog.Logger, q question, blocks []slack.Block, fallback string) bool {
	err := b.respondURL(ctx, q.responseURL, slack.ResponseTypeEphemeral, true, blocks, fallback)
	if err == nil {
		return true
	}
	log.Error("respond via response_url", "err", err)
	actx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
	defer cancel()
	if _, err := b.api.PostEphemeralContext(actx, q.channel, q.user, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...)); err != nil {
		log.Error("post ephemeral answer", "err", err)
		return false
	}
	return true
}
