package bot

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// ackTimeout bounds one acknowledgement: AckCtx waits while the connection is down, and the
// event loop must never hang on it.
const ackTimeout = 3 * time.Second

// RunSocket answers over Socket Mode until ctx is cancelled (or the app token is refused),
// then stops taking events and finishes the answers in flight, waiting at most
// ShutdownTimeout. The socketmode client reconnects by itself on disconnect requests and
// dropped connections.
func (b *Bot) RunSocket(ctx context.Context) error {
	if b.client == nil {
		return errors.New("bot: socket mode needs a Slack client (use New)")
	}
	if b.cfg.AppToken == "" {
		return errors.New("bot: socket mode needs the app-level token (SLACK_APP_TOKEN, xapp-…)")
	}
	if err := b.identify(ctx); err != nil {
		return err
	}
	sm := socketmode.New(b.client, socketmode.OptionLog(slogLogger(b.rootLog, "socketmode")))

	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	b.start(workCtx)

	smCtx, stopSocket := context.WithCancel(ctx)
	defer stopSocket()
	runErr := make(chan error, 1)
	go func() { runErr <- sm.RunContext(smCtx) }()

	var err error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err = <-runErr:
			break loop
		case evt, ok := <-sm.Events:
			if !ok {
				break loop
			}
			b.onSocketEvent(ctx, sm, evt)
		}
	}
	b.log.Info("socket mode: stopping; finishing answers in flight", "grace", b.cfg.ShutdownTimeout.String())
	stopSocket()
	b.drain(stopWork)
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("socket mode (check SLACK_APP_TOKEN): %w", err)
	}
	return nil
}

// onSocketEvent acknowledges and dispatches one Socket Mode event. It runs on the event loop:
// everything slow is handed to a pool.
func (b *Bot) onSocketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		b.log.Debug("socket mode: connecting")
	case socketmode.EventTypeConnected:
		n := 0
		if c, ok := evt.Data.(*socketmode.ConnectedEvent); ok {
			n = c.ConnectionCount
		}
		b.log.Info("socket mode: connected", "connection", n+1)
	case socketmode.EventTypeHello:
		b.log.Debug("socket mode: hello")
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError,
		socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		b.log.Warn("socket mode: "+string(evt.Type), "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeInvalidAuth:
		b.log.Error("socket mode: invalid app token")
	case socketmode.EventTypeEventsAPI:
		b.ack(ctx, sm, evt, nil)
		if ev, ok := evt.Data.(slackevents.EventsAPIEvent); ok {
			retry := 0
			if evt.Request != nil {
				retry = evt.Request.RetryAttempt
			}
			b.onEventsAPI(ev, retry)
		}
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			b.ack(ctx, sm, evt, nil)
			return
		}
		reply, start := b.slashCommand(cmd)
		b.ack(ctx, sm, evt, reply)
		start()
	case socketmode.EventTypeInteractive:
		b.ack(ctx, sm, evt, nil)
		if ic, ok := evt.Data.(slack.InteractionCallback); ok {
			b.onInteraction(ic)
		}
	default:
		b.log.Debug("socket mode: event ignored", "type", evt.Type)
	}
}

// ack acknowledges an envelope, with a payload for slash commands.
func (b *Bot) ack(ctx context.Context, sm *socketmode.Client, evt socketmode.Event, payload map[string]any) {
	if evt.Request == nil || evt.Request.EnvelopeID == "" {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, ackTimeout)
	defer cancel()
	var p any // a nil map would go out as "payload": null
	if payload != nil {
		p = payload
	}
	if err := sm.AckCtx(ctx, evt.Request.EnvelopeID, p); err != nil {
		b.log.Warn("socket mode: ack", "envelope_id", evt.Request.EnvelopeID, "type", evt.Type, "err", err)
	}
}
