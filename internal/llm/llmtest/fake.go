// Package llmtest is a fake OpenAI-compatible API for tests: an httptest server on 127.0.0.1
// that speaks the real wire format of /v1/embeddings and /v1/chat/completions (JSON and SSE
// streaming), with deterministic embeddings and a scriptable chat responder. Point a client at
// Server.URL (it already ends in /v1).
package llmtest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultDim is the dimension of the fake's embeddings when Options.Dim is zero.
const DefaultDim = 8

// Options configure a Server. The zero value serves DefaultDim-dimensional embeddings with no
// latency and answers every chat request with "OK".
type Options struct {
	// Dim is the embedding dimension (default DefaultDim).
	Dim int
	// EmbedLatency delays every embeddings response (a stand-in for a remote model).
	EmbedLatency time.Duration
	// Embed, when set, scripts embeddings requests: a Reply with Status 0 serves the
	// deterministic vectors (after Reply.Delay, with Reply.Dim overriding the dimension);
	// any other status answers with an error.
	Embed func(EmbedRequest) Reply
	// Chat answers chat completion requests (default: "OK").
	Chat Responder
}

// Responder decides the reply to one chat completion request.
type Responder func(ChatRequest) Reply

// Reply is a scripted response. Zero fields mean "behave normally".
type Reply struct {
	// Text is the assistant message (chat only).
	Text string
	// Chunks, when set, are the streamed deltas (default: Text split into a few pieces).
	Chunks []string
	// Status is the HTTP status; 0 means 200. Error statuses carry an OpenAI error body.
	Status int
	// Header is added to the response (e.g. Retry-After).
	Header http.Header
	// Delay holds the response back (the request's context still ends it early).
	Delay time.Duration
	// ChunkDelay spaces streamed chunks.
	ChunkDelay time.Duration
	// FinishReason is sent with the last chunk / in the choice (default "stop").
	FinishReason string
	// Truncate ends a stream after the first half of its chunks, with no finish_reason and no
	// [DONE] (a dropped connection); a non-streamed reply is cut mid-JSON.
	Truncate bool
	// Malformed sends invalid JSON (in the body, or as an SSE data line).
	Malformed bool
	// KeepAlives sends that many SSE comment lines before the first chunk.
	KeepAlives int
	// Dim overrides the embedding dimension for this request (embeddings only).
	Dim int
}

// Message is one chat message as the server received it.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// ChatRequest is a chat completion request as the server received it.
type ChatRequest struct {
	// Call is the 1-based number of this chat request on the server.
	Call     int
	Model    string
	Messages []Message
	Stream   bool
	// ResponseFormat is the response_format type ("json_object"), or "".
	ResponseFormat string
	// Raw is the whole decoded body, for checking fields such as temperature.
	Raw map[string]any
	// Authorization is the Authorization header ("" when none was sent).
	Authorization string
}

// System returns the first system message, User the last user message.
func (r ChatRequest) System() string { return r.lastRole("system", true) }

// User returns the last user message.
func (r ChatRequest) User() string { return r.lastRole("user", false) }

func (r ChatRequest) lastRole(role string, first bool) string {
	out := ""
	for _, m := range r.Messages {
		if m.Role == role {
			out = m.Content
			if first {
				break
			}
		}
	}
	return out
}

// EmbedRequest is an embeddings request as the server received it.
type EmbedRequest struct {
	// Call is the 1-based number of this embeddings request on the server.
	Call          int
	Model         string
	Input         []string
	Authorization string
}

// Server is a running fake. Close it when done (t.Cleanup(srv.Close)).
type Server struct {
	// URL is the API base URL, e.g. http://127.0.0.1:34567/v1.
	URL string

	srv  *httptest.Server
	opts Options

	embedCalls atomic.Int64
	embedTexts atomic.Int64
	chatCalls  atomic.Int64

	mu   sync.Mutex
	chat []ChatRequest
}

