package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// scrape returns the /metrics page of h.
func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics: %d", rec.Code)
	}
	return rec.Body.String()
}

func TestMetricsExposition(t *testing.T) {
	m := New()
	m.Question(SourceMention, OutcomeAnswered)
	m.Question(SourceCommand, OutcomeRateLimited)
	m.RateLimited("user")
	m.Stage(StageRetrieve, 30*time.Millisecond)
	m.Stage(StageRetrieve, 3*time.Second)
	m.Fallback(ModelGenerate, ReasonTimeout)
	m.SlackError("chat.update")
	m.Reload(ReloadOK)
	m.SetIndex("gen-1", "local-ngram-v1", 335, 9, time.Unix(1700000000, 0))
	m.SetIndex("gen-2", "local-ngram-v1", 340, 10, time.Unix(1700000100, 0))
	m.SetQueueProbe(func() (int, int) { return 7, 3 })
	page := scrape(t, OpsHandler(m, nil))
	for _, want := range []string{
		`reportbot_questions_total{outcome="answered",source="mention"} 1`,
		`reportbot_questions_total{outcome="rate_limited",source="command"} 1`,
		`reportbot_questions_total{outcome="busy",source="dm"} 0`,
		`reportbot_rate_limited_total{scope="user"} 1`,
		`reportbot_rate_limited_total{scope="global"} 0`,
		`reportbot_stage_duration_seconds_bucket{stage="retrieve",le="0.05"} 1`,
		`reportbot_stage_duration_seconds_bucket{stage="retrieve",le="5"} 2`,
		`reportbot_stage_duration_seconds_count{stage="retrieve"} 2`,
		`reportbot_model_fallbacks_total{reason="timeout",stage="generate"} 1`,
		`reportbot_model_fallbacks_total{reason="unverified",stage="generate"} 0`,
		`reportbot_slack_api_errors_total{method="chat.update"} 1`,
		`reportbot_slack_api_errors_total{method="chat.postMessage"} 0`,
		`reportbot_reloads_total{result="ok"} 1`,
		`reportbot_reloads_total{result="error"} 0`,
		`reportbot_index_info{embedder="local-ngram-v1",generation="gen-2"} 1`,
		`reportbot_index_chunks 340`,
		`reportbot_index_reports 10`,
		`reportbot_index_loaded_timestamp_seconds 1.7000001e+09`,
		`reportbot_queue_length 7`,
		`reportbot_answers_in_flight 3`,
		`go_goroutines `,
		`go_memstats_heap_alloc_bytes `,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(page, `generation="gen-1"`) {
		t.Error("the previous generation is still exposed")
	}
}

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *Metrics
	m.Question(SourceDM, OutcomeBusy)
	m.Stage(StagePost, time.Second)
	m.Fallback(ModelRewrite, ReasonError)
	m.SlackError("chat.postMessage")
	m.RateLimited("global")
	m.Reload(ReloadError)
	m.SetIndex("gen", "e", 1, 1, time.Now())
	m.SetQueueProbe(func() (int, int) { return 0, 0 })
	if code, _ := get(t, OpsHandler(nil, nil), "/metrics"); code != http.StatusNotFound {
		t.Errorf("/metrics without metrics: %d, want 404", code)
	}
}

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

func TestHealthAndReadiness(t *testing.T) {
	loading := errors.New("the store is still loading")
	var err error = loading
	h := OpsHandler(New(), func() (string, error) { return "generation gen-7, 9 reports, 335 chunks", err })
	if code, body := get(t, h, "/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get(t, h, "/readyz"); code != 503 || body != "not ready: the store is still loading\n" {
		t.Errorf("/readyz while loading: %d %q", code, body)
	}
	err = nil
	if code, body := get(t, h, "/readyz"); code != 200 || body != "ready: generation gen-7, 9 reports, 335 chunks\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	if code, _ := get(t, OpsHandler(nil, nil), "/readyz"); code != 200 {
		t.Errorf("/readyz with no check: %d", code)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/healthz", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz: %d, want 405", rec.Code)
	}
}

func TestClockFallbacks(t *testing.T) {
	cases := []struct {
		name      string
		calls     [][2]string // stage, reason
		modelUsed bool
		want      []string
	}{
		{name: "model answer used", calls: [][2]string{{ModelRewrite, ""}, {ModelGenerate, ""}}, modelUsed: true},
		{name: "generate timed out", calls: [][2]string{{ModelGenerate, ReasonTimeout}}, want: []string{"generate:timeout"}},
		{name: "unverified after repair", calls: [][2]string{{ModelGenerate, ""}, {ModelGenerate, ""}}, want: []string{"generate:unverified"}},
		{name: "repair failed", calls: [][2]string{{ModelGenerate, ""}, {ModelGenerate, ReasonError}}, want: []string{"generate:error"}},
		{name: "rewrite failed, answer used", calls: [][2]string{{ModelRewrite, ReasonError}, {ModelGenerate, ""}}, modelUsed: true, want: []string{"rewrite:error"}},
		{name: "no model"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, clock := WithClock(context.Background())
			if ClockFrom(ctx) != clock {
				t.Fatal("ClockFrom does not return the clock")
			}
			for _, call := range c.calls {
				ClockFrom(ctx).Record(call[0], time.Millisecond, call[1])
			}
			var got []string
			for _, f := range clock.Fallbacks(c.modelUsed) {
				got = append(got, f.Stage+":"+f.Reason)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("fallbacks = %v, want %v", got, c.want)
			}
			if want := time.Duration(len(c.calls)) * time.Millisecond; clock.ModelTime() != want {
				t.Errorf("model time %v, want %v", clock.ModelTime(), want)
			}
		})
	}
	var nilClock *Clock
	nilClock.Record(ModelGenerate, time.Second, "")
	if nilClock.ModelTime() != 0 || nilClock.Fallbacks(false) != nil {
		t.Error("a nil clock reports something")
	}
	if RequestID(WithRequestID(context.Background(), "req-1")) != "req-1" {
		t.Error("request id lost")
	}
}
