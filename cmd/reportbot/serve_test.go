package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writers of a running server.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveEnv is a process environment holding only vars (and a HOME that is not the user's).
func serveEnv(t *testing.T, vars map[string]string) (env, *syncBuffer) {
	t.Helper()
	home := t.TempDir()
	stderr := &syncBuffer{}
	return env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: stderr, getenv: func(k string) string {
		if k == "HOME" {
			return home
		}
		return vars[k]
	}}, stderr
}

func TestServeNamesMissingSlackVariables(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		vars  map[string]string
		wants []string
	}{
		{"socket, nothing set", nil, nil, []string{"missing SLACK_BOT_TOKEN and SLACK_APP_TOKEN", "socket mode"}},
		{"socket, no app token", []string{"--mode", "socket"}, map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, []string{"missing SLACK_APP_TOKEN"}},
		{"http, no secret", []string{"--mode", "http"}, map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, []string{"missing SLACK_SIGNING_SECRET", "http mode"}},
		{"swapped tokens", nil, map[string]string{"SLACK_BOT_TOKEN": "xapp-1", "SLACK_APP_TOKEN": "xoxb-1"},
			[]string{`SLACK_BOT_TOKEN should start with "xoxb-"`, `SLACK_APP_TOKEN should start with "xapp-"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, _ := serveEnv(t, c.vars)
			err := runServe(context.Background(), e, append(c.args, "--db", t.TempDir()))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestServeFlags(t *testing.T) {
	e, _ := serveEnv(t, nil)
	if err := runServe(context.Background(), e, []string{"--mode", "carrier-pigeon"}); !errors.Is(err, errUsage) {
		t.Errorf("bad mode: %v, want a usage error", err)
	}
	if err := runServe(context.Background(), e, []string{"extra"}); !errors.Is(err, errUsage) {
		t.Errorf("extra argument: %v, want a usage error", err)
	}
	if err := runServe(context.Background(), e, []string{"-h"}); err != nil {
		t.Errorf("-h: %v", err)
	}
}

// startServe runs the real `reportbot serve` in-process against a fake Slack, offline, on the
// shared store of the bundled corpus unless args name another --db.
func startServe(t *testing.T, s *slacktest.Server, args []string, vars map[string]string) (*syncBuffer, func() error) {
	t.Helper()
	base := map[string]string{
		"SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_APP_TOKEN": slacktest.AppToken,
		"SLACK_API_URL": s.URL, "REPORTBOT_LOG_LEVEL": "info",
	}
	for k, v := range vars {
		base[k] = v
	}
	e, stderr := serveEnv(t, base)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, append([]string{"--db", bundledDB(t)}, args...)) }()
	stop := func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(40 * time.Second):
			t.Fatal("serve did not stop")
			return nil
		}
	}
	t.Cleanup(func() {
		cancel()
		if t.Failed() {
			t.Logf("serve stderr:\n%s", stderr.String())
		}
	})
	return stderr, stop
}

// citedAnswer waits for the final edit of the answer to the mention at threadTS.
func citedAnswer(t *testing.T, s *slacktest.Server, threadTS string) slacktest.Call {
	t.Helper()
	var final slacktest.Call
	s.WaitFor(t, 30*time.Second, "the cited answer", func() bool {
		ph := ""
		for _, c := range s.Calls("chat.postMessage") {
			if c.Get("thread_ts") == threadTS {
				ph = c.TS
			}
		}
		for _, c := range s.Calls("chat.update") {
			// The final edit: with a model, an early one shows the extractive answer first.
			if ph != "" && c.Get("ts") == ph && strings.Contains(c.Blocks(), "Sources") && !strings.Contains(c.Blocks(), "This message will update") {
				final = c
				return true
			}
		}
		return false
	})
	return final
}

func checkCited(t *testing.T, final slacktest.Call) {
	t.Helper()
	blocks := final.Blocks()
	for _, want := range []string{"47亿元", "*[1]* *盛泽镇*", "2023-gov-work-reports.txt, report", "reportbot_feedback_up:"} {
		if !strings.Contains(blocks, want) {
			t.Errorf("answer blocks lack %q:\n%s", want, blocks)
		}
	}
	if code := slacktest.CheckMessage(final.Get("text"), final.Params["blocks"]); code != "" {
		t.Errorf("Slack would refuse the answer: %s", code)
	}
}

func TestServeSocketModeAnswersMentionWithCitations(t *testing.T) {
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, nil, nil)
	s.WaitConnections(t, 1, waitLong)

	sent := time.Now()
	if _, err := s.SendEvent("EvE2E", slacktest.Mention("C1", "U1", "<@UBOT> 盛泽镇工业投资目标是多少?", "1700000500.000100", ""), 0); err != nil {
		t.Fatal(err)
	}
	final := citedAnswer(t, s, "1700000500.000100")
	t.Logf("mention answered with citations %v after it was sent (offline)", final.At.Sub(sent))
	checkCited(t, final)

	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
	for _, want := range []string{`"component":"bot"`, `"msg":"answered"`, `"msg":"shutdown: all answers finished"`} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("log lacks %s", want)
		}
	}
	if strings.Contains(stderr.String(), slacktest.BotToken) || strings.Contains(stderr.String(), slacktest.AppToken) {
		t.Error("a token was logged")
	}
}

func TestServeHTTPModeAnswersSignedMention(t *testing.T) {
	const secret = "e2e-signing-secret"
	s := slacktest.New(t, slacktest.Options{})
	stderr, stop := startServe(t, s, []string{"--mode", "http", "--addr", "127.0.0.1:0"},
		map[string]string{"SLACK_APP_TOKEN": "", "SLACK_SIGNING_SECRET": secret})

	var addr string
	s.WaitFor(t, waitLong, "the HTTP listener", func() bool {
		for _, line := range strings.Split(stderr.String(), "\n") {
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == "http mode: listening" {
				addr, _ = rec["addr"].(string)
				return true
			}
		}
		return false
	})
	postSignedMention(t, "http://"+addr, secret, "EvHTTP", "1700000600.000100")
	checkCited(t, citedAnswer(t, s, "1700000600.000100"))
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

// TestServeLogsSlackAPIURLWithoutItsPassword: a SLACK_API_URL carrying user:password is logged
// with the password hidden.
func TestServeLogsSlackAPIURLWithoutItsPassword(t *testing.T) {
	s := slacktest.New(t, slacktest.Options{})
	withPassword := strings.Replace(s.URL, "http://", "http://proxyuser:hunter2@", 1)
	stderr, stop := startServe(t, s, nil, map[string]string{"SLACK_API_URL": withPassword})
	s.WaitConnections(t, 1, waitLong)
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
	recs := logRecords(stderr.String(), "starting")
	if len(recs) != 1 || !strings.Contains(fmt.Sprint(recs[0]["api_url"]), "proxyuser:xxxxx@") {
		t.Errorf("starting record: %v, want api_url with the password hidden", recs)
	}
	if strings.Contains(stderr.String(), "hunter2") {
		t.Error("the SLACK_API_URL password was logged")
	}
}