// New starts a fake server on 127.0.0.1.
func New(opts Options) *Server {
	if opts.Dim <= 0 {
		opts.Dim = DefaultDim
	}
	if opts.Chat == nil {
		opts.Chat = func(ChatRequest) Reply { return Reply{Text: "OK"} }
	}
	s := &Server{opts: opts}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/embeddings", s.handleEmbeddings)
	mux.HandleFunc("POST /v1/chat/completions", s.handleChat)
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL + "/v1"
	return s
}

// Close shuts the server down.
func (s *Server) Close() { s.srv.Close() }

// EmbedRequests returns how many embeddings requests arrived.
func (s *Server) EmbedRequests() int { return int(s.embedCalls.Load()) }

// EmbedTexts returns how many texts the embeddings requests carried in all.
func (s *Server) EmbedTexts() int { return int(s.embedTexts.Load()) }

// ChatRequests returns the chat requests received so far, oldest first.
func (s *Server) ChatRequests() []ChatRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ChatRequest(nil), s.chat...)
}

// Vector returns the fake's (unnormalised) embedding of text at dimension dim: deterministic,
// derived from SHA-256 of the text, so tests can predict it.
func Vector(text string, dim int) []float32 {
	v := make([]float32, dim)
	var block [32]byte
	for i := range v {
		if i%8 == 0 {
			block = sha256.Sum256(fmt.Appendf(nil, "%d\x00%s", i/8, text))
		}
		u := binary.LittleEndian.Uint32(block[(i%8)*4:])
		// Values in [-2, 2): not unit length, so clients must normalise.
		v[i] = float32(u)/float32(math.MaxUint32)*4 - 2
	}
	return v
}

