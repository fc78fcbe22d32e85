package slacktest

import (
	"encoding/json"
	"net/http"
	"slices"
	"sort"
	"sync"
)

// Fault is a failure the fake can inject into Web API calls.
type Fault int

const (
	// FaultStatus answers with an HTTP error status (such as 500) without applying the call.
	FaultStatus Fault = iota + 1
	// FaultSlow applies the call, then holds the response until the client gives up: the
	// call took effect but its caller saw a timeout.
	FaultSlow
	// FaultDrop applies the call, then closes the connection without a response.
	FaultDrop
	// FaultHold applies the call and answers it normally, but only once the release function
	// Hold returned is called (a slow Slack, without sleeping).
	FaultHold
)

// injection is one queued or standing fault for a method.
type injection struct {
	fault  Fault
	status int
	n      int  // calls left (standing: unused)
	once   bool // fail each distinct call once, then let its repetition through
	gate   chan struct{}
}

// Inject makes the next n calls of method suffer fault (status is the HTTP status of
// FaultStatus, e.g. 500).
func (s *Server) Inject(method string, n int, fault Fault, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], &injection{fault: fault, status: status, n: n})
}

// FailEachOnce makes every distinct call of method (same parameters) fail once with fault,
// and succeed when it is repeated, until ClearFaults: Slack failing once per call.
func (s *Server) FailEachOnce(method string, fault Fault, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], &injection{fault: fault, status: status, once: true})
}

// Hold makes the next n calls of method wait for the returned release before they are
// answered (they are applied at once). Calling release more than once is harmless.
func (s *Server) Hold(method string, n int) (release func()) {
	in := &injection{fault: FaultHold, n: n, gate: make(chan struct{})}
	s.mu.Lock()
	s.faults[method] = append(s.faults[method], in)
	s.mu.Unlock()
	var once sync.Once
	return func() { once.Do(func() { close(in.gate) }) }
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = map[string][]*injection{}
}

// faultLocked returns the fault for this call of method, if any, using it up. Callers hold s.mu.
func (s *Server) faultLocked(method string, params map[string]string) *injection {
	q := s.faults[method]
	for len(q) > 0 && !q[0].once && q[0].n <= 0 {
		q = q[1:]
	}
	s.faults[method] = q
	if len(q) == 0 {
		return nil
	}
	in := q[0]
	if in.once {
		key := method + "\x00" + paramsKey(params)
		if s.failedOnce[key] {
			return nil
		}
		s.failedOnce[key] = true
		return in
	}
	in.n--
	return in
}

// paramsKey is a stable text of a call's parameters.
func paramsKey(p map[string]string) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b, _ := json.Marshal(slices.Collect(func(yield func(string) bool) {
		for _, k := range keys {
			if !yield(k) || !yield(p[k]) {
				return
			}
		}
	}))
	return string(b)
}

// serveFault carries out a fault after the call was (or was not) applied. s.mu is not held.
func serveFault(w http.ResponseWriter, r *http.Request, in *injection, resp map[string]any) {
	switch in.fault {
	case FaultStatus:
		writeJSON(w, in.status, map[string]any{"ok": false, "error": "fake_server_error"})
	case FaultSlow:
		<-r.Context().Done() // the client gave up; it never sees resp
	case FaultHold:
		select {
		case <-in.gate:
			writeJSON(w, http.StatusOK, resp)
		case <-r.Context().Done():
		}
	case FaultDrop:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		writeJSON(w, http.StatusOK, resp)
	}
}

// Messages returns every posted message (not ephemeral ones) in its current state.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.messages))
	for _, m := range s.messages {
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].TS < out[j].TS })
	return out
}
