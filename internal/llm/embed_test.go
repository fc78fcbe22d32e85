package llm

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("第%d段:一般公共预算收入增长%d%%", i, i%10)
	}
	return out
}

func TestEmbedBatch(t *testing.T) {
	srv := newServer(t, llmtest.Options{Dim: 16})
	c := newTestClient(t, srv, "", time.Second, Options{BatchSize: 64, Concurrency: 4})
	in := texts(150)
	vs, err := c.EmbedBatch(context.Background(), "bge-m3", in)
	if err != nil {
		t.Fatal(err)
	}
	if got := srv.EmbedRequests(); got != 3 {
		t.Errorf("%d requests for 150 texts in batches of 64, want 3", got)
	}
	if got := srv.EmbedTexts(); got != 150 {
		t.Errorf("%d texts sent, want 150", got)
	}
	for i, v := range vs {
		if len(v) != 16 {
			t.Fatalf("vector %d has %d dims", i, len(v))
		}
		var norm, dot float64
		want := llmtest.Vector(in[i], 16)
		var wn float64
		for j := range v {
			norm += float64(v[j]) * float64(v[j])
			dot += float64(v[j]) * float64(want[j])
			wn += float64(want[j]) * float64(want[j])
		}
		if math.Abs(norm-1) > 1e-5 {
			t.Errorf("vector %d has norm² %v, want 1", i, norm)
		}
		// In order: the fake serves items in reverse, so this checks the index is used.
		if math.Abs(dot/math.Sqrt(wn)-1) > 1e-5 {
			t.Errorf("vector %d is not the embedding of text %d", i, i)
		}
	}
}

func TestEmbedConcurrencyBounded(t *testing.T) {
	var inFlight, peak atomic.Int64
	srv := newServer(t, llmtest.Options{Embed: func(llmtest.EmbedRequest) llmtest.Reply {
		n := inFlight.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		inFlight.Add(-1)
		return llmtest.Reply{}
	}})
	c := newTestClient(t, srv, "", time.Second, Options{BatchSize: 2, Concurrency: 3})
	if _, err := c.EmbedBatch(context.Background(), "m", texts(40)); err != nil {
		t.Fatal(err)
	}
	if p := peak.Load(); p > 3 || p < 2 {
		t.Errorf("peak concurrency %d, want 2..3 (bounded by 3)", p)
	}
	if srv.EmbedRequests() != 20 {
		t.Errorf("%d requests, want 20", srv.EmbedRequests())
	}
}

func TestEmbedRetryAfter(t *testing.T) {
	var first, gap atomic.Int64
	srv := newServer(t, llmtest.Options{Embed: func(r llmtest.EmbedRequest) llmtest.Reply {
		if r.Call == 1 {
			first.Store(time.Now().UnixNano())
			return llmtest.Reply{Status: http.StatusTooManyRequests, Header: http.Header{"Retry-After": {"1"}}}
		}
		gap.Store(time.Now().UnixNano() - first.Load())
		return llmtest.Reply{}
	}})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	if _, err := c.EmbedBatch(context.Background(), "m", texts(3)); err != nil {
		t.Fatal(err)
	}
	if srv.EmbedRequests() != 2 {
		t.Errorf("%d requests, want 2", srv.EmbedRequests())
	}
	if g := time.Duration(gap.Load()); g < time.Second {
		t.Errorf("retried after %v, before the server's Retry-After of 1s", g)
	}
}

func TestEmbedRetryAfterCapped(t *testing.T) {
	srv := newServer(t, llmtest.Options{Embed: func(r llmtest.EmbedRequest) llmtest.Reply {
		if r.Call == 1 {
			return llmtest.Reply{Status: http.StatusTooManyRequests, Header: http.Header{"Retry-After": {"3600"}}}
		}
		return llmtest.Reply{}
	}})
	c := newTestClient(t, srv, "", time.Second, Options{Backoff: time.Millisecond, MaxRetryWait: 20 * time.Millisecond})
	start := time.Now()
	if _, err := c.EmbedBatch(context.Background(), "m", texts(1)); err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 2*time.Second {
		t.Error("Retry-After was not capped")
	}
}

func TestEmbedRetryAfterPastDeadline(t *testing.T) {
	srv := newServer(t, llmtest.Options{Embed: func(llmtest.EmbedRequest) llmtest.Reply {
		return llmtest.Reply{Status: http.StatusTooManyRequests, Header: http.Header{"Retry-After": {"4"}}}
	}})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, err := c.EmbedBatch(ctx, "m", texts(1))
	if err == nil || !strings.Contains(err.Error(), "would pass the deadline") {
		t.Fatalf("err = %v, want a give-up before the deadline", err)
	}
	if time.Since(start) > 1500*time.Millisecond {
		t.Error("waited although the wait could not fit before the deadline")
	}
}

