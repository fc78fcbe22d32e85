// Package llm is reportbot's client for any OpenAI-compatible API (OpenAI, Azure, DeepSeek,
// vLLM, Ollama) through go-openai: batched embeddings with retries, a resumable embedding
// cache, and chat completions — streamed (Stream) or in JSON mode (JSON) — with retries,
// deadlines and the ErrBadOutput semantics. It knows no prompts and no answer types: the model
// stage in retrieval/answer renders prompts and calls it. Nothing here runs unless the command
// layer builds a Client from a configuration that names an API.
package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/reportbot/reportbot/internal/config"
	openai "github.com/sashabaranov/go-openai"
)

// Defaults for a Client; Options override them.
const (
	DefaultBatchSize    = 64
	DefaultConcurrency  = 4
	DefaultMaxRetries   = 4
	DefaultMaxRetryWait = 20 * time.Second
	defaultBackoff      = 500 * time.Millisecond
	// emptyMessagesLimit is far above go-openai's 300 so that servers sending SSE keep-alive
	// comments while a slow model thinks do not abort the stream.
	emptyMessagesLimit = 100_000
)

// Client talks to one OpenAI-compatible API. It is safe for concurrent use.
type Client struct {
	api     *openai.Client
	log     *slog.Logger
	timeout time.Duration
	opts    Options
}

// Options tune a Client; zero fields take the defaults.
type Options struct {
	// BatchSize is how many texts one embeddings request carries (default 64).
	BatchSize int
	// Concurrency bounds the embeddings requests in flight (default 4).
	Concurrency int
	// MaxRetries is how many times a request failing with 429/5xx is retried (default 4; chat
	// requests retry at most twice, since a person is waiting).
	MaxRetries int
	// Backoff is the first retry's wait when the server gives no Retry-After (default 500ms,
	// doubling with jitter).
	Backoff time.Duration
	// MaxRetryWait caps any one wait, including a server's Retry-After (default 20s).
	MaxRetryWait time.Duration
}

// New returns a client for the API cfg names: cfg.OpenAIBaseURL (default OpenAI's) with
// cfg.OpenAIKey (an empty key sends no Authorization header, as Ollama and vLLM expect). Each
// request gets cfg.LLMTimeout as its deadline. opts, at most one, overrides the defaults.
func New(cfg config.Config, logger *slog.Logger, opts ...Options) *Client {
	oc := openai.DefaultConfig(cfg.OpenAIKey)
	if cfg.OpenAIBaseURL != "" {
		oc.BaseURL = cfg.OpenAIBaseURL
	}
	oc.HTTPClient = hintDoer{&http.Client{}}
	oc.EmptyMessagesLimit = emptyMessagesLimit
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{
		api:     openai.NewClientWithConfig(oc),
		log:     logger.With("component", "llm"),
		timeout: cfg.LLMTimeout,
	}
	if len(opts) > 0 {
		c.opts = opts[0]
	}
	if c.timeout <= 0 {
		c.timeout = 30 * time.Second
	}
	if c.opts.BatchSize <= 0 {
		c.opts.BatchSize = DefaultBatchSize
	}
	if c.opts.Concurrency <= 0 {
		c.opts.Concurrency = DefaultConcurrency
	}
	if c.opts.MaxRetries <= 0 {
		c.opts.MaxRetries = DefaultMaxRetries
	}
	if c.opts.Backoff <= 0 {
		c.opts.Backoff = defaultBackoff
	}
	if c.opts.MaxRetryWait <= 0 {
		c.opts.MaxRetryWait = DefaultMaxRetryWait
	}
	return c
}

// retry runs call until it succeeds, fails with an error that retrying cannot fix, runs out of
// attempts, or ctx ends. It waits between attempts, honouring the server's Retry-After (capped
// at MaxRetryWait); it gives up at once when the wait would outlast ctx's deadline. call gets a
// context carrying a slot for the Retry-After of its response.
func (c *Client) retry(ctx context.Context, what string, maxRetries int, call func(ctx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		hint := new(retryHint)
		err := call(context.WithValue(ctx, hintKey{}, hint))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
		if attempt >= maxRetries || !retryable(err) {
			return fmt.Errorf("%s: %w", what, err)
		}
		wait := c.backoff(attempt, hint.after)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return fmt.Errorf("%s: retry in %v would pass the deadline: %w", what, wait, err)
		}
		c.log.Debug("retrying", "op", what, "attempt", attempt+1, "wait", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%s: %w (last error: %w)", what, ctx.Err(), err)
		}
	}
}

// backoff is the wait before retry attempt+1: the server's Retry-After when it gave one, else
// exponential with full jitter; always capped.
func (c *Client) backoff(attempt int, after time.Duration) time.Duration {
	wait := after
	if wait <= 0 {
		base := c.opts.Backoff << min(attempt, 10)
		wait = base/2 + rand.N(base/2+1)
	}
	return min(wait, c.opts.MaxRetryWait)
}

// StatusCode returns the HTTP status of an API error (0 when err carries none).
func StatusCode(err error) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// retryable reports whether err is worth another attempt: rate limits, server errors, and
// connections that failed or timed out at the transport (the caller's ctx is checked apart).
func retryable(err error) bool {
	switch code := StatusCode(err); {
	case code == http.StatusTooManyRequests, code == http.StatusRequestTimeout, code >= 500:
		return true
	case code != 0:
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true // the attempt's own deadline, not the caller's
	}
	var netErr net.Error
	return errors.As(err, &netErr)
}

// hintKey carries a *retryHint in a request's context.
type hintKey struct{}

// retryHint receives the Retry-After of a failed response. go-openai's errors do not carry
// response headers, so hintDoer records it on the way through.
type retryHint struct{ after time.Duration }

// hintDoer is the HTTP client go-openai uses: it notes Retry-After on error responses.
type hintDoer struct{ c *http.Client }

func (d hintDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req)
	if err != nil || resp.StatusCode < 400 {
		return resp, err
	}
	if h, ok := req.Context().Value(hintKey{}).(*retryHint); ok {
		h.after = parseRetryAfter(resp.Header, time.Now())
	}
	return resp, err
}

// parseRetryAfter reads retry-after-ms (OpenAI) or Retry-After (seconds or an HTTP date).
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// reasoningModel reports whether model takes max_completion_tokens instead of max_tokens and
// only its default temperature (OpenAI's o-series and gpt-5).
func reasoningModel(model string) bool {
	m := strings.ToLower(model)
	if i := strings.LastIndex(m, "/"); i >= 0 {
		m = m[i+1:] // "openai/o3-mini" behind a router
	}
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// chatRequest builds a request with the sampling settings reportbot wants where the model
// allows them: a low temperature (0 would be omitted by go-openai, leaving the server's
// default of 1) and a token cap in the field the model accepts.
func chatRequest(model string, msgs []openai.ChatCompletionMessage, maxTokens int) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: model, Messages: msgs}
	if reasoningModel(model) {
		req.MaxCompletionTokens = maxTokens * 4 // reasoning tokens count against the cap
	} else {
		req.Temperature = 0.1
		// max_tokens, deprecated by OpenAI for its reasoning models only, is the field the
		// other models and most OpenAI-compatible servers (vLLM, Ollama, DeepSeek) read.
		//lint:ignore SA1019 see above
		req.MaxTokens = maxTokens
	}
	return req
}
