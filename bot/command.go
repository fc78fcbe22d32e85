package bot

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
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
	q := question{text: text, user: cmd.UserID, channel: cmd.ChannelID, source: metrics.SourceCommand, responseURL: cmd.ResponseURL,
		id: newRequestID(), queued: time.Now()}
	log = log.With("request_id", q.id)
	if refusal, ok := b.admit(log, q); !ok {
		return ephemeral(noticeBlocks(":hourglass:", refusal)), func() {}
	}
	reply = ephemeral([]slack.Block{contextLine(":mag: Searching the reports for “" + escape(truncate(text, 200)) + "”…")},
		statusSearching)
	return reply, func() {
		if b.work.submitJob(job{run: func(ctx context.Context) { b.answerCommand(ctx, q) }, drop: func() { b.tellRestart(q) }}) {
			log.Debug("question queued")
			return
		}
		b.m.Question(q.source, metrics.OutcomeBusy)
		log.Warn("busy: question not taken", "pending", b.work.pending())
		b.refuse(log, q, busyText)
	}
}

// ephemeral is an immediate slash-command reply visible only to the user.
func ephemeral(blocks []slack.Block, fallback string) map[string]any {
	return map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": fallback, "blocks": blocks}
}

// answerCommand answers /ask privately, with a "Share in channel" button, replacing the
// "Searching…" reply once, with the final answer. It does not show the extractive answer
// early (as mentions and DMs do, see upgrade): the reply is ephemeral, which chat.update cannot
// edit, and a response URL takes at most five messages in 30 minutes, which an early reply,
// the final one and their retries could exhaust. The asker sees "Searching…" until the final
// answer, which the model stage's one deadline bounds.
func (b *Bot) answerCommand(ctx context.Context, q question) {
	ctx, cancel, log, start, t := b.begin(ctx, q)
	defer cancel()
	a, err := b.ans.Ask(ctx, answer.Request{Question: q.text})
	t.ask = time.Since(start)
	var blocks []slack.Block
	var fallback string
	if err != nil {
		blocks, fallback = noticeBlocks(":warning:", b.userError(log, err))
	} else {
		b.answers.put(a.ID, storedAnswer{ans: a, asker: q.user})
		blocks, fallback = answerBlocks(a, renderOptions{question: true, share: true, feedback: true, chartText: true})
	}
	delivering := time.Now()
	dctx, dcancel := deliveryContext(ctx, b.cfg.DeliverTimeout)
	derr := b.sendEphemeral(dctx, log, q, blocks, fallback)
	dcancel()
	t.post = time.Since(delivering)
	t.total = time.Since(start)
	b.finish(log, q, t, a, err, derr)
}

// sendEphemeral shows a message to the asker only: through the command's response URL (which
// works in channels the bot is not in), else with chat.postEphemeral, unless the response URL
// call may have landed (a second copy would show).
func (b *Bot) sendEphemeral(ctx context.Context, log *slog.Logger, q question, blocks []slack.Block, fallback string) error {
	err := b.respondURL(ctx, q.responseURL, slack.ResponseTypeEphemeral, true, blocks, fallback)
	if err == nil || mayHaveLanded(err) {
		return err
	}
	log.Warn("respond via response_url failed; trying chat.postEphemeral", "err", err)
	return b.call(ctx, "chat.postEphemeral", false, func(ctx context.Context) error {
		_, err := b.api.PostEphemeralContext(ctx, q.channel, q.user, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...))
		return err
	})
}
