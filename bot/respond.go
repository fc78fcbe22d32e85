package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// question is one question to answer and where its answer goes.
type question struct {
	text    string
	user    string
	channel string
	// threadTS is the thread to answer in; "" answers at the top level (a DM).
	threadTS string
	// msgTS is the question's own message (empty for slash commands).
	msgTS string
	// source is "mention", "dm" or "command" (for logs).
	source string
	// convKeys name the conversation the question continues; the first holds its history and
	// the answer is remembered under all of them.
	convKeys []string
	// responseURL is where a slash command's answer goes.
	responseURL string
	// id names the question in the logs (request_id); queued is when it was taken.
	id     string
	queued time.Time
}

func convKey(channel, threadTS string) string { return channel + "/" + threadTS }

func (q question) logger(l *slog.Logger) *slog.Logger {
	return l.With("request_id", q.id, "source", q.source, "channel", q.channel, "user", q.user, "ts", q.msgTS)
}

// begin sets up the answering of one question: its deadline, request id, stage clock, logger
// and start time.
func (b *Bot) begin(ctx context.Context, q question) (context.Context, context.CancelFunc, *slog.Logger, time.Time, timings) {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.AnswerTimeout)
	ctx, clock := metrics.WithClock(metrics.WithRequestID(ctx, q.id))
	start := time.Now()
	return ctx, cancel, q.logger(b.log), start, timings{queue: start.Sub(q.queued), clock: clock}
}

// answerInChannel answers a mention or a DM: a placeholder first, replaced by the extractive
// answer as soon as it exists when a model will write one (see upgrade), then by the final
// cited answer in one last edit.
func (b *Bot) answerInChannel(ctx context.Context, q question) {
	ctx, cancel, log, start, t := b.begin(ctx, q)
	defer cancel()
	if q.text == "" {
		blocks, fallback := noticeBlocks(":wave:", usageText)
		_, derr := b.deliver(ctx, log, q, "", blocks, fallback)
		t.total = time.Since(start)
		b.finish(log, q, t, nil, answer.ErrEmptyQuestion, derr)
		return
	}

	// The placeholder is posted with retries only for failures that certainly had no effect.
	// When its fate is unknown (Slack may have posted it), it is not posted again: the answer
	// then goes out as a new message, and the thread may show a stray "Searching…" above it
	// rather than two of them.
	pctx, pcancel := deliveryContext(ctx, b.cfg.APITimeout)
	placeholder, err := b.postRetry(pctx, q, slack.MsgOptionText(statusSearching, false), slack.MsgOptionBlocks(statusBlocks()...))
	pcancel()
	if err != nil {
		log.Warn("post placeholder; the answer will be posted as a new message", "err", err, "may_have_posted", mayHaveLanded(err))
		placeholder = ""
	}
	t.post = time.Since(start)

	req := answer.Request{Question: q.text, History: b.history(q.convKeys)}
	var up *upgrade
	if placeholder != "" {
		// The extractive answer replaces the placeholder as soon as it exists; the final
		// edit below upgrades it in place.
		up = b.newUpgrade(ctx, log, q.channel, placeholder)
		req.OnExtractive = up.show
	}

	asked := time.Now()
	a, err := b.ans.Ask(ctx, req)
	t.ask = time.Since(asked)
	var lastEdit time.Time
	if up != nil {
		lastEdit = up.wait()
	}
	var blocks []slack.Block
	var fallback string
	if err != nil {
		blocks, fallback = noticeBlocks(":warning:", b.userError(log, err))
	} else {
		blocks, fallback = answerBlocks(a, renderOptions{feedback: true, chartText: !b.uploadChart(ctx, log, q, a)})
	}
	if !lastEdit.IsZero() { // keep the final edit as far from the early one as chat.update needs
		sleepCtx(ctx, time.Until(lastEdit.Add(b.cfg.StreamInterval)))
	}
	if err == nil {
		// Remembered before the answer shows, so that a quick follow-up finds it.
		b.remember(q, a, placeholder)
	}
	delivering := time.Now()
	ts, derr := b.deliver(ctx, log, q, placeholder, blocks, fallback)
	t.post += time.Since(delivering)
	t.total = time.Since(start)
	if err == nil && derr == nil && ts != placeholder && ts != "" && q.threadTS == "" {
		b.rememberTurn([]string{convKey(q.channel, ts)}, q, a)
	}
	b.finish(log, q, t, a, err, derr)
}

