// Package bot puts the answer service on Slack: Socket Mode and HTTP (Events API, slash
// commands, interactivity), request verification, de-duplication of redeliveries, a bounded
// worker pool, and Block Kit rendering of cited answers. It never retrieves or answers by
// itself; it calls the same answer service the CLI calls.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// Answerer answers one question; *answer.Service is the real one.
type Answerer interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Answer, error)
}

var _ Answerer = (*answer.Service)(nil)

// slackAPI is the part of the Slack Web API the bot calls. Response URLs are posted through
// PostMessageContext with slack.MsgOptionResponseURL.
type slackAPI interface {
	AuthTestContext(ctx context.Context) (*slack.AuthTestResponse, error)
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...slack.MsgOption) (string, string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
	// UploadFileContext is slack-go's external upload flow (files.getUploadURLExternal, the
	// upload, files.completeUploadExternal; UploadFileV2 in earlier versions): answer charts.
	UploadFileContext(ctx context.Context, params slack.UploadFileParameters) (*slack.FileSummary, error)
}

var _ slackAPI = (*slack.Client)(nil)

// Config configures a Bot. Zero durations and counts take the defaults noted.
type Config struct {
	// BotToken (xoxb-…) is needed in both modes, AppToken (xapp-…) in Socket Mode and
	// SigningSecret in HTTP mode (config.Config.SlackCheck checks them).
	BotToken      string
	AppToken      string
	SigningSecret string
	// APIURL overrides the Web API base URL, e.g. https://slack-gov.com/api or a test server
	// (default https://slack.com/api).
	APIURL string

	// Workers bounds how many questions are answered at once (default config.DefaultWorkers);
	// Queue bounds how many wait (config.DefaultQueue). Questions beyond that get a "busy"
	// reply.
	Workers int
	Queue   int
	// AnswerTimeout bounds one answer, from question to the final message
	// (config.DefaultAnswerTimeout).
	AnswerTimeout time.Duration
	// APITimeout bounds one Slack API call, including 429 waits (config.DefaultSlackAPITimeout).
	APITimeout time.Duration
	// StreamInterval is the least time between two edits of a message
	// (config.DefaultStreamInterval: chat.update is a tier-3 method).
	StreamInterval time.Duration
	// ShutdownTimeout bounds how long shutdown waits for answers in flight (config.DefaultShutdownTimeout); then
	// they are cancelled and their askers told to ask again.
	ShutdownTimeout time.Duration
	// DeliverTimeout bounds putting one final message in place, retries included (default
	// 60s). It runs under a context of its own, so an answer that timed out or was cancelled
	// still gets its final message.
	DeliverTimeout time.Duration
	// Retries is how often a Web API call is retried: after HTTP 429 (honouring Retry-After,
	// inside the Slack client), and after a 5xx, a timeout or a network error when repeating the
	// call cannot show a message twice (default 3, backing off 0.5s, 1s, 2s).
	Retries int

	// UserRate and GlobalRate limit the questions taken from one user and from everyone
	// together (token buckets; the zero Rate is no limit). A refused question gets a short
	// reply saying when to retry. `reportbot serve` sets them from REPORTBOT_RATE_USER and
	// REPORTBOT_RATE_GLOBAL.
	UserRate   Rate
	GlobalRate Rate
	// Metrics receives question counts, stage timings and Slack errors (nil: none).
	Metrics *metrics.Metrics
	// Ops, when set, serves GET /metrics, /healthz and /readyz in HTTP mode, on the same
	// listener as Slack's routes (metrics.OpsHandler).
	Ops http.Handler
}

