package metrics

import (
	"io"
	"net/http"
)

// OpsHandler serves the operational endpoints: GET /metrics (m in the Prometheus text format),
// /healthz (200 while the process serves HTTP at all) and /readyz (200 with ready's detail when
// it returns no error, else 503 with the error: e.g. while the store is still loading). Other
// paths are 404.
func OpsHandler(m *Metrics, ready func() (detail string, err error)) http.Handler {
	mux := http.NewServeMux()
	if m != nil {
		mux.Handle("GET /metrics", m.Handler())
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		detail := ""
		if ready != nil {
			d, err := ready()
			if err != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = io.WriteString(w, "not ready: "+err.Error()+"\n")
				return
			}
			detail = d
		}
		if detail != "" {
			detail = ": " + detail
		}
		_, _ = io.WriteString(w, "ready"+detail+"\n")
	})
	return mux
}
