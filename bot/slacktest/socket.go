package slacktest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// wsConn is one Socket Mode connection. Writes are serialised (gorilla allows one writer);
// pings go through WriteControl, which may run alongside them.
type wsConn struct {
	c    *websocket.Conn
	wmu  sync.Mutex
	done chan struct{}
	once sync.Once
}

func (c *wsConn) writeJSON(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.c.WriteJSON(v)
}

func (c *wsConn) close() {
	c.once.Do(func() {
		close(c.done)
		_ = c.c.Close()
	})
}

// serveSocket upgrades to a websocket, says hello, pings, and reads acks until the client
// goes away. The newest connection is the one envelopes are sent on.
func (s *Server) serveSocket(w http.ResponseWriter, r *http.Request) {
	raw, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &wsConn{c: raw, done: make(chan struct{})}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.close()
		return
	}
	s.connections++
	n := s.connections
	s.conn = c
	s.mu.Unlock()

	hello := map[string]any{"type": "hello", "num_connections": 1,
		"debug_info":      map[string]any{"host": "slacktest", "approximate_connection_time": 3600},
		"connection_info": map[string]any{"app_id": "AFAKE"}}
	if err := c.writeJSON(hello); err != nil {
		c.close()
		return
	}
	s.mu.Lock()
	s.notifyLocked()
	s.mu.Unlock()

	go func() { // pings: the client treats a silent connection as dead
		t := time.NewTicker(s.opts.PingInterval)
		defer t.Stop()
		for {
			select {
			case <-c.done:
				return
			case <-t.C:
				if c.c.WriteControl(websocket.PingMessage, []byte(fmt.Sprint(n)), time.Now().Add(5*time.Second)) != nil {
					c.close()
					return
				}
			}
		}
	}()

	defer c.close()
	for {
		_, data, err := c.c.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			continue
		}
		now := time.Now()
		s.mu.Lock()
		s.acks = append(s.acks, Ack{EnvelopeID: ack.EnvelopeID, Payload: ack.Payload,
			Latency: now.Sub(s.sentAt[ack.EnvelopeID]), At: now})
		s.notifyLocked()
		s.mu.Unlock()
	}
}

// ErrNoConnection means no Socket Mode client is connected.
var ErrNoConnection = errors.New("slacktest: no socket mode connection")

// send writes one envelope on the current connection and returns its envelope id.
func (s *Server) send(typ string, payload any, acceptsPayload bool, retryAttempt int) (string, error) {
	s.mu.Lock()
	c := s.conn
	s.seq++
	id := fmt.Sprintf("env-%d", s.seq)
	s.mu.Unlock()
	if c == nil {
		return "", ErrNoConnection
	}
	env := map[string]any{"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": acceptsPayload, "retry_attempt": retryAttempt}
	if retryAttempt > 0 {
		env["retry_reason"] = "timeout"
	}
	s.mu.Lock()
	s.sentAt[id] = time.Now()
	s.mu.Unlock()
	if err := c.writeJSON(env); err != nil {
		return "", fmt.Errorf("slacktest: send envelope: %w", err)
	}
	return id, nil
}

// SendEvent sends an events_api envelope (an event_callback around inner) and returns the
// envelope id. retryAttempt > 0 marks a redelivery, as Slack does when an ack was late.
func (s *Server) SendEvent(eventID string, inner any, retryAttempt int) (string, error) {
	return s.send("events_api", EventCallback(eventID, inner), false, retryAttempt)
}

// SendSlashCommand sends a slash_commands envelope.
func (s *Server) SendSlashCommand(cmd SlashCommand) (string, error) {
	return s.send("slash_commands", cmd, true, 0)
}

// SendInteraction sends an interactive envelope (e.g. a block_actions payload).
func (s *Server) SendInteraction(payload any) (string, error) {
	return s.send("interactive", payload, false, 0)
}

// SendDisconnect asks the client to reconnect, as Slack does before it recycles a socket.
func (s *Server) SendDisconnect() error {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c == nil {
		return ErrNoConnection
	}
	return c.writeJSON(map[string]any{"type": "disconnect", "reason": "refresh_requested",
		"debug_info": map[string]any{"host": "slacktest"}})
}