// setDefaults fills the zero settings with config's defaults (the one place they are named).
func (c *Config) setDefaults() {
	if c.Workers <= 0 {
		c.Workers = config.DefaultWorkers
	}
	if c.Queue <= 0 {
		c.Queue = config.DefaultQueue
	}
	if c.AnswerTimeout <= 0 {
		c.AnswerTimeout = config.DefaultAnswerTimeout
	}
	if c.APITimeout <= 0 {
		c.APITimeout = config.DefaultSlackAPITimeout
	}
	if c.StreamInterval <= 0 {
		c.StreamInterval = config.DefaultStreamInterval
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = config.DefaultShutdownTimeout
	}
	if c.Retries <= 0 {
		c.Retries = config.DefaultSlackRetries
	}
	if c.DeliverTimeout <= 0 {
		c.DeliverTimeout = time.Minute
	}
}

// Bot answers Slack questions with the answer service.
type Bot struct {
	cfg    Config
	client *slack.Client // nil when a test hands in api directly
	api    slackAPI
	ans    Answerer
	log    *slog.Logger // component=bot
	// rootLog is the logger as handed in, for the Slack library's own component loggers.
	rootLog *slog.Logger

	// self is the bot's own identity, learned from auth.test at start.
	selfMu    sync.RWMutex
	botUserID string
	botID     string

	seen    *lru[struct{}]      // event ids and message keys already taken
	convs   *lru[[]answer.Turn] // conversation key → earlier turns
	answers *lru[storedAnswer]  // answer id → answer, for "Share in channel" and feedback
	work    *pool               // answers
	quick   *pool               // button clicks: never stuck behind slow answers
	notices *pool               // "busy", "slow down" and "too long" replies
	limit   *limiter
	m       *metrics.Metrics

	// sleep waits between retries of a Slack call (tests hand in a clock of their own).
	sleep func(ctx context.Context, d time.Duration) error
	// draining is set when shutdown begins: HTTP mode answers Slack with 503 from then on.
	draining atomic.Bool
}

// storedAnswer is what a later button click needs of an answer.
type storedAnswer struct {
	ans   *answer.Answer
	asker string
}

// New returns a Bot. It does not contact Slack; RunSocket and RunHTTP do, and a bad token
// fails there (auth.test). Which tokens a mode needs is checked by config.Config.SlackCheck
// before a Bot is built.
func New(cfg Config, ans Answerer, logger *slog.Logger) (*Bot, error) {
	if ans == nil {
		return nil, errors.New("bot: an answer service is required")
	}
	cfg.setDefaults()
	retries := cfg.Retries
	// Keep a connection per worker: the default of 2 idle connections per host makes most calls
	// under load open a new connection (and a TLS handshake) to Slack.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConnsPerHost = max(cfg.Workers, 8) + 8
	opts := []slack.Option{
		slack.OptionHTTPClient(&http.Client{Transport: transport}),
		slack.OptionRetry(retries), // after the client: wraps it. 429 only, honouring Retry-After
		slack.OptionLog(slogLogger(logger, "slack")),
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	if cfg.APIURL != "" {
		// slack-go appends method names to the base URL as is: the trailing slash is required.
		opts = append(opts, slack.OptionAPIURL(strings.TrimRight(cfg.APIURL, "/")+"/"))
	}
	client := slack.New(cfg.BotToken, opts...)
	b := newBot(cfg, client, ans, logger)
	b.client = client
	return b, nil
}

// newBot wires a Bot around any slackAPI (tests hand in fakes).
func newBot(cfg Config, api slackAPI, ans Answerer, logger *slog.Logger) *Bot {
	cfg.setDefaults()
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	b := &Bot{
		cfg:     cfg,
		api:     observeAPI(api, cfg.Metrics),
		ans:     ans,
		log:     logger.With("component", "bot"),
		rootLog: logger,
		seen:    newLRU[struct{}](20000, 30*time.Minute),
		convs:   newLRU[[]answer.Turn](2000, 2*time.Hour),
		answers: newLRU[storedAnswer](2000, 30*time.Minute), // response URLs live 30 minutes
		work:    newPool(cfg.Workers, cfg.Queue),
		quick:   newPool(4, 100),
		notices: newPool(4, noticeQueue),
		limit:   newLimiter(cfg.UserRate, cfg.GlobalRate),
		m:       cfg.Metrics,
		sleep:   sleepFor,
	}
	onPanic := func(v any) { b.log.Error("panic in a job", "panic", v, "stack", string(debug.Stack())) }
	b.work.onPanic, b.quick.onPanic, b.notices.onPanic = onPanic, onPanic, onPanic
	b.m.SetQueueProbe(func() (int, int) { return b.work.queued(), b.work.runningNow() })
	return b
}

// identify learns the bot's user and bot ids, so that its own messages and mentions can be told
// apart, and checks the bot token on the way.
func (b *Bot) identify(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, b.cfg.APITimeout)
	defer cancel()
	r, err := b.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("slack auth.test (check SLACK_BOT_TOKEN and SLACK_API_URL): %w", err)
	}
	b.selfMu.Lock()
	b.botUserID, b.botID = r.UserID, r.BotID
	b.selfMu.Unlock()
	b.log.Info("connected to slack", "team", r.Team, "bot_user", r.UserID, "bot_id", r.BotID)
	return nil
}

