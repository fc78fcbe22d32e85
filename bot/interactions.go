package bot

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

// onInteraction handles button clicks on answers, after Slack has been acknowledged. Feedback
// is logged at once; replies go to the quick pool.
func (b *Bot) onInteraction(ic slack.InteractionCallback) {
	if ic.Type != slack.InteractionTypeBlockActions {
		b.log.Debug("interaction ignored", "type", ic.Type)
		return
	}
	for _, act := range ic.ActionCallback.BlockActions {
		name, answerID, _ := strings.Cut(act.ActionID, ":")
		switch name {
		case actionFeedbackUp, actionFeedbackDown:
			b.onFeedback(ic, act, name == actionFeedbackUp, answerID)
		case actionShare:
			// A double click would post the answer twice.
			if !b.seen.addIfAbsent("share/"+answerID+"/"+ic.User.ID, struct{}{}) {
				b.log.Info("share: already shared", "answer_id", answerID, "user", ic.User.ID)
				continue
			}
			b.submitQuick(ic, func(ctx context.Context) { b.share(ctx, ic, answerID) })
		default:
			b.log.Debug("action ignored", "action_id", act.ActionID)
		}
	}
}

// onFeedback logs a 👍/👎 with the answer id and the question, then thanks the user privately.
func (b *Bot) onFeedback(ic slack.InteractionCallback, act *slack.BlockAction, up bool, answerID string) {
	vote := "down"
	if up {
		vote = "up"
	}
	q := act.Value // the button carries the question, so feedback survives a restart
	if stored, ok := b.answers.get(answerID); ok {
		q = stored.ans.Question
	}
	b.log.Info("feedback", "vote", vote, "answer_id", answerID, "question", q, "user", ic.User.ID,
		"channel", channelOf(ic), "message_ts", ic.Container.MessageTs)
	b.submitQuick(ic, func(ctx context.Context) {
		blocks, fallback := noticeBlocks(":pray:", "Thanks for the feedback.")
		if err := b.respondURL(ctx, ic.ResponseURL, slack.ResponseTypeEphemeral, false, blocks, fallback); err != nil {
			b.log.Warn("thank for feedback", "answer_id", answerID, "err", err)
		}
	})
}

// share posts an ephemeral /ask answer publicly in the channel and removes the private copy.
func (b *Bot) share(ctx context.Context, ic slack.InteractionCallback, answerID string) {
	log := b.log.With("answer_id", answerID, "user", ic.User.ID, "channel", channelOf(ic))
	stored, ok := b.answers.get(answerID)
	if !ok {
		log.Info("share: answer no longer held")
		blocks, fallback := noticeBlocks(":hourglass:", "That answer can no longer be shared (answers are kept for 30 minutes). Run `/ask` again to get a fresh one.")
		if err := b.respondURL(ctx, ic.ResponseURL, slack.ResponseTypeEphemeral, false, blocks, fallback); err != nil {
			log.Warn("share: tell expiry", "err", err)
		}
		return
	}
	blocks, fallback := answerBlocks(stored.ans, renderOptions{question: true, feedback: true, sharedBy: ic.User.ID, chartText: true})
	if err := b.respondURL(ctx, ic.ResponseURL, slack.ResponseTypeInChannel, false, blocks, fallback); err != nil {
		log.Error("share: post in channel", "err", err)
		nb, nf := noticeBlocks(":warning:", "Sorry, I couldn't share that answer here. Please try again, or copy it.")
		_ = b.respondURL(ctx, ic.ResponseURL, slack.ResponseTypeEphemeral, false, nb, nf)
		return
	}
	dctx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
	defer cancel()
	if _, _, err := b.api.PostMessageContext(dctx, "", slack.MsgOptionDeleteOriginal(ic.ResponseURL)); err != nil {
		log.Warn("share: remove the private copy", "err", err)
	}
	log.Info("answer shared")
}

// submitQuick runs a click's reply on the quick pool.
func (b *Bot) submitQuick(ic slack.InteractionCallback, job func(ctx context.Context)) {
	if !b.quick.submit(job) {
		b.log.Warn("busy: click not handled", "user", ic.User.ID, "channel", channelOf(ic))
	}
}

func channelOf(ic slack.InteractionCallback) string {
	if ic.Channel.ID != "" {
		return ic.Channel.ID
	}
	return ic.Container.ChannelID
}
