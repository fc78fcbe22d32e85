package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/llm/llmtest"
)

// TestServeReadyzWhileDraining: a real `serve` with --metrics-addr answers /readyz 200 until
// SIGTERM (the run context cancelled), then 503 while the answer in flight (held at the model)
// finishes; the answer is still delivered.
func TestServeReadyzWhileDraining(t *testing.T) {
	release := make(chan struct{})
	model := llmtest.New(llmtest.Options{Chat: func(llmtest.ChatRequest) llmtest.Reply {
		<-release
		return llmtest.Reply{Text: "盛泽镇的目标很高。"}
	}})
	defer model.Close()
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, []string{"--db", bundledDB(t), "--metrics-addr", "127.0.0.1:0"},
		map[string]string{"OPENAI_BASE_URL": model.URL, "REPORTBOT_CHAT_MODEL": "fake-chat"})
	s.WaitConnections(t, 1, 60*time.Second)
	base := "http://" + logAddr(t, s, stderr, "ops: listening")
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz before shutdown: %d %q", code, body)
	}
	if _, err := s.SendEvent("EvDrain1", slacktest.Mention("C1", "U1", shengzeQuestion, "1700005300.000001", ""), 0); err != nil {
		t.Fatal(err)
	}
	s.WaitFor(t, 30*time.Second, "the question at the model", func() bool { return len(model.ChatRequests()) > 0 })
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	s.WaitFor(t, 30*time.Second, "/readyz to say not ready", func() bool {
		code, body := httpGet(t, base+"/readyz")
		return code == http.StatusServiceUnavailable && strings.Contains(body, "shutting down")
	})
	close(release)
	if err := <-stopped; err != nil {
		t.Fatalf("serve returned %v", err)
	}
	checkCited(t, citedAnswer(t, s, "1700005300.000001"))
}
