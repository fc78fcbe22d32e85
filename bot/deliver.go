package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/slack-go/slack"
)

// Delivery guarantees (README, "Operating"): every question the bot takes ends in exactly one
// final message, or is counted as delivery_failed.
//
//   - A call that certainly did not take effect (HTTP 5xx, a refused connection, Slack's
//     internal_error) is retried with bounded backoff.
//   - A call whose effect is unknown (a timeout or a connection lost after the request was
//     sent: Slack may have processed it) is retried only when it is idempotent: chat.update of
//     a known message and response-URL replies that replace the original. A chat.postMessage is
//     never repeated then, since a retry could post a second copy.
//   - Only invalid_blocks and invalid_blocks_format make the bot fall back to plain text.
//   - The final message goes out under a context of its own (not the answer's, which may have
//     expired or been cancelled by a shutdown), bounded by DeliverTimeout.

// failure classifies a failed Slack call by whether it may have taken effect.
type failure int

const (
	// refused: Slack answered with an error (ok:false or a 4xx); trying again changes nothing.
	refused failure = iota
	// notDone: the call certainly had no effect (5xx, connection refused): safe to repeat.
	notDone
	// unknown: the call may have taken effect (timeout, connection lost after sending).
	unknown
)

// retryBase and retryMax bound the backoff between attempts: 0.5s, 1s, 2s, then 4s.
const (
	retryBase = 500 * time.Millisecond
	retryMax  = 4 * time.Second
)

// classify says whether a failed call may have taken effect.
func classify(err error) failure {
	var status slack.StatusCodeError
	var apiErr slack.SlackErrorResponse
	var opErr *net.OpError
	switch {
	case errors.As(err, &status):
		if status.Code >= 500 {
			return notDone
		}
		return refused
	case errors.As(err, &apiErr):
		switch apiErr.Err {
		case "internal_error", "service_unavailable":
			return notDone
		}
		return refused
	case errors.Is(err, syscall.ECONNREFUSED), errors.As(err, &opErr) && opErr.Op == "dial":
		return notDone
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return unknown
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return unknown
	}
	return refused
}

// slackCode returns Slack's error code ("invalid_blocks") of a refused call, or "".
func slackCode(err error) string {
	var apiErr slack.SlackErrorResponse
	if errors.As(err, &apiErr) {
		return apiErr.Err
	}
	return ""
}

// isInvalidBlocks reports whether Slack refused a message's blocks, the one case for the
// plain-text fallback.
func isInvalidBlocks(err error) bool {
	c := slackCode(err)
	return c == "invalid_blocks" || c == "invalid_blocks_format"
}

// callError is the last error of a call that was given up on, saying whether it may have
// taken effect.
type callError struct {
	method string
	err    error
	class  failure
	tries  int
}

func (e *callError) Error() string {
	what := "failed"
	if e.class == unknown {
		what = "got no answer (Slack may have processed it)"
	}
	return fmt.Sprintf("%s %s after %d attempt(s): %v", e.method, what, e.tries, e.err)
}

func (e *callError) Unwrap() error { return e.err }

// mayHaveLanded reports whether a failed call may have taken effect anyway.
func mayHaveLanded(err error) bool {
	var ce *callError
	return errors.As(err, &ce) && ce.class == unknown
}

// call runs one Slack Web API call with retries: each attempt bounded by APITimeout, retried
// while the failure says it is safe (see classify; idempotent calls also after an unknown
// outcome), at most Retries times, backing off between attempts, never past ctx.
func (b *Bot) call(ctx context.Context, method string, idempotent bool, fn func(ctx context.Context) error) error {
	var err error
	for attempt := 0; ; attempt++ {
		actx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
		err = fn(actx)
		cancel()
		if err == nil {
			return nil
		}
		class := classify(err)
		retry := class == notDone || (class == unknown && idempotent)
		if !retry || attempt >= b.cfg.Retries || ctx.Err() != nil {
			return &callError{method: method, err: err, class: class, tries: attempt + 1}
		}
		wait := min(retryBase<<attempt, retryMax)
		b.log.Debug("slack call failed; retrying", "method", method, "attempt", attempt+1, "wait", wait.String(), "err", err)
		if serr := b.sleep(ctx, wait); serr != nil {
			return &callError{method: method, err: err, class: class, tries: attempt + 1}
		}
	}
}

// sleepFor is the real clock's wait (tests hand the Bot another).
func sleepFor(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// deliveryContext is the context a final message goes out under: free of the answer's
// deadline and of a shutdown's cancellation, bounded by d; once ctx is cancelled (a shutdown
// past its grace period) at most restartNoticeTimeout remains.
func deliveryContext(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), d)
	var mu sync.Mutex
	var shorten *time.Timer
	stop := context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.Canceled) {
			mu.Lock()
			shorten = time.AfterFunc(restartNoticeTimeout, cancel)
			mu.Unlock()
		}
	})
	return dctx, func() {
		stop()
		cancel()
		mu.Lock()
		if shorten != nil {
			shorten.Stop()
		}
		mu.Unlock()
	}
}

// deliver puts the final message in place of the placeholder, or posts it when there is none,
// and returns the message's ts, or an error when Slack did not accept it. It retries as call
// does and falls back to plain text only when Slack refuses the blocks.
func (b *Bot) deliver(ctx context.Context, log *slog.Logger, q question, placeholder string, blocks []slack.Block, fallback string) (string, error) {
	ctx, cancel := deliveryContext(ctx, b.cfg.DeliverTimeout)
	defer cancel()
	plainBlocks := []slack.Block{section(truncate(fallback, maxSectionRunes-10))}
	if placeholder != "" {
		err := b.updateRetry(ctx, q.channel, placeholder, blocks, fallback)
		if isInvalidBlocks(err) {
			log.Warn("slack refused the answer's blocks; sending it as plain text", "err", err)
			err = b.updateRetry(ctx, q.channel, placeholder, plainBlocks, fallback)
		}
		if err == nil {
			return placeholder, nil
		}
		if slackCode(err) != "message_not_found" {
			return "", err
		}
		// The placeholder was deleted: nothing of ours is in the thread, so a new post is safe.
		log.Warn("the placeholder is gone; posting the answer as a new message", "err", err)
	}
	ts, err := b.postRetry(ctx, q, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...))
	if isInvalidBlocks(err) {
		log.Warn("slack refused the answer's blocks; sending it as plain text", "err", err)
		ts, err = b.postRetry(ctx, q, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(plainBlocks...))
	}
	return ts, err
}

// postRetry posts a message where q's answer goes, retrying only failures that certainly had
// no effect (a repeated post could show twice).
func (b *Bot) postRetry(ctx context.Context, q question, opts ...slack.MsgOption) (string, error) {
	if q.threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(q.threadTS))
	}
	var ts string
	err := b.call(ctx, "chat.postMessage", false, func(ctx context.Context) error {
		var err error
		_, ts, err = b.api.PostMessageContext(ctx, q.channel, opts...)
		return err
	})
	return ts, err
}

// updateRetry replaces a message's content, retrying as long as it is allowed: an update of a
// known message is idempotent.
func (b *Bot) updateRetry(ctx context.Context, channel, ts string, blocks []slack.Block, fallback string) error {
	return b.call(ctx, "chat.update", true, func(ctx context.Context) error {
		_, _, _, err := b.api.UpdateMessageContext(ctx, channel, ts, slack.MsgOptionText(fallback, false), slack.MsgOptionBlocks(blocks...))
		return err
	})
}
