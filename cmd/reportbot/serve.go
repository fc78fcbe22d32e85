package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/reportbot/reportbot/bot"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/internal/reload"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// runServe runs the Slack bot in Socket Mode (default: no public URL needed) or HTTP mode. It
// follows the store: a new generation written by `reportbot ingest` is loaded while questions
// keep being answered (internal/reload).
func runServe(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	modeFlag := fs.String("mode", string(config.ModeSocket), "how Slack reaches the bot: socket (Socket Mode, outbound websocket) or http (Events API on --addr)")
	addr := fs.String("addr", ":3000", "listen address in http mode (also serves /metrics, /healthz and /readyz; /healthz at once, /readyz once the store is loaded)")
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	fs.StringVar(&cfg.MetricsAddr, "metrics-addr", cfg.MetricsAddr, "serve /metrics, /healthz and /readyz on this address, e.g. 127.0.0.1:9090 (env REPORTBOT_METRICS_ADDR; default off)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: reportbot serve [--mode socket|http] [--addr :3000] [--db DIR] [--metrics-addr HOST:PORT]")
		fmt.Fprintln(fs.Output(), "\nSocket mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; http mode needs SLACK_BOT_TOKEN and")
		fmt.Fprintln(fs.Output(), "SLACK_SIGNING_SECRET. SLACK_API_URL overrides the Web API base URL (GovSlack, tests).")
		fmt.Fprintf(fs.Output(), "A new store generation (reportbot ingest) is picked up within REPORTBOT_RELOAD_INTERVAL (%s) or on SIGHUP.\n", config.DefaultReloadInterval)
		fmt.Fprintf(fs.Output(), "Limits: REPORTBOT_RATE_USER (%s), REPORTBOT_RATE_GLOBAL (%s), REPORTBOT_WORKERS (%d), REPORTBOT_QUEUE (%d).\n",
			config.DefaultRateUser, config.DefaultRateGlobal, config.DefaultWorkers, config.DefaultQueue)
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments (got %q)", errUsage, strings.Join(fs.Args(), " "))
	}
	mode, err := config.ParseMode(*modeFlag)
	if err != nil {
		return fmt.Errorf("%w: --mode: %v", errUsage, err)
	}
	if err := cfg.SlackCheck(mode); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logger := newLogger(e.stderr, cfg.LogLevel)
	log := logger.With("component", "serve")
	m := metrics.New()
	st := &serveState{}
	ops := metrics.OpsHandler(m, st.ready)

	// SIGHUP asks for a reload; caught from here on, so that one sent while the store loads
	// does not end the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	// Up before the store loads: /healthz answers at once, /readyz says when the store is in.
	if cfg.MetricsAddr != "" {
		stopOps, err := serveOps(cfg.MetricsAddr, ops, log)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer stopOps()
	}
	var slackLn *handoff
	if mode == config.ModeHTTP {
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("serve: listen on --addr %s: %w", *addr, err)
		}
		slackLn = newHandoff(ln)
		defer slackLn.Close()
		stopLoading := slackLn.serveWhileLoading(ops, log)
		defer stopLoading()
		log.Info("http mode: answering /healthz while the store loads", "addr", ln.Addr().String())
	}

	svc, gen, err := openService(ctx, e, cfg, logger, true)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	st.loaded(svc, gen, m)
	m.SetBreakerProbe(func() (uint64, uint64, bool) {
		bs := svc.Breaker().Stats()
		return bs.Opens, bs.Skips, bs.Open
	})
	w := reload.New(reload.Options{
		Current:  func() (string, error) { return store.Current(cfg.DB) },
		Load:     func() (string, error) { return st.reload(cfg, logger, m) },
		Interval: cfg.ReloadInterval,
		Logger:   logger.With("component", "reload", "db", cfg.DB),
	}, gen)
	watchCtx, stopWatch := context.WithCancel(ctx)
	var watching sync.WaitGroup
	defer func() { stopWatch(); watching.Wait() }()
	watching.Go(func() { w.Run(watchCtx, hup) })

	bcfg := bot.Config{
		BotToken:      cfg.SlackBotToken,
		AppToken:      cfg.SlackAppToken,
		SigningSecret: cfg.SlackSigningSecret,
		APIURL:        cfg.SlackAPIURL,
		Workers:       cfg.Workers,
		Queue:         cfg.Queue,
		AnswerTimeout: cfg.AnswerTimeout,
		UserRate:      cfg.RateUser,
		GlobalRate:    cfg.RateGlobal,
		Metrics:       m,
	}
	if mode == config.ModeHTTP {
		bcfg.Ops = ops
	}
	b, err := bot.New(bcfg, svc, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	st.bot.Store(b)
	log.Info("starting", "mode", mode, "db", cfg.DB, "generation", gen, "model", cfg.ChatEnabled(),
		"api_url", cfg.SlackAPIURLRedacted(), "rate_user", cfg.RateUser.String(), "rate_global", cfg.RateGlobal.String(),
		"workers", cfg.Workers, "queue", cfg.Queue, "reload_interval", reload.Every(cfg.ReloadInterval), "metrics_addr", cfg.MetricsAddr)

	if mode == config.ModeSocket {
		err = b.RunSocket(ctx)
	} else {
		err = b.RunHTTP(ctx, slackLn.next())
	}
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("stopped")
	return nil
}

