package llm

import (
	"context"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// fastRetry keeps test retries quick; the server's Retry-After still applies (capped at 5s).
var fastRetry = Options{Backoff: time.Millisecond, MaxRetryWait: 5 * time.Second}

// newTestClient returns a Client for srv with the given per-request timeout and options.
func newTestClient(tb testing.TB, srv *llmtest.Server, key string, timeout time.Duration, opts Options) *Client {
	tb.Helper()
	cfg := config.Config{OpenAIKey: key, OpenAIBaseURL: srv.URL, LLMTimeout: timeout}
	return New(cfg, slog.New(slog.DiscardHandler), opts)
}

func newServer(tb testing.TB, opts llmtest.Options) *llmtest.Server {
	tb.Helper()
	srv := llmtest.New(opts)
	tb.Cleanup(srv.Close)
	return srv
}

func TestAuthorization(t *testing.T) {
	for key, want := range map[string]string{"": "", "sk-test": "Bearer sk-test"} {
		srv := newServer(t, llmtest.Options{})
		c := newTestClient(t, srv, key, time.Second, fastRetry)
		if _, err := c.EmbedBatch(context.Background(), "m", []string{"盛泽"}); err != nil {
			t.Fatal(err)
		}
		if _, err := c.stream(context.Background(), chatRequest("m", nil, 10), nil); err != nil {
			t.Fatal(err)
		}
		if got := srv.ChatRequests()[0].Authorization; got != want {
			t.Errorf("key %q: Authorization = %q, want %q", key, got, want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tt := range []struct {
		h    http.Header
		want time.Duration
	}{
		{http.Header{}, 0},
		{http.Header{"Retry-After": {"2"}}, 2 * time.Second},
		{http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond},
		{http.Header{"Retry-After": {"-1"}}, 0},
		{http.Header{"Retry-After": {"soon"}}, 0},
		{http.Header{"Retry-After": {now.Add(7 * time.Second).Format(http.TimeFormat)}}, 7 * time.Second},
		{http.Header{"Retry-After": {now.Add(-time.Minute).Format(http.TimeFormat)}}, 0},
		{http.Header{"Retry-After-Ms": {"250"}, "Retry-After": {"9"}}, 250 * time.Millisecond},
	} {
		if got := parseRetryAfter(tt.h, now); got != tt.want {
			t.Errorf("parseRetryAfter(%v) = %v, want %v", tt.h, got, tt.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	c := New(config.Config{}, nil, Options{Backoff: 100 * time.Millisecond, MaxRetryWait: time.Second})
	for attempt := range 8 {
		got := c.backoff(attempt, 0)
		base := 100 * time.Millisecond << attempt
		if got < min(base/2, time.Second) || got > min(base, time.Second) {
			t.Errorf("backoff(%d) = %v, want within [%v, %v]", attempt, got, base/2, base)
		}
	}
	if got := c.backoff(0, time.Hour); got != time.Second {
		t.Errorf("a Retry-After of an hour must be capped at MaxRetryWait, got %v", got)
	}
	if got := c.backoff(3, 300*time.Millisecond); got != 300*time.Millisecond {
		t.Errorf("Retry-After must be honoured, got %v", got)
	}
}

func TestChatRequestParams(t *testing.T) {
	for _, tt := range []struct {
		model     string
		reasoning bool
	}{
		{"gpt-4o-mini", false}, {"deepseek-chat", false}, {"qwen2.5:7b", false},
		{"o1", true}, {"o3-mini", true}, {"o4-mini", true}, {"gpt-5", true}, {"gpt-5-mini", true}, {"openai/o3", true},
	} {
		req := chatRequest(tt.model, nil, 100)
		if got := reasoningModel(tt.model); got != tt.reasoning {
			t.Errorf("reasoningModel(%q) = %v", tt.model, got)
		}
		//lint:ignore SA1019 the request must carry max_tokens for these models (see chatRequest)
		maxTokens := req.MaxTokens
		if tt.reasoning {
			if maxTokens != 0 || req.MaxCompletionTokens == 0 || req.Temperature != 0 {
				t.Errorf("%s: %+v: want max_completion_tokens and no temperature", tt.model, req)
			}
		} else if maxTokens != 100 || req.MaxCompletionTokens != 0 || req.Temperature == 0 {
			// Temperature 0 would be omitted by go-openai and the server default (1) would apply.
			t.Errorf("%s: want max_tokens and a low non-zero temperature, got %+v", tt.model, req)
		}
	}
}

func TestNewDefaults(t *testing.T) {
	c := New(config.Config{}, nil)
	if c.timeout != 30*time.Second || c.opts.BatchSize != DefaultBatchSize || c.opts.Concurrency != DefaultConcurrency ||
		c.opts.MaxRetries != DefaultMaxRetries || c.opts.MaxRetryWait != DefaultMaxRetryWait {
		t.Errorf("defaults not applied: %+v, timeout %v", c.opts, c.timeout)
	}
	if EmbedderName("text-embedding-3-small") != "openai:text-embedding-3-small" {
		t.Error("EmbedderName")
	}
}