// tellRestart is a queued question's end when a shutdown drops it before a worker took it:
// a short notice to ask again, under a context of its own.
func (b *Bot) tellRestart(q question) {
	log := q.logger(b.log)
	ctx, cancel := context.WithTimeout(context.Background(), restartNoticeTimeout)
	defer cancel()
	blocks, fallback := noticeBlocks(":arrows_counterclockwise:", restartText)
	var err error
	if q.responseURL != "" {
		err = b.respondURL(ctx, q.responseURL, slack.ResponseTypeEphemeral, true, blocks, fallback)
	} else {
		_, err = b.deliver(ctx, log, q, "", blocks, fallback)
	}
	b.finish(log, q, timings{queue: time.Since(q.queued)}, nil, context.Canceled, err)
}

// respondURL posts to a response URL (slash commands and button clicks), with retries: a
// reply that replaces the original is idempotent, so it is repeated after an unknown outcome
// too; another only after a failure that certainly had no effect.
func (b *Bot) respondURL(ctx context.Context, url, responseType string, replace bool, blocks []slack.Block, fallback string) error {
	opts := []slack.MsgOption{slack.MsgOptionResponseURL(url, responseType), slack.MsgOptionText(fallback, false),
		slack.MsgOptionBlocks(blocks...)}
	if replace {
		opts = append(opts, slack.MsgOptionReplaceOriginal(url))
	}
	return b.call(ctx, "response_url", replace, func(ctx context.Context) error {
		_, _, err := b.api.PostMessageContext(ctx, "", opts...)
		return err
	})
}

// history returns the earlier turns of q's conversation.
func (b *Bot) history(keys []string) []answer.Turn {
	if len(keys) == 0 {
		return nil
	}
	turns, _ := b.convs.get(keys[0])
	return append([]answer.Turn(nil), turns...)
}

// maxTurns bounds the history passed with a follow-up.
const maxTurns = 6

// remember records the exchange for follow-ups (also under the answer message's ts, where a
// user may start a thread in a DM) and keeps the answer for button clicks.
func (b *Bot) remember(q question, a *answer.Answer, answerTS string) {
	b.answers.put(a.ID, storedAnswer{ans: a, asker: q.user})
	keys := q.convKeys
	if q.threadTS == "" && answerTS != "" {
		keys = append(keys[:len(keys):len(keys)], convKey(q.channel, answerTS))
	}
	b.rememberTurn(keys, q, a)
}

// rememberTurn appends the exchange to each conversation, keeping the last maxTurns.
func (b *Bot) rememberTurn(keys []string, q question, a *answer.Answer) {
	turn := answer.Turn{Question: q.text, Answer: a.Text}
	for _, k := range keys {
		b.convs.update(k, func(old []answer.Turn, _ bool) []answer.Turn {
			turns := append(append([]answer.Turn(nil), old...), turn)
			if len(turns) > maxTurns {
				turns = turns[len(turns)-maxTurns:]
			}
			return turns
		})
	}
}

// isInvalid reports whether err says the question itself cannot be answered.
func isInvalid(err error) bool {
	return errors.Is(err, answer.ErrEmptyQuestion) || errors.Is(err, answer.ErrNoContent) ||
		errors.Is(err, answer.ErrTooLong) || errors.Is(err, answer.ErrUnsupportedLanguage)
}

// isTimeout reports whether err is a passed deadline.
func isTimeout(err error) bool { return errors.Is(err, context.DeadlineExceeded) }

// userError turns an answer error into a short mrkdwn sentence for Slack and logs the details.
func (b *Bot) userError(log *slog.Logger, err error) string {
	switch {
	case errors.Is(err, answer.ErrEmptyQuestion):
		return usageText
	case errors.Is(err, answer.ErrNoContent), errors.Is(err, answer.ErrTooLong), errors.Is(err, answer.ErrUnsupportedLanguage):
		log.Info("question not answerable", "err", err)
		return escape(sentence(err.Error()))
	case errors.Is(err, context.DeadlineExceeded):
		log.Error("answer timed out", "err", err)
		return "Sorry, that took too long. Please try again, perhaps with a narrower question."
	case errors.Is(err, context.Canceled):
		log.Warn("answer cancelled", "err", err)
		return "Sorry, I was restarting and couldn't finish. Please ask again in a minute."
	}
	log.Error("answer failed", "err", err)
	return "Sorry, I couldn't search the reports just now. Please try again in a minute (the details are in the bot's log)."
}

// sentence capitalises the first letter and ends with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

// sleepCtx sleeps for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
