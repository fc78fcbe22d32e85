package slacktest

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// serveAPI answers one Web API method the way Slack does: HTTP 200 with {"ok": …} JSON, or
// 429 with Retry-After when a rate limit was queued for the method, or an injected fault
// (Inject, FailEachOnce).
func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	params, err := readParams(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"ok": false, "error": "invalid_form_data"})
		return
	}
	token := params["token"]
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		token = strings.TrimPrefix(h, "Bearer ")
	}
	delete(params, "token") // never keep tokens in recordings

	s.mu.Lock()
	call := Call{Method: method, Path: r.URL.Path, Params: params, Status: http.StatusOK, At: time.Now()}
	if q := s.limits[method]; len(q) > 0 {
		retry := q[0]
		s.limits[method] = q[1:]
		call.Status = http.StatusTooManyRequests
		s.recordLocked(call)
		s.mu.Unlock()
		w.Header().Set("Retry-After", strconv.Itoa(retry))
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"ok": false, "error": "ratelimited"})
		return
	}

	wantToken := s.opts.BotToken
	if method == "apps.connections.open" {
		wantToken = s.opts.AppToken
	}
	if token != wantToken {
		s.recordLocked(call)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}

	in := s.faultLocked(method, params)
	if in != nil && in.fault == FaultStatus {
		call.Status = in.status
		s.recordLocked(call)
		s.mu.Unlock()
		serveFault(w, r, in, nil)
		return
	}
	resp := s.handleMethodLocked(method, params, &call)
	s.recordLocked(call)
	s.mu.Unlock()
	if in != nil {
		serveFault(w, r, in, resp)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// handleMethodLocked applies one method to the fake's state. Callers hold s.mu.
func (s *Server) handleMethodLocked(method string, p map[string]string, call *Call) map[string]any {
	fail := func(code string) map[string]any { return map[string]any{"ok": false, "error": code} }
	switch method {
	case "auth.test":
		return map[string]any{"ok": true, "url": "https://fake.slack.test/", "team": "Fake", "user": "reportbot",
			"team_id": TeamID, "user_id": s.opts.BotUserID, "bot_id": s.opts.BotID}
	case "apps.connections.open":
		return map[string]any{"ok": true, "url": s.wsURL()}
	case "chat.postMessage", "chat.postEphemeral":
		ch := p["channel"]
		if ch == "" {
			return fail("channel_not_found")
		}
		if code := CheckMessage(p["text"], p["blocks"]); code != "" {
			return fail(code)
		}
		if method == "chat.postEphemeral" && p["user"] == "" {
			return fail("user_not_in_channel")
		}
		ts := s.nextTSLocked()
		call.TS = ts
		if method == "chat.postEphemeral" {
			return map[string]any{"ok": true, "message_ts": ts}
		}
		s.messages[ch+"/"+ts] = &Message{Channel: ch, TS: ts, ThreadTS: p["thread_ts"], Text: p["text"], Blocks: p["blocks"]}
		return map[string]any{"ok": true, "channel": ch, "ts": ts,
			"message": map[string]any{"type": "message", "text": p["text"], "ts": ts, "thread_ts": p["thread_ts"], "bot_id": s.opts.BotID}}
	case "chat.update":
		m, ok := s.messages[p["channel"]+"/"+p["ts"]]
		if !ok {
			return fail("message_not_found")
		}
		if code := CheckMessage(p["text"], p["blocks"]); code != "" {
			return fail(code)
		}
		m.Text, m.Blocks = p["text"], p["blocks"]
		m.Updates++
		call.TS = m.TS
		return map[string]any{"ok": true, "channel": m.Channel, "ts": m.TS, "text": m.Text}
	case "files.getUploadURLExternal", "files.completeUploadExternal":
		return s.handleFilesLocked(method, p, call)
	case "assistant.threads.setStatus":
		if p["channel_id"] == "" || p["thread_ts"] == "" {
			return fail("invalid_arguments")
		}
		return map[string]any{"ok": true}
	}
	return fail("unknown_method")
}

// serveResponseURL accepts a JSON message posted to a response URL.
func (s *Server) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	params, err := readParams(r)
	s.mu.Lock()
	call := Call{Method: "response_url", Path: r.URL.Path, Params: params, Status: http.StatusOK, At: time.Now()}
	code := ""
	if err != nil {
		code = "invalid_payload"
	} else if params["delete_original"] != "true" {
		code = CheckMessage(params["text"], params["blocks"])
	}
	if code != "" {
		call.Status = http.StatusBadRequest
	}
	in := s.faultLocked("response_url", params)
	if in != nil && in.fault == FaultStatus {
		call.Status = in.status
	}
	s.recordLocked(call)
	s.mu.Unlock()
	if in != nil {
		serveFault(w, r, in, map[string]any{"ok": true})
		return
	}
	if code != "" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"ok": false, "error": code})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true})
}

// readParams reads form values or a JSON object's top-level fields.
func readParams(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/json" {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		if len(strings.TrimSpace(string(body))) == 0 || strings.TrimSpace(string(body)) == "null" {
			return out, nil
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(body, &fields); err != nil {
			return nil, err
		}
		for k, v := range fields {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out[k] = s
			} else if string(v) != "null" {
				out[k] = string(v)
			}
		}
		return out, nil
	}
	if err := r.ParseForm(); err != nil {
		return nil, err
	}
	for k, v := range r.PostForm {
		out[k] = strings.Join(v, ",")
	}
	return out, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
