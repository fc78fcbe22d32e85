package bot

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/retrieval/answer"
)

// upgrade shows an answer in two steps in the placeholder message: the extractive answer as
// soon as the answer service has it (answer.Request.OnExtractive, before the model stage),
// then — by the one final edit, deliver — the answer Ask returns: the model's verified answer,
// or the extractive one with a note saying why not. Users see no unverified model text: the
// model's draft is not streamed into Slack.
//
// The early edit runs on its own goroutine (OnExtractive must not hold up the model) with the
// delivery retries of updateRetry (chat.update of a known message is idempotent, so a retry
// never makes a second message). The final edit waits for it, so the early answer can never
// overwrite the final one, and keeps StreamInterval from it (chat.update is rate limited).
// Slash-command answers do not use it; see answerCommand.
type upgrade struct {
	b           *Bot
	ctx         context.Context
	log         *slog.Logger
	channel, ts string

	once  sync.Once
	done  chan struct{} // closed when the early edit has ended; nil until it starts
	mu    sync.Mutex
	shown time.Time // when Slack accepted the early edit (zero: it did not)
}

// newUpgrade prepares the upgrade of the placeholder ts in channel; ctx is the answer's.
func (b *Bot) newUpgrade(ctx context.Context, log *slog.Logger, channel, ts string) *upgrade {
	return &upgrade{b: b, ctx: ctx, log: log, channel: channel, ts: ts}
}

// show is answer.Request.OnExtractive: it starts the early edit and returns at once. Only the
// first call counts.
func (u *upgrade) show(a *answer.Answer) {
	u.once.Do(func() {
		blocks, fallback := earlyBlocks(a)
		u.mu.Lock()
		u.done = make(chan struct{})
		u.mu.Unlock()
		go func() {
			defer close(u.done)
			if err := u.b.updateRetry(u.ctx, u.channel, u.ts, blocks, fallback); err != nil {
				u.log.Warn("show the extractive answer early", "err", err)
				return
			}
			u.mu.Lock()
			u.shown = time.Now()
			u.mu.Unlock()
		}()
	})
}

// wait returns once the early edit (if any) has ended, and when Slack accepted it (zero when
// it did not or there was none).
func (u *upgrade) wait() time.Time {
	u.mu.Lock()
	done := u.done
	u.mu.Unlock()
	if done == nil {
		return time.Time{}
	}
	<-done
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.shown
}

// checkingText says that the extractive answer shown early is about to be upgraded.
const checkingText = ":hourglass_flowing_sand: Answer from the reports directly; a model is writing a fuller one, checked against the same sources. This message will update."

// earlyBlocks renders the extractive answer shown while the model writes: the answer with its
// sources and a line saying it will update, without buttons (they come with the final answer).
func earlyBlocks(a *answer.Answer) ([]slack.Block, string) {
	blocks, fallback := answerBlocks(a, renderOptions{})
	if len(blocks) >= maxBlocks {
		blocks = blocks[:maxBlocks-1]
	}
	return append(blocks, contextLine(checkingText)), fallback
}