func (s *Server) handleEmbeddings(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body: "+err.Error())
		return
	}
	var inputs []string
	if err := json.Unmarshal(body.Input, &inputs); err != nil {
		var one string
		if err := json.Unmarshal(body.Input, &one); err != nil {
			writeError(w, http.StatusBadRequest, "input must be a string or an array of strings")
			return
		}
		inputs = []string{one}
	}
	call := int(s.embedCalls.Add(1))
	s.embedTexts.Add(int64(len(inputs)))
	req := EmbedRequest{Call: call, Model: body.Model, Input: inputs, Authorization: r.Header.Get("Authorization")}
	var rep Reply
	if s.opts.Embed != nil {
		rep = s.opts.Embed(req)
	}
	if !sleep(r, s.opts.EmbedLatency+rep.Delay) {
		return
	}
	setHeader(w, rep.Header)
	if rep.Status != 0 && rep.Status != http.StatusOK {
		writeError(w, rep.Status, fmt.Sprintf("scripted status %d", rep.Status))
		return
	}
	if rep.Malformed {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"object":"list","data":[{"embedding":[0.1,`)
		return
	}
	for _, in := range inputs {
		if in == "" {
			writeError(w, http.StatusBadRequest, "input cannot be an empty string")
			return
		}
	}
	dim := s.opts.Dim
	if rep.Dim > 0 {
		dim = rep.Dim
	}
	type item struct {
		Object    string    `json:"object"`
		Embedding []float32 `json:"embedding"`
		Index     int       `json:"index"`
	}
	data := make([]item, len(inputs))
	// Serve the items in reverse order: the API does not promise order, clients must use index.
	for i, in := range inputs {
		data[len(inputs)-1-i] = item{Object: "embedding", Embedding: Vector(in, dim), Index: i}
	}
	writeJSON(w, map[string]any{
		"object": "list",
		"data":   data,
		"model":  body.Model,
		"usage":  map[string]int{"prompt_tokens": len(inputs), "total_tokens": len(inputs)},
	})
}

func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	var raw map[string]any
	if err := json.NewDecoder(r.Body).Decode(&raw); err != nil {
		writeError(w, http.StatusBadRequest, "invalid JSON body: "+err.Error())
		return
	}
	req := ChatRequest{
		Call:          int(s.chatCalls.Add(1)),
		Raw:           raw,
		Authorization: r.Header.Get("Authorization"),
	}
	req.Model, _ = raw["model"].(string)
	req.Stream, _ = raw["stream"].(bool)
	if rf, ok := raw["response_format"].(map[string]any); ok {
		req.ResponseFormat, _ = rf["type"].(string)
	}
	if msgs, ok := raw["messages"].([]any); ok {
		for _, m := range msgs {
			mm, _ := m.(map[string]any)
			role, _ := mm["role"].(string)
			content, _ := mm["content"].(string)
			req.Messages = append(req.Messages, Message{Role: role, Content: content})
		}
	}
	s.mu.Lock()
	s.chat = append(s.chat, req)
	s.mu.Unlock()

	rep := s.opts.Chat(req)
	if !sleep(r, rep.Delay) {
		return
	}
	setHeader(w, rep.Header)
	if rep.Status != 0 && rep.Status != http.StatusOK {
		writeError(w, rep.Status, fmt.Sprintf("scripted status %d", rep.Status))
		return
	}
	finish := rep.FinishReason
	if finish == "" {
		finish = "stop"
	}
	if req.Stream {
		s.stream(w, r, req, rep, finish)
		return
	}
	if rep.Malformed || rep.Truncate {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"chatcmpl-fake","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"`)
		return
	}
	writeJSON(w, map[string]any{
		"id":      "chatcmpl-fake",
		"object":  "chat.completion",
		"created": 0,
		"model":   req.Model,
		"choices": []map[string]any{{
			"index":         0,
			"message":       map[string]string{"role": "assistant", "content": rep.Text},
			"finish_reason": finish,
		}},
		"usage": map[string]int{"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
	})
}

func (s *Server) stream(w http.ResponseWriter, r *http.Request, req ChatRequest, rep Reply, finish string) {
	flusher, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	send := func(line string) {
		fmt.Fprint(w, line)
		if flusher != nil {
			flusher.Flush()
		}
	}
	chunk := func(delta map[string]string, finish any) string {
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": req.Model,
			"choices": []map[string]any{{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		return "data: " + string(b) + "\n\n"
	}
	for range rep.KeepAlives {
		send(": keep-alive\n\n")
	}
	parts := rep.Chunks
	if parts == nil {
		parts = split(rep.Text)
	}
	if rep.Truncate {
		parts = parts[:len(parts)/2]
	}
	send(chunk(map[string]string{"role": "assistant", "content": ""}, nil))
	for i, p := range parts {
		if i > 0 && !sleep(r, rep.ChunkDelay) {
			return
		}
		if rep.Malformed && i == len(parts)/2 {
			send("data: {\"choices\":[{\"delta\":{\"content\":\"\n\n")
			return
		}
		send(chunk(map[string]string{"content": p}, nil))
	}
	if rep.Truncate {
		return
	}
	send(chunk(map[string]string{}, finish))
	// The usage chunk carries no choices, as OpenAI's include_usage does.
	send(`data: {"id":"chatcmpl-fake","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}` + "\n\n")
	send("data: [DONE]\n\n")
}

// split cuts text into up to 4 pieces on rune boundaries, so that streaming is exercised.
func split(text string) []string {
	rs := []rune(text)
	if len(rs) == 0 {
		return nil
	}
	n := min(4, len(rs))
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, string(rs[i*len(rs)/n:(i+1)*len(rs)/n]))
	}
	return out
}

// sleep waits d unless the request ends first; it reports whether to carry on.
func sleep(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

func setHeader(w http.ResponseWriter, h http.Header) {
	for k, vs := range h {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	typ := "invalid_request_error"
	switch {
	case status == http.StatusTooManyRequests:
		typ = "rate_limit_error"
	case status >= 500:
		typ = "server_error"
	}
	_ = json.NewEncoder(w).Encode(map[string]any{
		"error": map[string]any{"message": msg, "type": typ, "code": strings.ReplaceAll(strings.ToLower(http.StatusText(status)), " ", "_")},
	})
}
