// Package reload keeps a long-running process on the newest generation of something it loaded:
// it polls a cheap "which generation is current" function on a ticker and on demand (SIGHUP),
// and calls a load function when the generation changed. It knows nothing of what is loaded;
// `reportbot serve` uses it to follow the store that `reportbot ingest` writes.
package reload

import (
	"context"
	"log/slog"
	"os"
	"sync/atomic"
	"time"
)

// Options configure a Watcher. Current and Load are required.
type Options struct {
	// Current reports the generation that is live now (for the store: its CURRENT file). It is
	// called on every tick, so it should be cheap.
	Current func() (string, error)
	// Load loads the live generation and puts it in use, returning the generation it loaded
	// (normally the one Current named). On error the generation in use stays.
	Load func() (string, error)
	// Interval is the time between two polls; zero or negative polls never (only Run's
	// trigger channel checks).
	Interval time.Duration
	// NewTicker returns a channel ticking every d and its stop function (default: a
	// time.Ticker). Tests hand in a channel they tick by hand.
	NewTicker func(d time.Duration) (tick <-chan time.Time, stop func())
	// Logger receives one record per reload, failure and unreadable generation (nil: none).
	Logger *slog.Logger
}

// Watcher checks for new generations. Generation may be called from any goroutine; Check and
// Run from one at a time.
type Watcher struct {
	opts Options
	log  *slog.Logger
	now  func() time.Time

	gen atomic.Pointer[string] // the generation in use
	// Only the checking goroutine touches these.
	failed  string // the generation that failed to load last; retried only when forced
	pollErr string // the last error from Current, so that it is logged once
}

// New returns a Watcher for a process that has loaded generation loaded.
func New(opts Options, loaded string) *Watcher {
	if opts.NewTicker == nil {
		opts.NewTicker = func(d time.Duration) (<-chan time.Time, func()) {
			t := time.NewTicker(d)
			return t.C, t.Stop
		}
	}
	w := &Watcher{opts: opts, log: opts.Logger, now: time.Now}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	w.gen.Store(&loaded)
	return w
}

// Generation returns the generation in use.
func (w *Watcher) Generation() string { return *w.gen.Load() }

// Result is what one Check did.
type Result int

// The results of Check.
const (
	// Unchanged: the live generation is the one in use (or, unforced, the one that failed
	// last); nothing was loaded.
	Unchanged Result = iota
	// Reloaded: a new generation was loaded and is in use.
	Reloaded
	// Failed: the live generation could not be read or loaded; the one in use stays.
	Failed
)

// Check loads the live generation when it is not the one in use. Unforced (a poll), it also
// skips the generation that failed to load last, so that a broken generation is not retried
// on every tick; forced (SIGHUP), it retries that one. Either way an unchanged generation is
// not reloaded.
func (w *Watcher) Check(force bool) Result {
	cur, err := w.opts.Current()
	if err != nil {
		if msg := err.Error(); msg != w.pollErr || force {
			w.pollErr = msg
			w.log.Warn("cannot read the store's CURRENT file; still answering from the generation in use",
				"generation", w.Generation(), "err", err)
		}
		return Failed
	}
	w.pollErr = ""
	old := w.Generation()
	if cur == old {
		if force {
			w.log.Info("the store's generation is unchanged; nothing to reload", "generation", cur)
		}
		return Unchanged
	}
	if cur == w.failed && !force {
		return Unchanged
	}
	start := w.now()
	gen, err := w.opts.Load()
	if err != nil {
		w.failed = cur
		w.log.Error("reload failed; still answering from the generation in use",
			"old_generation", old, "new_generation", cur, "err", err)
		return Failed
	}
	w.failed = ""
	w.gen.Store(&gen)
	w.log.Info("reloaded the store", "old_generation", old, "new_generation", gen,
		"elapsed_ms", w.now().Sub(start).Milliseconds())
	return Reloaded
}

// Run checks every Interval and on every value from trigger (forced: see Check), until ctx is
// done.
func (w *Watcher) Run(ctx context.Context, trigger <-chan os.Signal) {
	var tick <-chan time.Time
	if w.opts.Interval > 0 {
		c, stop := w.opts.NewTicker(w.opts.Interval)
		defer stop()
		tick = c
	}
	w.log.Info("watching the store for new generations", "interval", Every(w.opts.Interval), "generation", w.Generation())
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick:
			w.Check(false)
		case sig := <-trigger:
			w.log.Info("checking the store for a new generation", "signal", sig.String())
			w.Check(true)
		}
	}
}

// Every says a polling interval for logs ("off (SIGHUP only)" when there is none).
func Every(d time.Duration) string {
	if d <= 0 {
		return "off (SIGHUP only)"
	}
	return d.String()
}
