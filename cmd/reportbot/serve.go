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
	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
)

// Serving defaults, for the settings whose config value is zero.
const (
	defaultRateUser         = "6/min"
	defaultRateGlobal       = "120/min"
	defaultReloadInterval   = 2 * time.Second
	defaultRetrievalTimeout = 10 * time.Second
)

// serveDefaults fills the zero serving settings of cfg with the defaults.
func serveDefaults(cfg config.Config) config.Config {
	if cfg.RateUser == "" {
		cfg.RateUser = defaultRateUser
	}
	if cfg.RateGlobal == "" {
		cfg.RateGlobal = defaultRateGlobal
	}
	if cfg.ReloadInterval == 0 {
		cfg.ReloadInterval = defaultReloadInterval
	}
	if cfg.RetrievalTimeout <= 0 {
		cfg.RetrievalTimeout = defaultRetrievalTimeout
	}
	return cfg
}

// runServe runs the Slack bot in Socket Mode (default: no public URL needed) or HTTP mode. It
// follows the store: a new generation written by `reportbot ingest` is loaded while questions
// keep being answered (see storeWatch).
func runServe(ctx context.Context, e env, args []string) error {
	cfg := serveDefaults(config.Load(e.getenv))
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	mode := fs.String("mode", "socket", "how Slack reaches the bot: socket (Socket Mode, outbound websocket) or http (Events API on --addr)")
	addr := fs.String("addr", ":3000", "listen address in http mode (also serves /metrics, /healthz and /readyz)")
	db := fs.String("db", "", "store directory (default $REPORTBOT_DB, else ~/.local/share/reportbot)")
	metricsAddr := fs.String("metrics-addr", cfg.MetricsAddr, "serve /metrics, /healthz and /readyz on this address, e.g. 127.0.0.1:9090 (env REPORTBOT_METRICS_ADDR; default off)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: reportbot serve [--mode socket|http] [--addr :3000] [--db DIR] [--metrics-addr HOST:PORT]")
		fmt.Fprintln(fs.Output(), "\nSocket mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN; http mode needs SLACK_BOT_TOKEN and")
		fmt.Fprintln(fs.Output(), "SLACK_SIGNING_SECRET. SLACK_API_URL overrides the Web API base URL (GovSlack, tests).")
		fmt.Fprintln(fs.Output(), "A new store generation (reportbot ingest) is picked up within REPORTBOT_RELOAD_INTERVAL (2s) or on SIGHUP.")
		fmt.Fprintln(fs.Output(), "Limits: REPORTBOT_RATE_USER (6/min), REPORTBOT_RATE_GLOBAL (120/min), REPORTBOT_WORKERS, REPORTBOT_QUEUE.")
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments (got %q)", errUsage, strings.Join(fs.Args(), " "))
	}
	if *mode != "socket" && *mode != "http" {
		return fmt.Errorf("%w: --mode must be socket or http, not %q", errUsage, *mode)
	}
	if *db != "" {
		cfg.DB = *db
	}
	if err := checkSlackConfig(cfg, *mode); err != nil {
		return err
	}
	userRate, err := bot.ParseRate(cfg.RateUser)
	if err != nil {
		return fmt.Errorf("serve: REPORTBOT_RATE_USER: %w", err)
	}
	globalRate, err := bot.ParseRate(cfg.RateGlobal)
	if err != nil {
		return fmt.Errorf("serve: REPORTBOT_RATE_GLOBAL: %w", err)
	}
	logger := newLogger(e.stderr, cfg.LogLevel)
	log := logger.With("component", "serve")
	m := metrics.New()
	w := &storeWatch{cfg: cfg, logger: logger, log: logger.With("component", "reload"), m: m}
	ops := metrics.OpsHandler(m, w.ready)

	// SIGHUP asks for a reload; caught from here on, so that one sent while the store loads
	// does not end the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	if *metricsAddr != "" { // up before the store loads: /readyz says when it has
		stopOps, err := serveOps(*metricsAddr, ops, log)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		defer stopOps()
	}
	if err := w.loadFirst(ctx, e); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	watchCtx, stopWatch := context.WithCancel(ctx)
	var watching sync.WaitGroup
	defer func() { stopWatch(); watching.Wait() }()
	watching.Go(func() { w.run(watchCtx, cfg.ReloadInterval, hup) })

	bcfg := bot.Config{
		BotToken:      cfg.SlackBotToken,
		AppToken:      cfg.SlackAppToken,
		SigningSecret: cfg.SlackSigningSecret,
		APIURL:        cfg.SlackAPIURL,
		Workers:       cfg.Workers,
		Queue:         cfg.Queue,
		AnswerTimeout: cfg.AnswerTimeout,
		UserRate:      userRate,
		GlobalRate:    globalRate,
		Metrics:       m,
	}
	if *mode == "http" {
		bcfg.Ops = ops
	}
	b, err := bot.New(bcfg, w.svc.Load(), logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("starting", "mode", *mode, "db", cfg.DB, "generation", w.generation(), "model", cfg.ChatEnabled(),
		"api_url", cfg.SlackAPIURL, "rate_user", userRate.String(), "rate_global", globalRate.String(),
		"reload_interval", every(cfg.ReloadInterval), "metrics_addr", *metricsAddr)

	if *mode == "socket" {
		err = b.RunSocket(ctx)
	} else {
		ln, lerr := net.Listen("tcp", *addr)
		if lerr != nil {
			return fmt.Errorf("serve: listen on %s: %w", *addr, lerr)
		}
		err = b.RunHTTP(ctx, ln)
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

// storeWatch keeps the answer service on the store's live generation. It polls the store's
// CURRENT file (cheap, and portable where file notifications are not) and reloads on SIGHUP;
// a new index is built beside the one in use and swapped in with answer.Service.SetIndex, so
// questions in flight finish on the index they started with. A generation that fails to load
// is logged and skipped; the old index stays in use.
type storeWatch struct {
	cfg    config.Config
	logger *slog.Logger // root logger, for the query embedder
	log    *slog.Logger // component=reload
	m      *metrics.Metrics

	svc atomic.Pointer[answer.Service]
	gen atomic.Pointer[string] // the generation in use
	// Only the watch goroutine touches these.
	failed  string // the generation that failed to load last; retried on SIGHUP only
	pollErr string // the last error reading CURRENT, so that it is logged once
}

// generation returns the generation in use ("" before the first load).
func (w *storeWatch) generation() string {
	if g := w.gen.Load(); g != nil {
		return *g
	}
	return ""
}

// ready is the /readyz check: ready once an index is loaded.
func (w *storeWatch) ready() (string, error) {
	svc := w.svc.Load()
	if svc == nil || svc.Index() == nil {
		return "", errors.New("the store is still loading")
	}
	return fmt.Sprintf("generation %s, %d reports, %d chunks", w.generation(), len(svc.Index().Reports), len(svc.Index().Chunks)), nil
}

// loadFirst loads the store at start, ingesting the bundled corpus first when there is none
// (as loadIndex does for ask), and builds the answer service.
func (w *storeWatch) loadFirst(ctx context.Context, e env) error {
	ix, gen, err := openServeIndex(w.cfg, w.logger)
	if errors.Is(err, store.ErrNoStore) {
		fmt.Fprintf(e.stderr, "reportbot: no store at %s yet; ingesting the bundled corpus first (%s)\n", w.cfg.DB, data.CorpusName)
		if err := ingestBundled(ctx, e, w.cfg, w.logger); err != nil {
			return err
		}
		ix, gen, err = openServeIndex(w.cfg, w.logger)
	}
	if errors.Is(err, store.ErrNoStore) {
		return fmt.Errorf("%w: run `reportbot ingest` first (or pass --db DIR)", err)
	}
	if err != nil {
		return err
	}
	w.svc.Store(newServeService(w.cfg, w.logger, ix))
	w.installed(gen, ix)
	return nil
}

func (w *storeWatch) installed(gen string, ix *retrieval.Index) {
	w.gen.Store(&gen)
	w.failed = ""
	// Loading a store allocates about twice the index in garbage (chromem's gob import); give it
	// back to the OS now rather than carrying it for a long-running server (tens of ms at 100×).
	debug.FreeOSMemory()
	w.m.SetIndex(gen, ix.Manifest.Embedder, len(ix.Chunks), len(ix.Reports), time.Now())
}

// run checks the store every interval (never when interval is not positive) and on every
// signal from hup, until ctx is done.
func (w *storeWatch) run(ctx context.Context, interval time.Duration, hup <-chan os.Signal) {
	var tick <-chan time.Time
	if interval > 0 {
		t := time.NewTicker(interval)
		defer t.Stop()
		tick = t.C
	}
	w.log.Info("watching the store for new generations", "db", w.cfg.DB, "interval", every(interval), "generation", w.generation())
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick:
			w.check(false)
		case <-hup:
			w.log.Info("SIGHUP: reloading the store")
			w.check(true)
		}
	}
}

