package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// observedAPI counts failed Slack calls by method.
type observedAPI struct {
	slackAPI
	m *metrics.Metrics
}

// observeAPI wraps api so that failures reach m (api itself when m is nil).
func observeAPI(api slackAPI, m *metrics.Metrics) slackAPI {
	if m == nil {
		return api
	}
	return &observedAPI{slackAPI: api, m: m}
}

func (o *observedAPI) count(method string, err error) {
	if err != nil {
		o.m.SlackError(method)
	}
}

// AuthTestContext calls auth.test.
func (o *observedAPI) AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error) {
	r, err := o.slackAPI.AuthTestContext(ctx)
	o.count("auth.test", err)
	return r, err
}

// PostMessageContext calls chat.postMessage, or posts to a response URL when channelID is ""
// (as respondURL and share do).
func (o *observedAPI) PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error) {
	ch, ts, err := o.slackAPI.PostMessageContext(ctx, channelID, options...)
	method := "chat.postMessage"
	if channelID == "" {
		method = "response_url"
	}
	o.count(method, err)
	return ch, ts, err
}

// UpdateMessageContext calls chat.update.
func (o *observedAPI) UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, string, error) {
	ch, ts, text, err := o.slackAPI.UpdateMessageContext(ctx, channelID, timestamp, options...)
	o.count("chat.update", err)
	return ch, ts, text, err
}

// PostEphemeralContext calls chat.postEphemeral.
func (o *observedAPI) PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error) {
	ts, err := o.slackAPI.PostEphemeralContext(ctx, channelID, userID, options...)
	o.count("chat.postEphemeral", err)
	return ts, err
}

// newRequestID names one question in the logs.
func newRequestID() string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "t" + time.Now().Format("150405.000000")
	}
	return hex.EncodeToString(b[:])
}

// timings are the stage durations of one answered question.
type timings struct {
	queue, ask, post, total time.Duration
	clock                   *metrics.Clock
}

// outcomeOf classifies a question's end for the questions metric: delivery_failed when Slack
// did not accept its final message (delivery), else by the answer's result.
func outcomeOf(err, delivery error) string {
	switch {
	case delivery != nil:
		return metrics.OutcomeDeliveryFailed
	case errors.Is(err, context.Canceled):
		return metrics.OutcomeRestarted
	case err == nil:
		return metrics.OutcomeAnswered
	case isInvalid(err):
		return metrics.OutcomeInvalid
	case isTimeout(err):
		return metrics.OutcomeTimeout
	}
	return metrics.OutcomeError
}

// finish records a question's outcome, stage timings and fallbacks, and logs its summary with
// the stage timings (never the tokens: nothing here holds them). delivery is the error of
// putting the final message in place: a question counts as answered only when Slack accepted
// it.
func (b *Bot) finish(log *slog.Logger, q question, t timings, a *answer.Answer, err, delivery error) {
	outcome := outcomeOf(err, delivery)
	b.m.Question(q.source, outcome)
	model := t.clock.ModelTime()
	retrieve := max(t.ask-model, 0)
	b.m.Stage(metrics.StageQueue, t.queue)
	b.m.Stage(metrics.StageRetrieve, retrieve)
	if model > 0 {
		b.m.Stage(metrics.StageModel, model)
	}
	b.m.Stage(metrics.StagePost, t.post)
	b.m.Stage(metrics.StageTotal, t.total)
	attrs := []any{"outcome", outcome, "queue_ms", t.queue.Milliseconds(), "retrieve_ms", retrieve.Milliseconds(),
		"model_ms", model.Milliseconds(), "post_ms", t.post.Milliseconds(), "elapsed_ms", t.total.Milliseconds()}
	if delivery != nil {
		log.Error("final message not delivered", append(attrs, "err", delivery.Error(), "may_have_landed", mayHaveLanded(delivery))...)
		return
	}
	if err != nil {
		log.Info("question not answered", attrs...)
		return
	}
	var fellBack []string
	for _, f := range t.clock.Fallbacks(a.Mode == answer.ModeLLM) {
		b.m.Fallback(f.Stage, f.Reason)
		fellBack = append(fellBack, f.Stage+":"+f.Reason)
	}
	if len(fellBack) > 0 {
		attrs = append(attrs, "fallbacks", fellBack)
	}
	log.Info("answered", append(attrs, "answer_id", a.ID, "question", truncate(q.text, 200), "mode", a.Mode,
		"grounded", a.Grounded, "citations", len(a.Citations))...)
}
