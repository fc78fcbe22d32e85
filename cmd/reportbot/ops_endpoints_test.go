package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/llm/llmtest"
	"github.com/reportbot/reportbot/internal/store"
)

// checkOps checks /healthz, /readyz and /metrics at base after one answered mention.
func checkOps(t *testing.T, base, db string) {
	t.Helper()
	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	gen, _ := store.Current(db)
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusOK ||
		body != "ready: generation "+gen+", 9 reports, 335 chunks\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	code, page := httpGet(t, base+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	for series, want := range map[string]float64{
		`reportbot_questions_total{outcome="answered",source="mention"}`:           1,
		`reportbot_questions_total{outcome="rate_limited",source="mention"}`:       0,
		`reportbot_stage_duration_seconds_count{stage="retrieve"}`:                 1,
		`reportbot_stage_duration_seconds_count{stage="post"}`:                     1,
		`reportbot_stage_duration_seconds_count{stage="total"}`:                    1,
		`reportbot_rate_limited_total{scope="user"}`:                               0,
		`reportbot_reloads_total{result="ok"}`:                                     0,
		`reportbot_index_chunks`:                                                   335,
		`reportbot_index_reports`:                                                  9,
		`reportbot_queue_length`:                                                   0,
		`reportbot_answers_in_flight`:                                              0,
		`reportbot_index_info{embedder="local-ngram-v1",generation="` + gen + `"}`: 1,
	} {
		if got := metricValue(page, series); got != want {
			t.Errorf("%s = %v, want %v", series, got, want)
		}
	}
	for _, name := range []string{"# TYPE reportbot_stage_duration_seconds histogram", "# HELP reportbot_model_fallbacks_total",
		"# HELP reportbot_slack_api_errors_total", "reportbot_index_loaded_timestamp_seconds ", "go_goroutines "} {
		if !strings.Contains(page, name) {
			t.Errorf("/metrics lacks %q", name)
		}
	}
	if code, _ := httpGet(t, base+"/nothing-here"); code != http.StatusNotFound {
		t.Errorf("/nothing-here: %d, want 404", code)
	}
}

func TestServeOpsEndpointsInSocketMode(t *testing.T) {
	db := bundledDB(t)
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, []string{"--db", db, "--metrics-addr", "127.0.0.1:0"}, nil)
	s.WaitConnections(t, 1, waitLong)
	base := "http://" + logAddr(t, s, stderr, "ops: listening")
	checkCited(t, askAndWait(t, s, "U1", shengzeQuestion, "1700005000.000001"))
	s.WaitFor(t, 10*time.Second, "the answered log record", func() bool {
		return len(logRecords(stderr.String(), "answered")) == 1
	})
	checkOps(t, base, db)

	// The answer's log record carries the request id, stage timings, mode and citations.
	rec := logRecords(stderr.String(), "answered")[0]
	for _, k := range []string{"request_id", "source", "queue_ms", "retrieve_ms", "model_ms", "post_ms", "elapsed_ms", "mode", "citations", "grounded", "answer_id"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("answered record lacks %s: %v", k, rec)
		}
	}
	if rec["mode"] != "extractive" || rec["source"] != "mention" || rec["citations"].(float64) < 1 {
		t.Errorf("answered record: %v", rec)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
	logs := stderr.String()
	if strings.Contains(logs, slacktest.BotToken) || strings.Contains(logs, slacktest.AppToken) {
		t.Error("a token was logged")
	}
}

func TestServeOpsEndpointsInHTTPMode(t *testing.T) {
	const secret = "ops-signing-secret"
	db := bundledDB(t)
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, []string{"--db", db, "--mode", "http", "--addr", "127.0.0.1:0"},
		map[string]string{"SLACK_APP_TOKEN": "", "SLACK_SIGNING_SECRET": secret})
	base := "http://" + logAddr(t, s, stderr, "http mode: listening")
	postSignedMention(t, base, secret, "EvOpsHTTP", "1700005100.000001")
	checkCited(t, citedAnswer(t, s, "1700005100.000001"))
	s.WaitFor(t, 10*time.Second, "the answered log record", func() bool {
		return len(logRecords(stderr.String(), "answered")) == 1
	})
	checkOps(t, base, db)
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

func TestServeCountsModelFallbacks(t *testing.T) {
	// A model whose answers cite nothing fails verification (and its repair too), so the
	// extractive answer is shown; its rewrites are not JSON, so the offline analysis is used.
	model := llmtest.New(llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
		return llmtest.Reply{Text: "盛泽镇的目标很高。"}
	}})
	defer model.Close()
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, []string{"--db", bundledDB(t), "--metrics-addr", "127.0.0.1:0"},
		map[string]string{"OPENAI_BASE_URL": model.URL, "REPORTBOT_CHAT_MODEL": "fake-chat"})
	s.WaitConnections(t, 1, waitLong)
	base := "http://" + logAddr(t, s, stderr, "ops: listening")
	checkCited(t, askAndWait(t, s, "U1", shengzeQuestion, "1700005200.000001"))
	s.WaitFor(t, 10*time.Second, "the answered log record", func() bool {
		return len(logRecords(stderr.String(), "answered")) == 1
	})
	_, page := httpGet(t, base+"/metrics")
	if v := metricValue(page, `reportbot_model_fallbacks_total{reason="unverified",stage="generate"}`); v != 1 {
		t.Errorf("generate fallbacks (unverified) = %v, want 1\n%s", v, grepLines(page, "fallbacks"))
	}
	if v := metricValue(page, `reportbot_model_fallbacks_total{reason="bad_output",stage="rewrite"}`); v != 1 {
		t.Errorf("rewrite fallbacks (bad_output) = %v, want 1\n%s", v, grepLines(page, "fallbacks"))
	}
	if v := metricValue(page, `reportbot_stage_duration_seconds_count{stage="model"}`); v != 1 {
		t.Errorf("model stage observations = %v, want 1", v)
	}
	rec := logRecords(stderr.String(), "answered")[0]
	if fb, _ := rec["fallbacks"].([]any); len(fb) == 0 || !strings.Contains(strings.Join(anyStrings(fb), " "), "generate:unverified") {
		t.Errorf("answered record does not name the fallback: %v", rec)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

func TestServeRejectsBadLimits(t *testing.T) {
	for _, c := range []struct{ env, value string }{
		{"REPORTBOT_RATE_USER", "lots"},
		{"REPORTBOT_RATE_GLOBAL", "10/fortnight"},
	} {
		e, _ := serveEnv(t, map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", c.env: c.value})
		err := runServe(context.Background(), e, []string{"--db", t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), c.env) {
			t.Errorf("%s=%s: %v, want an error naming %s", c.env, c.value, err, c.env)
		}
	}
}

func anyStrings(v []any) []string {
	out := make([]string, len(v))
	for i, x := range v {
		out[i], _ = x.(string)
	}
	return out
}