func TestEmbedServerErrors(t *testing.T) {
	t.Run("500 then ok", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Embed: func(r llmtest.EmbedRequest) llmtest.Reply {
			if r.Call <= 2 {
				return llmtest.Reply{Status: http.StatusInternalServerError}
			}
			return llmtest.Reply{}
		}})
		c := newTestClient(t, srv, "", time.Second, fastRetry)
		if _, err := c.EmbedBatch(context.Background(), "m", texts(2)); err != nil {
			t.Fatal(err)
		}
		if srv.EmbedRequests() != 3 {
			t.Errorf("%d requests, want 3", srv.EmbedRequests())
		}
	})
	t.Run("500 always", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Embed: func(llmtest.EmbedRequest) llmtest.Reply {
			return llmtest.Reply{Status: http.StatusBadGateway}
		}})
		c := newTestClient(t, srv, "", time.Second, Options{Backoff: time.Millisecond, MaxRetries: 2})
		_, err := c.EmbedBatch(context.Background(), "m", texts(2))
		if StatusCode(err) != http.StatusBadGateway {
			t.Fatalf("err = %v, want the 502", err)
		}
		if srv.EmbedRequests() != 3 {
			t.Errorf("%d requests, want 1 + 2 retries", srv.EmbedRequests())
		}
	})
	t.Run("400 not retried", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Embed: func(llmtest.EmbedRequest) llmtest.Reply {
			return llmtest.Reply{Status: http.StatusBadRequest}
		}})
		c := newTestClient(t, srv, "", time.Second, fastRetry)
		if _, err := c.EmbedBatch(context.Background(), "m", texts(2)); StatusCode(err) != http.StatusBadRequest {
			t.Fatalf("err = %v", err)
		}
		if srv.EmbedRequests() != 1 {
			t.Errorf("%d requests, want 1", srv.EmbedRequests())
		}
	})
	t.Run("malformed", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Embed: func(llmtest.EmbedRequest) llmtest.Reply {
			return llmtest.Reply{Malformed: true}
		}})
		c := newTestClient(t, srv, "", time.Second, fastRetry)
		if _, err := c.EmbedBatch(context.Background(), "m", texts(2)); err == nil {
			t.Fatal("want an error for a malformed body")
		}
	})
}

func TestEmbedSlow(t *testing.T) {
	srv := newServer(t, llmtest.Options{EmbedLatency: 5 * time.Second})
	c := newTestClient(t, srv, "", 50*time.Millisecond, Options{Backoff: time.Millisecond, MaxRetries: 1})
	start := time.Now()
	_, err := c.EmbedBatch(context.Background(), "m", texts(1))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the per-request deadline", err)
	}
	if time.Since(start) > 3*time.Second {
		t.Error("the per-request deadline was not applied")
	}
	if srv.EmbedRequests() != 2 {
		t.Errorf("%d requests, want 2 (a timed-out request is retried once)", srv.EmbedRequests())
	}
}

func TestEmbedDimMismatch(t *testing.T) {
	srv := newServer(t, llmtest.Options{Dim: 8, Embed: func(r llmtest.EmbedRequest) llmtest.Reply {
		if r.Call == 2 {
			return llmtest.Reply{Dim: 9}
		}
		return llmtest.Reply{}
	}})
	c := newTestClient(t, srv, "", time.Second, Options{BatchSize: 2, Concurrency: 1})
	if _, err := c.EmbedBatch(context.Background(), "m", texts(4)); !errors.Is(err, ErrDimMismatch) {
		t.Fatalf("err = %v, want ErrDimMismatch", err)
	}
}

func TestEmbedEmptyText(t *testing.T) {
	srv := newServer(t, llmtest.Options{})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	if _, err := c.EmbedBatch(context.Background(), "m", []string{"a", ""}); err == nil {
		t.Fatal("want an error for an empty text")
	}
	if srv.EmbedRequests() != 0 {
		t.Error("nothing should be sent")
	}
	if vs, err := c.EmbedBatch(context.Background(), "m", nil); err != nil || vs != nil {
		t.Errorf("no texts: %v, %v", vs, err)
	}
}

func TestEmbedCancel(t *testing.T) {
	srv := newServer(t, llmtest.Options{EmbedLatency: 5 * time.Second})
	c := newTestClient(t, srv, "", 10*time.Second, Options{BatchSize: 1, Concurrency: 2})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.EmbedBatch(ctx, "m", texts(20)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if n := srv.EmbedRequests(); n > 2 {
		t.Errorf("%d requests sent after the caller gave up", n)
	}
}

func TestEmbedFunc(t *testing.T) {
	srv := newServer(t, llmtest.Options{Dim: 32})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	v, err := c.EmbedFunc("m")(context.Background(), "盛泽镇工业投资目标是多少?")
	if err != nil {
		t.Fatal(err)
	}
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if len(v) != 32 || math.Abs(n-1) > 1e-5 {
		t.Errorf("query vector: %d dims, norm² %v", len(v), n)
	}
}