// check reloads when CURRENT names a generation other than the one in use and the one that
// failed last; force (SIGHUP) reloads in any case.
func (w *storeWatch) check(force bool) {
	cur, err := store.Current(w.cfg.DB)
	if err != nil {
		if msg := err.Error(); msg != w.pollErr || force {
			w.pollErr = msg
			w.log.Warn("cannot read the store's CURRENT file; still answering from the generation in use",
				"generation", w.generation(), "err", err)
		}
		return
	}
	w.pollErr = ""
	if !force && (cur == w.generation() || cur == w.failed) {
		return
	}
	w.reload(cur)
}

// reload loads the live generation (named cur when CURRENT was read) and swaps it in.
func (w *storeWatch) reload(cur string) {
	start := time.Now()
	old := w.generation()
	ix, gen, err := openServeIndex(w.cfg, w.logger)
	if err != nil {
		w.failed = cur
		w.m.Reload(metrics.ReloadError)
		w.log.Error("reload failed; still answering from the generation in use",
			"old_generation", old, "new_generation", cur, "err", err)
		return
	}
	w.svc.Load().SetIndex(ix)
	w.installed(gen, ix)
	w.m.Reload(metrics.ReloadOK)
	w.log.Info("reloaded the store", "old_generation", old, "new_generation", gen,
		"reports", len(ix.Reports), "chunks", len(ix.Chunks), "elapsed_ms", time.Since(start).Milliseconds())
}

