package llm

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

const goodRewrite = `{"question":"What is Shengze's general public budget revenue target?","queries":["盛泽镇 一般公共预算收入 目标","盛泽镇 预期目标"],"entities":["盛泽镇"],"level":"镇","indicator":"一般公共预算收入","kind":"target","value":"","comparator":""}`

func TestRewriter(t *testing.T) {
	srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return llmtest.Reply{Text: goodRewrite} }})
	c := newTestClient(t, srv, "", time.Second, fastRetry)
	hist := []answer.Turn{{Question: "What is Wujiang's revenue target?", Answer: "增长5%左右[1]"}}
	rw, err := c.Rewriter("gpt-4o-mini").Rewrite(context.Background(), "and Shengze?", hist)
	if err != nil {
		t.Fatal(err)
	}
	if rw.Level != "镇" || rw.Kind != "target" || len(rw.Queries) != 2 || rw.Entities[0] != "盛泽镇" || !strings.Contains(rw.Question, "Shengze") {
		t.Errorf("rewrite = %+v", rw)
	}
	r := srv.ChatRequests()[0]
	if r.ResponseFormat != "json_object" || r.Stream {
		t.Errorf("response_format %q, stream %v", r.ResponseFormat, r.Stream)
	}
	if !strings.Contains(r.System(), "JSON") || !strings.Contains(r.User(), "and Shengze?") || !strings.Contains(r.User(), "Wujiang") {
		t.Error("the rewrite prompt lacks JSON instructions, the question or the history")
	}
}

func TestRewriterFailures(t *testing.T) {
	for _, tt := range []struct {
		name  string
		reply llmtest.Reply
		bad   bool // wraps ErrBadModelOutput
	}{
		{"malformed JSON", llmtest.Reply{Text: `{"question": "x", "queries": [`}, true},
		{"truncated body", llmtest.Reply{Text: goodRewrite, Truncate: true}, false},
		{"unknown key", llmtest.Reply{Text: `{"queries":["盛泽镇"],"intent":"x"}`}, true},
		{"english queries", llmtest.Reply{Text: `{"queries":["Shengze revenue target"]}`}, true},
		{"bad level", llmtest.Reply{Text: `{"queries":["盛泽镇"],"level":"village"}`}, true},
		{"cut by length", llmtest.Reply{Text: goodRewrite, FinishReason: "length"}, true},
		{"500", llmtest.Reply{Status: http.StatusInternalServerError}, false},
		{"slow", llmtest.Reply{Text: goodRewrite, Delay: time.Second}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply { return tt.reply }})
			c := newTestClient(t, srv, "", 100*time.Millisecond, Options{Backoff: time.Millisecond, MaxRetries: 1})
			_, err := c.Rewriter("m").Rewrite(context.Background(), "q", nil)
			if err == nil {
				t.Fatal("want an error")
			}
			if tt.bad != errors.Is(err, answer.ErrBadModelOutput) {
				t.Errorf("err = %v, ErrBadModelOutput %v, want %v", err, !tt.bad, tt.bad)
			}
		})
	}
}

func TestParseRewrite(t *testing.T) {
	long := strings.Repeat("盛", 61)
	for _, tt := range []struct {
		name, in string
		ok       bool
	}{
		{"good", goodRewrite, true},
		{"fenced", "```json\n" + goodRewrite + "\n```", true},
		{"minimal", `{"queries":["盛泽镇 工业投资"]}`, true},
		{"mixed query", `{"queries":["盛泽镇 GDP 2024"]}`, true},
		{"actual and comparator", `{"queries":["一般公共预算收入"],"kind":"actual","value":"10%","comparator":">="}`, true},
		{"nulls", `{"queries":["盛泽镇"],"entities":null,"level":null}`, true},
		{"not JSON", "Sure! Here is the JSON.", false},
		{"two objects", goodRewrite + goodRewrite, false},
		{"no queries", `{"question":"q","queries":[]}`, false},
		{"blank queries", `{"queries":["  ",""]}`, false},
		{"too many queries", `{"queries":["一","二","三","四","五","六"]}`, false},
		{"long query", `{"queries":["` + long + `"]}`, false},
		{"latin entity", `{"queries":["盛泽"],"entities":["Shengze"]}`, false},
		{"bad kind", `{"queries":["盛泽"],"kind":"plan"}`, false},
		{"bad comparator", `{"queries":["盛泽"],"comparator":"at least"}`, false},
		{"wrong type", `{"queries":"盛泽"}`, false},
		{"latin indicator", `{"queries":["盛泽"],"indicator":"GDP"}`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRewrite(tt.in)
			if (err == nil) != tt.ok {
				t.Errorf("ParseRewrite: err = %v, want ok %v", err, tt.ok)
			}
		})
	}
	rw, _ := ParseRewrite(`{"queries":[" 盛泽镇 ","盛泽镇"],"kind":"Target"}`)
	if len(rw.Queries) != 1 || rw.Queries[0] != "盛泽镇" || rw.Kind != "target" {
		t.Errorf("cleaning: %+v", rw)
	}
}
