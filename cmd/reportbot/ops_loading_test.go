//go:build unix

package main

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
)

// TestServeHTTPAnswersHealthzWhileTheStoreLoads: in HTTP mode --addr answers /healthz at once,
// and /readyz and Slack's routes with 503, while the store is loading. The store's manifest is
// a FIFO, so the load blocks until the test writes to it: no timing is involved.
func TestServeHTTPAnswersHealthzWhileTheStoreLoads(t *testing.T) {
	db := t.TempDir()
	gen := "gen-20240101T000000.000000000-1"
	if err := os.MkdirAll(filepath.Join(db, gen), 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(db, gen, "manifest.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.WriteFile(filepath.Join(db, "CURRENT"), []byte(gen+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := slacktest.New(t, slacktest.Options{})
	e, stderr := serveEnv(t, map[string]string{
		"SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_SIGNING_SECRET": "loading-secret", "SLACK_API_URL": s.URL,
	})
	done := make(chan error, 1)
	go func() {
		done <- runServe(context.Background(), e, []string{"--mode", "http", "--addr", "127.0.0.1:0", "--db", db})
	}()
	base := "http://" + logAddr(t, s, stderr, "http mode: answering /healthz while the store loads")

	if code, body := httpGet(t, base+"/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz while loading: %d %q, want 200 ok", code, body)
	}
	if code, body := httpGet(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "still loading") {
		t.Errorf("/readyz while loading: %d %q, want 503 saying the store is loading", code, body)
	}
	resp, err := http.Post(base+"/slack/events", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("POST /slack/events while loading: %d, want 503 (Slack retries)", resp.StatusCode)
	}

	// Unblock the load with a manifest that is not JSON: serve fails, saying why.
	f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{")
	f.Close()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "manifest.json") {
			t.Errorf("serve on a broken store: %v, want an error naming manifest.json", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not return after the store failed to load")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("--addr still answers after serve returned")
	}
}
