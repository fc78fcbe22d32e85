package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// noticeQueue bounds the replies to refused questions waiting to be sent; past it a refusal is
// only logged, so that a flood cannot make the bot hold unbounded work.
const noticeQueue = 512

// busyText tells a user the bot is overloaded.
const busyText = "I'm answering a lot of questions right now. Please ask again in a minute."

// admit decides whether q is taken. The rate limits come first, so that every question costs a
// token (a flood of over-long questions is limited too), then the length. A refused question
// is counted and logged, and the returned text tells the user why (ok is false).
func (b *Bot) admit(log *slog.Logger, q question) (refusal string, ok bool) {
	if allowed, scope, retry := b.limit.allow(q.user); !allowed {
		b.m.RateLimited(scope)
		b.m.Question(q.source, metrics.OutcomeRateLimited)
		log.Info("rate limited", "scope", scope, "retry_after_s", int(retry.Round(time.Second).Seconds()))
		return b.rateLimitedText(scope, retry), false
	}
	if n := utf8.RuneCountInString(strings.TrimSpace(q.text)); n > answer.MaxQuestionChars {
		b.m.Question(q.source, metrics.OutcomeInvalid)
		log.Info("question too long", "chars", n, "limit", answer.MaxQuestionChars)
		return fmt.Sprintf("That question is %d characters long, and I can take up to %d. Please ask one thing at a time, in fewer words.",
			n, answer.MaxQuestionChars), false
	}
	return "", true
}

// rateLimitedText tells a refused user when to try again.
func (b *Bot) rateLimitedText(scope string, retry time.Duration) string {
	if scope == scopeUser {
		return fmt.Sprintf("You've reached the limit of %s per person. Please ask again %s.", perText(b.cfg.UserRate), retryText(retry))
	}
	return fmt.Sprintf("I'm getting more questions than I can answer right now. Please ask again %s.", retryText(retry))
}

// perText says a rate in words: "6 questions a minute".
func perText(r Rate) string {
	q := "questions"
	if r.N == 1 {
		q = "question"
	}
	switch r.Per {
	case time.Second:
		return fmt.Sprintf("%d %s a second", r.N, q)
	case time.Minute:
		return fmt.Sprintf("%d %s a minute", r.N, q)
	case time.Hour:
		return fmt.Sprintf("%d %s an hour", r.N, q)
	}
	return fmt.Sprintf("%d %s every %s", r.N, q, r.Per)
}

// refuse tells the user their question was not taken, from the notice pool. A full pool only
// logs it.
func (b *Bot) refuse(log *slog.Logger, q question, text string) {
	blocks, fallback := noticeBlocks(":hourglass:", text)
	if b.notices.submit(func(ctx context.Context) { b.sendNotice(ctx, log, q, blocks, fallback) }) {
		return
	}
	log.Warn("refusal not sent: too many pending", "pending", b.notices.pending())
}

// sendNotice shows a notice about q to its asker only where Slack allows it: through a slash
// command's response URL, or ephemerally in a mention's thread (a post in the thread if that
// fails); a DM gets a message.
func (b *Bot) sendNotice(ctx context.Context, log *slog.Logger, q question, blocks []slack.Block, fallback string) {
	var err error
	switch {
	case q.responseURL != "":
		err = b.respondURL(ctx, q.responseURL, slack.ResponseTypeEphemeral, true, blocks, fallback)
	case q.source == metrics.SourceMention:
		actx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
		opts := []slack.MsgOption{slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...)}
		if q.threadTS != "" {
			opts = append(opts, slack.MsgOptionTS(q.threadTS))
		}
		_, err = b.api.PostEphemeralContext(actx, q.channel, q.user, opts...)
		cancel()
		if err == nil {
			return
		}
		log.Warn("ephemeral notice; posting in the thread instead", "err", err)
		fallthrough
	default:
		_, err = b.postRetry(ctx, q, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...))
	}
	if err != nil {
		log.Warn("notice not delivered", "err", err)
	}
}