func (b *Bot) self() (userID, botID string) {
	b.selfMu.RLock()
	defer b.selfMu.RUnlock()
	return b.botUserID, b.botID
}

// start starts the worker pools with the work context (cancelled only after the shutdown grace
// period, so that answers in flight can finish).
func (b *Bot) start(workCtx context.Context) {
	b.work.start(workCtx)
	b.quick.start(workCtx)
	b.notices.start(workCtx)
}

// restartNoticeTimeout bounds telling the askers of questions cut short by a shutdown to ask
// again: each such notice gets this long, from a context of its own, once the answers'
// context has been cancelled.
const restartNoticeTimeout = 5 * time.Second

// restartText tells an asker their question was cut short by a restart.
const restartText = "I was restarting and couldn't answer this one. Please ask again in a minute."

// Draining reports whether a shutdown has begun: the bot takes no new questions and finishes
// those it took (/readyz then reports not ready).
func (b *Bot) Draining() bool { return b.draining.Load() }

// drain stops taking work and finishes what was taken: questions still queued are not
// answered but their askers are told at once to ask again; answers in flight get
// ShutdownTimeout to finish, and are then cancelled, which makes them end with the same
// notice (sent under a fresh context, each with restartNoticeTimeout). The caller has stopped
// the intake first (Socket Mode stops reading; HTTP mode answers 503 so Slack redelivers).
func (b *Bot) drain(stopWork context.CancelFunc) {
	deadline := time.Now().Add(b.cfg.ShutdownTimeout)
	b.draining.Store(true)
	queued := b.work.queued()
	b.work.dropQueued(4)
	pools := []*pool{b.work, b.quick, b.notices}
	for _, p := range pools {
		p.close()
	}
	if queued > 0 {
		b.log.Info("shutdown: telling the askers of queued questions to ask again", "queued", queued)
	}
	ok := true
	for _, p := range pools {
		ok = p.wait(time.Until(deadline)) && ok
	}
	if ok {
		b.log.Info("shutdown: all answers finished")
		return
	}
	b.log.Warn("shutdown: answers still running after the grace period; cancelling them and telling their askers",
		"grace", b.cfg.ShutdownTimeout.String(), "pending", b.work.pending()+b.quick.pending()+b.notices.pending())
	stopWork()
	for _, p := range pools {
		if !p.wait(restartNoticeTimeout + time.Second) {
			b.log.Error("shutdown: gave up waiting for answers to end", "pending", p.pending())
		}
	}
}

// slogLogger adapts slog to the Printf-style logger slack-go wants.
func slogLogger(l *slog.Logger, component string) *slogPrinter {
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	return &slogPrinter{l: l.With("component", component)}
}

// slogPrinter satisfies slack-go's logger interface (Output) by logging at debug level.
type slogPrinter struct{ l *slog.Logger }

// Output logs one line of slack-go's debug output.
func (p *slogPrinter) Output(_ int, s string) error {
	p.l.Debug(strings.TrimSpace(s))
	return nil
}
