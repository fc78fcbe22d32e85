package llm

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// chatMessages is a small conversation to stream.
func chatMessages() []Message {
	return []Message{{Role: RoleSystem, Content: "Answer from the passages."}, {Role: RoleUser, Content: "<passage n=\"1\">一般公共预算收入增长5.5%左右。</passage>"}}
}

const goodAnswer = "Shengze (盛泽镇) aims to grow general public budget revenue by about 5.5% [1]; in 2023 it expected 31.81亿元 [2]."

func generate(t *testing.T, srv *llmtest.Server, model string, timeout time.Duration) (string, []string, error) {
	t.Helper()
	c := newTestClient(t, srv, "", timeout, fastRetry)
	var deltas []string
	text, err := c.Stream(context.Background(), model, chatMessages(), 1024, func(d string) { deltas = append(deltas, d) })
	return text, deltas, err
}

func TestStreamGood(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: goodAnswer} }})
	text, deltas, err := generate(t, srv, "gpt-4o-mini", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if text != goodAnswer || strings.Join(deltas, "") != goodAnswer || len(deltas) < 2 {
		t.Errorf("text %q from %d deltas", text, len(deltas))
	}
	reqs := srv.ChatRequests()
	if len(reqs) != 1 || !reqs[0].Stream {
		t.Fatalf("want one streamed request, got %+v", reqs)
	}
	r := reqs[0]
	if r.Raw["temperature"] == nil || r.Raw["max_tokens"] == nil || r.Raw["max_completion_tokens"] != nil {
		t.Errorf("gpt-4o-mini request: temperature %v, max_tokens %v, max_completion_tokens %v",
			r.Raw["temperature"], r.Raw["max_tokens"], r.Raw["max_completion_tokens"])
	}
	if r.System() != chatMessages()[0].Content || r.User() != chatMessages()[1].Content {
		t.Error("the messages were not sent as given")
	}
}

func TestStreamReasoningModel(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: goodAnswer} }})
	if _, _, err := generate(t, srv, "o3-mini", time.Second); err != nil {
		t.Fatal(err)
	}
	r := srv.ChatRequests()[0]
	if r.Raw["temperature"] != nil || r.Raw["max_tokens"] != nil || r.Raw["max_completion_tokens"] == nil {
		t.Errorf("o3-mini request: temperature %v, max_tokens %v, max_completion_tokens %v",
			r.Raw["temperature"], r.Raw["max_tokens"], r.Raw["max_completion_tokens"])
	}
}

func TestStreamRetryBeforeStream(t *testing.T) {
	t.Run("429 with Retry-After", func(t *testing.T) {
		var first time.Time
		srv := newServer(t, llmtest.Options{Chat: func(r llmtest.ChatRequest) llmtest.Reply {
			if r.Call == 1 {
				return llmtest.Reply{Status: http.StatusTooManyRequests, Header: http.Header{"Retry-After": {"1"}}}
			}
			return llmtest.Reply{Text: goodAnswer}
		}})
		first = time.Now()
		text, _, err := generate(t, srv, "m", 5*time.Second)
		if err != nil || text != goodAnswer {
			t.Fatalf("text %q, err %v", text, err)
		}
		if len(srv.ChatRequests()) != 2 || time.Since(first) < time.Second {
			t.Errorf("%d requests in %v: want the second after the 1s Retry-After", len(srv.ChatRequests()), time.Since(first))
		}
	})
	t.Run("500 then ok", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Chat: func(r llmtest.ChatRequest) llmtest.Reply {
			if r.Call == 1 {
				return llmtest.Reply{Status: http.StatusInternalServerError}
			}
			return llmtest.Reply{Text: goodAnswer}
		}})
		if text, _, err := generate(t, srv, "m", time.Second); err != nil || text != goodAnswer {
			t.Fatalf("text %q, err %v", text, err)
		}
	})
	t.Run("500 always", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
			return llmtest.Reply{Status: http.StatusInternalServerError}
		}})
		_, _, err := generate(t, srv, "m", time.Second)
		if StatusCode(err) != http.StatusInternalServerError {
			t.Fatalf("err = %v, want the 500", err)
		}
		if n := len(srv.ChatRequests()); n != 1+chatRetries {
			t.Errorf("%d requests, want %d", n, 1+chatRetries)
		}
	})
	t.Run("401 not retried", func(t *testing.T) {
		srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
			return llmtest.Reply{Status: http.StatusUnauthorized}
		}})
		if _, _, err := generate(t, srv, "m", time.Second); StatusCode(err) != http.StatusUnauthorized {
			t.Fatalf("err = %v", err)
		}
		if n := len(srv.ChatRequests()); n != 1 {
			t.Errorf("%d requests, want 1", n)
		}
	})
}

func TestStreamBadStreams(t *testing.T) {
	for _, tt := range []struct {
		name     string
		reply    llmtest.Reply
		deadline bool // the error is the deadline, not the output
	}{
		{"truncated", llmtest.Reply{Text: goodAnswer, Truncate: true}, false},
		{"malformed chunk", llmtest.Reply{Text: goodAnswer, Malformed: true}, false},
		{"content filter", llmtest.Reply{Text: goodAnswer, FinishReason: "content_filter"}, false},
		{"empty", llmtest.Reply{Text: ""}, false},
		{"slow start", llmtest.Reply{Text: goodAnswer, Delay: 5 * time.Second}, true},
		{"slow stream", llmtest.Reply{Chunks: []string{"a", "b", "c", "d"}, ChunkDelay: 2 * time.Second}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return tt.reply }})
			c := newTestClient(t, srv, "", 150*time.Millisecond, Options{Backoff: time.Millisecond, MaxRetries: 1})
			start := time.Now()
			_, err := c.Stream(context.Background(), "m", chatMessages(), 1024, nil)
			if err == nil {
				t.Fatal("want an error")
			}
			if tt.deadline != errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v; deadline exceeded: %v, want %v", err, errors.Is(err, context.DeadlineExceeded), tt.deadline)
			}
			if !tt.deadline && !errors.Is(err, ErrBadOutput) {
				t.Errorf("err = %v, want ErrBadModelOutput", err)
			}
			// Generous: only a missing deadline would wait for the server's 5s.
			if time.Since(start) > 3*time.Second {
				t.Errorf("took %v: the per-request deadline was not applied", time.Since(start))
			}
			if tt.name != "slow start" && len(srv.ChatRequests()) != 1 {
				t.Errorf("%d requests: a started stream must not be retried", len(srv.ChatRequests()))
			}
		})
	}
}

func TestStreamKeepAlives(t *testing.T) {
	// More keep-alive comments than go-openai's default limit of 300.
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
		return llmtest.Reply{Text: goodAnswer, KeepAlives: 1000}
	}})
	if text, _, err := generate(t, srv, "m", time.Second); err != nil || text != goodAnswer {
		t.Fatalf("text %q, err %v", text, err)
	}
}

func TestStreamLengthAccepted(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
		return llmtest.Reply{Text: goodAnswer, FinishReason: "length"}
	}})
	if _, _, err := generate(t, srv, "m", time.Second); err != nil {
		t.Fatal(err) // verification judges what a length-capped answer says
	}
}

func TestStreamCallerDeadline(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
		return llmtest.Reply{Status: http.StatusServiceUnavailable, Header: http.Header{"Retry-After": {"4"}}}
	}})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	if _, err := c.Stream(ctx, "m", chatMessages(), 1024, nil); err == nil {
		t.Fatal("want an error")
	}
	if time.Since(start) > 1500*time.Millisecond {
		t.Error("waited for a Retry-After that cannot fit in the caller's deadline")
	}
}