// serveOps serves the operational endpoints on addr until the returned stop is called.
func serveOps(addr string, h http.Handler, log *slog.Logger) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on --metrics-addr %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	go func() { _ = srv.Serve(ln) }()
	log.Info("ops: listening", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}

// serveState is what /readyz reports: the answer service once the store is loaded, the
// generation it answers from, and the bot (not ready while it drains).
type serveState struct {
	svc atomic.Pointer[answer.Service]
	gen atomic.Pointer[string]
	bot atomic.Pointer[bot.Bot]
}

// ready is the /readyz check: ready once an index is loaded, until a shutdown starts draining.
func (s *serveState) ready() (string, error) {
	if b := s.bot.Load(); b != nil && b.Draining() {
		return "", errors.New("shutting down: finishing the answers in flight, taking no new questions")
	}
	svc := s.svc.Load()
	if svc == nil || svc.Index() == nil {
		return "", errors.New("the store is still loading")
	}
	ix := svc.Index()
	return fmt.Sprintf("generation %s, %d reports, %d chunks", *s.gen.Load(), len(ix.Reports), ix.NumChunks()), nil
}

// loaded records a service answering from generation gen.
func (s *serveState) loaded(svc *answer.Service, gen string, m *metrics.Metrics) {
	s.gen.Store(&gen)
	s.svc.Store(svc)
	s.installed(gen, m)
}

// installed accounts for a newly loaded generation.
func (s *serveState) installed(gen string, m *metrics.Metrics) {
	ix := s.svc.Load().Index()
	// Loading a store allocates about twice the index in garbage (chromem's gob import); give it
	// back to the OS now rather than carrying it for a long-running server (tens of ms at 100×).
	debug.FreeOSMemory()
	m.SetIndex(gen, ix.Manifest.Embedder, ix.NumChunks(), len(ix.Reports), time.Now())
}

// reload loads the store's live generation beside the one in use and swaps it in
// (answer.Service.SetIndex), so that questions in flight finish on the index they started
// with. It is reload.Options.Load.
func (s *serveState) reload(cfg config.Config, logger *slog.Logger, m *metrics.Metrics) (string, error) {
	ix, gen, err := loadIndex(cfg, logger, true)
	if err != nil {
		m.Reload(metrics.ReloadError)
		return "", err
	}
	s.svc.Load().SetIndex(ix)
	s.gen.Store(&gen)
	s.installed(gen, m)
	m.Reload(metrics.ReloadOK)
	return gen, nil
}
