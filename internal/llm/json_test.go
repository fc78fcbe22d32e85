package llm

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

const goodRewrite = `{"question":"What is Shengze's general public budget revenue target?","queries":["盛泽镇 一般公共预算收入 目标","盛泽镇 预期目标"],"entities":["盛泽镇"],"level":"镇","indicator":"一般公共预算收入","kind":"target","value":"","comparator":""}`

func jsonMessages() []Message {
	return []Message{{Role: RoleSystem, Content: "Reply with JSON."}, {Role: RoleUser, Content: "and Shengze? Reply with JSON."}}
}

func TestJSON(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: goodRewrite} }})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	text, err := c.JSON(context.Background(), "gpt-4o-mini", jsonMessages(), 400)
	if err != nil {
		t.Fatal(err)
	}
	if text != goodRewrite {
		t.Errorf("text = %q", text)
	}
	r := srv.ChatRequests()[0]
	if r.ResponseFormat != "json_object" || r.Stream {
		t.Errorf("response_format %q, stream %v", r.ResponseFormat, r.Stream)
	}
	if r.System() != jsonMessages()[0].Content || r.User() != jsonMessages()[1].Content {
		t.Error("the messages were not sent as given")
	}
}

func TestJSONFailures(t *testing.T) {
	for _, tt := range []struct {
		name  string
		reply llmtest.Reply
		bad   bool // wraps ErrBadOutput
	}{
		{"truncated body", llmtest.Reply{Text: goodRewrite, Truncate: true}, false},
		{"cut by length", llmtest.Reply{Text: goodRewrite, FinishReason: "length"}, true},
		{"500", llmtest.Reply{Status: http.StatusInternalServerError}, false},
		{"slow", llmtest.Reply{Text: goodRewrite, Delay: time.Second}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return tt.reply }})
			c := newTestClient(t, srv, "", 100*time.Millisecond, Options{Backoff: time.Millisecond, MaxRetries: 1})
			_, err := c.JSON(context.Background(), "m", jsonMessages(), 400)
			if err == nil {
				t.Fatal("want an error")
			}
			if tt.bad != errors.Is(err, ErrBadOutput) {
				t.Errorf("err = %v, ErrBadOutput %v, want %v", err, !tt.bad, tt.bad)
			}
		})
	}
}