// every says a polling interval for the log ("off" when there is none).
func every(d time.Duration) string {
	if d <= 0 {
		return "off (SIGHUP only)"
	}
	return d.String()
}

// openServeIndex loads the live generation the way loadIndex does (store.Open, the query
// embedder the store names, retrieval.NewIndex), with each query embedding under
// cfg.RetrievalTimeout, and says which generation it loaded.
func openServeIndex(cfg config.Config, logger *slog.Logger) (*retrieval.Index, string, error) {
	snap, err := store.Open(cfg.DB)
	if err != nil {
		return nil, "", err
	}
	fn, err := queryEmbedder(cfg, snap.Manifest, logger)
	if err != nil {
		return nil, snap.Generation, err
	}
	ix, err := retrieval.NewIndex(snap, snap.Manifest.Embedder, snap.Manifest.Dim, withDeadline(fn, cfg.RetrievalTimeout))
	if err != nil {
		return nil, snap.Generation, err
	}
	return ix, snap.Generation, nil
}

// withDeadline bounds each call of fn by d: the retrieval stage's deadline (with a model
// embedder the query embedding is a network call).
func withDeadline(fn embed.Func, d time.Duration) embed.Func {
	if d <= 0 {
		return fn
	}
	return func(ctx context.Context, text string) ([]float32, error) {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return fn(ctx, text)
	}
}

// newServeService builds the answer service as openService does, with the model calls timed
// into each question's metrics.Clock (stage timings and fallback reasons).
func newServeService(cfg config.Config, logger *slog.Logger, ix *retrieval.Index) *answer.Service {
	opts := answer.Options{Logger: logger.With("component", "answer"), ModelTimeout: cfg.LLMTimeout}
	if cfg.ChatEnabled() {
		c := llm.New(cfg, logger.With("component", "llm"))
		mlog := logger.With("component", "model")
		gen, rw := answer.ModelStage(c, cfg.ChatModel)
		opts.Generator = answer.TimeGenerator(gen, mlog)
		opts.Rewriter = answer.TimeRewriter(rw, mlog)
	}
	return answer.New(ix, opts)
}

// checkSlackConfig names every Slack variable the mode needs that is missing or malformed.
func checkSlackConfig(cfg config.Config, mode string) error {
	type variable struct{ name, value, prefix string }
	vars := []variable{{"SLACK_BOT_TOKEN", cfg.SlackBotToken, "xoxb-"}}
	if mode == "socket" {
		vars = append(vars, variable{"SLACK_APP_TOKEN", cfg.SlackAppToken, "xapp-"})
	} else {
		vars = append(vars, variable{"SLACK_SIGNING_SECRET", cfg.SlackSigningSecret, ""})
	}
	var missing, wrong, needs []string
	for _, v := range vars {
		needs = append(needs, v.name)
		switch {
		case v.value == "":
			missing = append(missing, v.name)
		case v.prefix != "" && !strings.HasPrefix(v.value, v.prefix):
			wrong = append(wrong, fmt.Sprintf("%s should start with %q", v.name, v.prefix))
		}
	}
	var msgs []string
	if len(missing) > 0 {
		msgs = append(msgs, fmt.Sprintf("missing %s: %s mode needs %s; set them in the environment or .env (see the README's Slack section)",
			strings.Join(missing, " and "), mode, strings.Join(needs, " and ")))
	}
	msgs = append(msgs, wrong...)
	if len(msgs) == 0 {
		return nil
	}
	return errors.New("serve: " + strings.Join(msgs, "; "))
}
