// Package slacktest is a local fake of Slack for tests and benchmarks: an httptest Web API
// (auth.test, apps.connections.open, chat.postMessage, chat.postEphemeral, chat.update,
// assistant.threads.setStatus, the external file upload flow of files.go and response URLs)
// that records every call, plus a websocket endpoint that speaks Socket Mode (hello,
// envelopes, acks, pings, disconnect). Everything listens on 127.0.0.1 only; nothing reaches
// the internet.
package slacktest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Tokens and identities the fake accepts and reports unless Options say otherwise.
const (
	BotToken  = "xoxb-fake-bot-token"
	AppToken  = "xapp-fake-app-token"
	BotUserID = "UBOT"
	BotID     = "BBOT"
	TeamID    = "TFAKE"
)

// Options configure a Server. Zero values take the defaults above.
type Options struct {
	BotToken  string
	AppToken  string
	BotUserID string
	BotID     string
	// PingInterval is how often the websocket sends a ping (default 500ms). The Socket Mode
	// client drops a connection that saw no ping for its own interval (30s by default).
	PingInterval time.Duration
}

// Server is a fake Slack. Its methods are safe for concurrent use.
type Server struct {
	// URL is the Web API base URL without a trailing slash (what SLACK_API_URL takes).
	URL string

	opts Options
	hs   *httptest.Server

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced on every recorded change
	calls       []Call
	acks        []Ack
	sentAt      map[string]time.Time // envelope id → when it was written
	messages    map[string]*Message  // channel+"/"+ts → message
	limits      map[string][]int     // method → Retry-After seconds for the next 429s
	faults      map[string][]*injection
	failedOnce  map[string]bool // calls FailEachOnce has failed
	conn        *wsConn         // the current Socket Mode connection
	connections int
	seq         int
	closed      bool
	files       map[string]*File // file id → upload (files.go)
	fileOrder   []string
	revoked     map[string]bool // scopes the app lacks (RevokeScope)
}

// New starts a fake Slack on 127.0.0.1 and closes it when the test ends.
func New(tb testing.TB, opts Options) *Server {
	tb.Helper()
	if opts.BotToken == "" {
		opts.BotToken = BotToken
	}
	if opts.AppToken == "" {
		opts.AppToken = AppToken
	}
	if opts.BotUserID == "" {
		opts.BotUserID = BotUserID
	}
	if opts.BotID == "" {
		opts.BotID = BotID
	}
	if opts.PingInterval <= 0 {
		opts.PingInterval = 500 * time.Millisecond
	}
	s := &Server{
		opts:       opts,
		changed:    make(chan struct{}),
		sentAt:     map[string]time.Time{},
		messages:   map[string]*Message{},
		limits:     map[string][]int{},
		faults:     map[string][]*injection{},
		failedOnce: map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/{method}", s.serveAPI)
	mux.HandleFunc("POST /response/{id}", s.serveResponseURL)
	mux.HandleFunc("POST /upload/{id}", s.serveUpload)
	mux.HandleFunc("GET /ws", s.serveSocket)
	s.hs = httptest.NewServer(mux) // httptest listens on 127.0.0.1
	s.URL = s.hs.URL + "/api"
	tb.Cleanup(s.Close)
	return s
}

// Close drops the websocket and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	c := s.conn
	s.mu.Unlock()
	if c != nil {
		c.close()
	}
	s.hs.Close()
}

// Call is one recorded request to the Web API or to a response URL.
type Call struct {
	// Method is the API method ("chat.postMessage") or "response_url".
	Method string
	// Path is the request path (response URLs differ by path).
	Path string
	// Params holds the request's fields: form values, or the top-level fields of a JSON body
	// (non-string values as JSON text).
	Params map[string]string
	// Status is the HTTP status the fake answered (429 when rate limited).
	Status int
	// TS is the timestamp the fake gave a posted message.
	TS string
	At time.Time
}

// Get returns one parameter.
func (c Call) Get(key string) string { return c.Params[key] }

// Blocks returns the call's blocks as indented JSON ("" when there are none).
func (c Call) Blocks() string { return indentJSON(c.Params["blocks"]) }

// Message is a message as the fake holds it after posts and updates.
type Message struct {
	Channel  string
	TS       string
	ThreadTS string
	Text     string
	Blocks   string // raw JSON
	Updates  int
}

// Ack is one Socket Mode acknowledgement the client sent.
type Ack struct {
	EnvelopeID string
	Payload    json.RawMessage
	// Latency is the time from writing the envelope to reading its ack.
	Latency time.Duration
	At      time.Time
}

// RateLimit makes the next len(retryAfter) calls of method fail with HTTP 429 and the given
// Retry-After seconds.
func (s *Server) RateLimit(method string, retryAfter ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits[method] = append(s.limits[method], retryAfter...)
}

// Calls returns the recorded calls of method, or all calls when method is "".
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Acks returns the acknowledgements received so far.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.acks)
}

// Message returns the current state of a posted message.
func (s *Server) Message(channel, ts string) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[channel+"/"+ts]
	if !ok {
		return Message{}, false
	}
	return *m, true
}

// Connections reports how many Socket Mode connections have been opened.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connections
}

// WaitFor blocks until cond (called with no lock held) is true, failing tb after timeout.
func (s *Server) WaitFor(tb testing.TB, timeout time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-time.After(50 * time.Millisecond): // conditions may depend on time as well
		case <-deadline.C:
			tb.Fatalf("slacktest: timed out after %v waiting for %s", timeout, what)
		}
	}
}

// WaitCalls waits until method has been called at least n times and returns its calls.
func (s *Server) WaitCalls(tb testing.TB, method string, n int, timeout time.Duration) []Call {
	tb.Helper()
	s.WaitFor(tb, timeout, fmt.Sprintf("%d %s call(s)", n, method), func() bool { return len(s.Calls(method)) >= n })
	return s.Calls(method)
}

// WaitAck waits for the acknowledgement of an envelope.
func (s *Server) WaitAck(tb testing.TB, envelopeID string, timeout time.Duration) Ack {
	tb.Helper()
	var ack Ack
	s.WaitFor(tb, timeout, "ack of "+envelopeID, func() bool {
		for _, a := range s.Acks() {
			if a.EnvelopeID == envelopeID {
				ack = a
				return true
			}
		}
		return false
	})
	return ack
}

// WaitConnections waits until n Socket Mode connections have been opened and said hello.
func (s *Server) WaitConnections(tb testing.TB, n int, timeout time.Duration) {
	tb.Helper()
	s.WaitFor(tb, timeout, fmt.Sprintf("%d socket connection(s)", n), func() bool { return s.Connections() >= n })
}

// NewResponseURL returns a fresh response URL served by the fake (as in slash commands and
// interactions).
func (s *Server) NewResponseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	return fmt.Sprintf("%s/response/%d", s.hs.URL, s.seq)
}

// record appends a call and wakes waiters. Callers hold s.mu.
func (s *Server) recordLocked(c Call) {
	s.calls = append(s.calls, c)
	s.notifyLocked()
}

func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// nextTSLocked returns a new unique message timestamp. Callers hold s.mu.
func (s *Server) nextTSLocked() string {
	s.seq++
	return fmt.Sprintf("1700000000.%06d", s.seq)
}

func indentJSON(raw string) string {
	if raw == "" {
		return ""
	}
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return raw
	}
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
	return strings.TrimSuffix(buf.String(), "\n")
}

// wsURL turns the server's http URL into the websocket URL apps.connections.open returns.
func (s *Server) wsURL() string {
	return "ws://" + strings.TrimPrefix(s.hs.URL, "http://") + "/ws"
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
