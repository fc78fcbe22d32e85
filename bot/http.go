package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds a request from Slack (events and interaction payloads are a few KiB).
const maxBody = 1 << 20

// RunHTTP serves Slack's HTTP requests on ln until ctx is cancelled: POST /slack/events,
// /slack/commands and /slack/interactions (each verified against the signing secret), and
// GET /healthz, plus /readyz and /metrics when Config.Ops is set. On cancel it stops accepting
// requests (answering Slack 503 meanwhile) and finishes the answers in flight (see drain).
func (b *Bot) RunHTTP(ctx context.Context, ln net.Listener) error {
	if b.cfg.SigningSecret == "" {
		return errors.New("bot: HTTP mode needs the signing secret (SLACK_SIGNING_SECRET)")
	}
	if err := b.identify(ctx); err != nil {
		return err
	}
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	b.start(workCtx)

	srv := &http.Server{
		Handler:           b.httpHandler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		ErrorLog:          slog.NewLogLogger(b.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	b.log.Info("http mode: listening", "addr", ln.Addr().String())

	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	b.log.Info("http mode: stopping; answering Slack 503 and finishing answers in flight", "grace", b.cfg.ShutdownTimeout.String())
	// The listener stays open while draining, answering 503 (Slack redelivers those events,
	// to this process's successor) rather than refusing connections.
	b.drain(stopWork)
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil {
		b.log.Warn("http mode: shutdown", "err", serr)
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http mode: %w", err)
	}
	return nil
}

// httpHandler routes Slack's requests; every Slack route is signature-checked.
func (b *Bot) httpHandler() http.Handler {
	mux := http.NewServeMux()
	if b.cfg.Ops != nil {
		for _, p := range []string{"GET /healthz", "GET /metrics"} {
			mux.Handle(p, b.cfg.Ops)
		}
		mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
			if b.draining.Load() {
				// Shutting down: a load balancer should stop sending work here.
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
				w.Header().Set("Cache-Control", "no-store")
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = io.WriteString(w, "not ready: shutting down, finishing the answers in flight\n")
				return
			}
			b.cfg.Ops.ServeHTTP(w, r)
		})
	} else {
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = io.WriteString(w, "ok\n")
		})
	}
	mux.Handle("POST /slack/events", b.verified(b.serveEvents))
	mux.Handle("POST /slack/commands", b.verified(b.serveCommand))
	mux.Handle("POST /slack/interactions", b.verified(b.serveInteraction))
	return mux
}

// verified checks a request's signature and timestamp (Slack's v0 signing: HMAC-SHA256 of
// "v0:timestamp:body", timestamps older than five minutes refused) before next sees it.
// Rejected requests get 401 and are logged without their body.
func (b *Bot) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if b.draining.Load() {
			// Shutting down: Slack retries an event that got a 5xx.
			w.Header().Set("Retry-After", "5")
			http.Error(w, "shutting down; retry", http.StatusServiceUnavailable)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			b.log.Warn("http mode: unreadable request", "path", r.URL.Path, "remote", r.RemoteAddr, "err", err)
			http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, b.cfg.SigningSecret)
		if err == nil {
			_, _ = sv.Write(body)
			err = sv.Ensure()
		}
		if err != nil {
			b.log.Warn("http mode: request rejected: bad signature or timestamp", "path", r.URL.Path,
				"remote", r.RemoteAddr, "reason", err.Error(), "bytes", len(body))
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r, body)
	})
}

// serveEvents answers the Events API: the url_verification challenge, and callbacks with an
// immediate 200 (the answer follows from the pool).
func (b *Bot) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// Signed by Slack, but not an event we know: acknowledge so that it is not redelivered.
		b.log.Warn("http mode: unparsed event", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "bad url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		w.WriteHeader(http.StatusOK)
		retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
		b.onEventsAPI(ev, retry)
	case slackevents.AppRateLimited:
		b.log.Warn("http mode: slack reports the app is rate limited (events dropped)")
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// serveCommand replies to a slash command at once and answers afterwards.
func (b *Bot) serveCommand(w http.ResponseWriter, r *http.Request, _ []byte) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad slash command", http.StatusBadRequest)
		return
	}
	reply, start := b.slashCommand(cmd)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(reply)
	if f, ok := w.(http.Flusher); ok {
		f.Flush() // the reply is on its way before the answer can be
	}
	start()
}

// serveInteraction acknowledges a button click; its effects follow from the quick pool.
func (b *Bot) serveInteraction(w http.ResponseWriter, r *http.Request, _ []byte) {
	ic, err := slack.InteractionCallbackParse(r)
	if err != nil {
		http.Error(w, "bad interaction payload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	b.onInteraction(ic)
}
