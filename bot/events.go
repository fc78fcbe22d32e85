package bot

import (
	"context"
	"time"

	"github.com/slack-go/slack/slackevents"

	"github.com/reportbot/reportbot/internal/metrics"
)

// onEventsAPI handles one Events API callback, from either mode, after Slack has been
// acknowledged. It never blocks: answers go to the worker pool.
func (b *Bot) onEventsAPI(ev slackevents.EventsAPIEvent, retryAttempt int) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok || cb == nil {
		b.log.Debug("events api: not a callback", "type", ev.Type)
		return
	}
	// Slack redelivers an event whose ack it did not see in time (up to three times), with the
	// same event_id.
	if cb.EventID != "" && !b.seen.addIfAbsent("event/"+cb.EventID, struct{}{}) {
		b.log.Info("duplicate delivery ignored", "event_id", cb.EventID, "retry_attempt", retryAttempt)
		return
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		b.onMention(cb.EventID, e)
	case *slackevents.MessageEvent:
		b.onMessage(cb.EventID, e)
	default:
		b.log.Debug("event ignored", "event_id", cb.EventID, "type", ev.InnerEvent.Type)
	}
}

// onMention answers an @mention in the message's thread.
func (b *Bot) onMention(eventID string, e *slackevents.AppMentionEvent) {
	self, _ := b.self()
	if e.BotID != "" || e.User == "" || e.User == self || e.Edited != nil {
		b.log.Debug("mention ignored (bot, edit or no user)", "event_id", eventID, "bot_id", e.BotID)
		return
	}
	root := e.ThreadTimeStamp
	if root == "" {
		root = e.TimeStamp
	}
	b.enqueue(eventID, question{
		text: cleanQuestion(e.Text, self), user: e.User, channel: e.Channel,
		threadTS: root, msgTS: e.TimeStamp, source: "mention",
		convKeys: []string{convKey(e.Channel, root)},
	})
}

// onMessage answers a direct message: in its thread when the user wrote in one, else at the
// top level of the DM. Messages with a subtype (edits, deletions, bot_message, joins…) and
// messages from bots are not questions.
func (b *Bot) onMessage(eventID string, e *slackevents.MessageEvent) {
	self, selfBot := b.self()
	if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == self ||
		(selfBot != "" && e.BotID == selfBot) {
		b.log.Debug("message ignored", "event_id", eventID, "channel_type", e.ChannelType, "subtype", e.SubType, "bot_id", e.BotID)
		return
	}
	q := question{
		text: cleanQuestion(e.Text, self), user: e.User, channel: e.Channel,
		threadTS: e.ThreadTimeStamp, msgTS: e.TimeStamp, source: "dm",
	}
	if e.ThreadTimeStamp != "" {
		q.convKeys = []string{convKey(e.Channel, e.ThreadTimeStamp)}
	} else {
		// The DM's top level is one conversation; a thread the user starts under this question
		// continues it too.
		q.convKeys = []string{convKey(e.Channel, ""), convKey(e.Channel, e.TimeStamp)}
	}
	b.enqueue(eventID, q)
}

// enqueue hands a question to the worker pool, once per Slack message: a message that arrives
// twice (as app_mention and as message.im, or redelivered under a new event id) is answered
// once. A question refused by a rate limit, too long, or finding the queue full gets a short
// reply instead.
func (b *Bot) enqueue(eventID string, q question) {
	if q.msgTS != "" && !b.seen.addIfAbsent("msg/"+q.channel+"/"+q.msgTS, struct{}{}) {
		b.log.Info("message already taken", "event_id", eventID, "channel", q.channel, "ts", q.msgTS)
		return
	}
	q.id, q.queued = newRequestID(), time.Now()
	log := q.logger(b.log)
	if refusal, ok := b.admit(log, q); !ok {
		b.refuse(log, q, refusal)
		return
	}
	if b.work.submitJob(job{run: func(ctx context.Context) { b.answerInChannel(ctx, q) }, drop: func() { b.tellRestart(q) }}) {
		log.Debug("question queued", "event_id", eventID)
		return
	}
	b.m.Question(q.source, metrics.OutcomeBusy)
	log.Warn("busy: question not taken", "event_id", eventID, "pending", b.work.pending())
	b.refuse(log, q, busyText)
}
