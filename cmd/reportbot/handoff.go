package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// handoff lets HTTP mode listen on --addr before the store is loaded: connections accepted on
// the one real listener go to the current stage's listener. While the store loads, a small
// server answers /healthz (200), /readyz (503 until loaded) and /metrics, and 503 to Slack's
// routes (Slack retries); next hands the connections to the bot's server.
type handoff struct {
	ln net.Listener

	mu          sync.Mutex
	cur         *connListener
	stopLoading func()
}

func newHandoff(ln net.Listener) *handoff {
	h := &handoff{ln: ln, cur: newConnListener(ln.Addr())}
	go h.dispatch()
	return h
}

// dispatch hands each accepted connection to the current stage until the listener is closed.
func (h *handoff) dispatch() {
	for {
		c, err := h.ln.Accept()
		if err != nil {
			h.mu.Lock()
			h.cur.Close()
			h.mu.Unlock()
			return
		}
		h.give(c)
	}
}

// give passes c to the current stage; when that stage stops before taking it, to the next.
func (h *handoff) give(c net.Conn) {
	for {
		h.mu.Lock()
		l := h.cur
		h.mu.Unlock()
		select {
		case l.conns <- c:
			return
		case <-l.done:
			h.mu.Lock()
			last := h.cur == l
			h.mu.Unlock()
			if last { // nobody takes connections any more
				c.Close()
				return
			}
		}
	}
}

// serveWhileLoading serves the first stage: ops (healthz, readyz, metrics) and 503 for the rest.
// The returned stop (also called by next) shuts that server down.
func (h *handoff) serveWhileLoading(ops http.Handler, log *slog.Logger) (stop func()) {
	mux := http.NewServeMux()
	for _, p := range []string{"GET /healthz", "GET /readyz", "GET /metrics"} {
		mux.Handle(p, ops)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "5")
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, "the store is still loading; try again shortly\n")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	h.mu.Lock()
	l := h.cur
	h.mu.Unlock()
	go func() { _ = srv.Serve(l) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(ctx) // closes l and the idle keep-alive connections
		})
	}
	h.mu.Lock()
	h.stopLoading = stop
	h.mu.Unlock()
	return stop
}

// next makes a new stage current, stops the loading server, and returns the new stage's
// listener (its Addr is the real listener's).
func (h *handoff) next() net.Listener {
	l := newConnListener(h.ln.Addr())
	h.mu.Lock()
	h.cur = l
	stop := h.stopLoading
	h.mu.Unlock()
	if stop != nil {
		stop()
	}
	return l
}

// Close closes the real listener; the current stage then sees no more connections.
func (h *handoff) Close() error { return h.ln.Close() }

// connListener is a net.Listener fed connections by a handoff.
type connListener struct {
	addr  net.Addr
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func newConnListener(addr net.Addr) *connListener {
	return &connListener{addr: addr, conns: make(chan net.Conn), done: make(chan struct{})}
}

// Accept returns the next connection handed over, or net.ErrClosed once closed.
func (l *connListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// Close stops Accept; connections not yet taken go to the next stage.
func (l *connListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

// Addr is the real listener's address.
func (l *connListener) Addr() net.Addr { return l.addr }
