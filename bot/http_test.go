package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/retrieval/answer"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// slackClient plays Slack's side of HTTP mode; it keeps enough idle connections for the
// concurrent benchmark (the default of two makes it measure connection set-up instead).
var slackClient = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

// startHTTP runs a Bot in HTTP mode on 127.0.0.1 and returns the harness and the base URL.
func startHTTP(t testing.TB, ans Answerer, cfg Config) (*harness, string) {
	t.Helper()
	cfg.SigningSecret = testSecret
	h := newHarness(t, ans, cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- h.bot.RunHTTP(ctx, ln) }()
	base := "http://" + ln.Addr().String()
	h.slack.WaitFor(t, wait, "the HTTP server", func() bool {
		r, err := http.Get(base + "/healthz")
		if err != nil {
			return false
		}
		r.Body.Close()
		return r.StatusCode == http.StatusOK
	})
	return h, base
}

// signedPost posts body to url signed with secret at the given time.
func signedPost(t testing.TB, url, contentType string, body []byte, secret string, at time.Time, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if secret != "" {
		slacktest.Sign(req.Header, secret, body, at)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := slackClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func form(fields map[string]string) []byte {
	v := url.Values{}
	for k, f := range fields {
		v.Set(k, f)
	}
	return []byte(v.Encode())
}

func TestHTTPRejectsBadSignatures(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h, base := startHTTP(t, ans, Config{})
	const marker = "SECRET-QUESTION-TEXT-7d1f"
	body, _ := json.Marshal(slacktest.EventCallback("EvBad", slacktest.Mention("C1", "U1", "<@UBOT> "+marker, "1.1", "")))
	now := time.Now()
	cases := []struct {
		name   string
		path   string
		secret string
		at     time.Time
		body   []byte
		hdr    map[string]string
	}{
		{"unsigned", "/slack/events", "", now, body, nil},
		{"wrong secret", "/slack/events", "not-the-secret", now, body, nil},
		{"stale timestamp", "/slack/events", testSecret, now.Add(-10 * time.Minute), body, nil},
		{"future timestamp", "/slack/commands", testSecret, now.Add(10 * time.Minute), body, nil},
		{"malformed signature", "/slack/interactions", "", now, body, map[string]string{
			"X-Slack-Request-Timestamp": "1700000000", "X-Slack-Signature": "v0=zz"}},
	}
	for _, c := range cases {
		resp, _ := signedPost(t, base+c.path, "application/json", c.body, c.secret, c.at, c.hdr)
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", c.name, resp.StatusCode)
		}
	}
	// A body changed after signing.
	req, _ := http.NewRequest(http.MethodPost, base+"/slack/events", bytes.NewReader(append(body, ' ')))
	slacktest.Sign(req.Header, testSecret, body, now)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("tampered body: status %d, want 401", resp.StatusCode)
	}

	if n := len(h.logs.records("http mode: request rejected: bad signature or timestamp")); n != len(cases)+1 {
		t.Errorf("%d rejections logged, want %d", n, len(cases)+1)
	}
	if strings.Contains(h.logs.String(), marker) {
		t.Error("a rejected request's body was logged")
	}
	if len(ans.requests()) != 0 || len(h.slack.Calls("chat.postMessage")) != 0 {
		t.Error("a rejected request was acted on")
	}
}

func TestHTTPEventsAnsweredOnceAndChallenge(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h, base := startHTTP(t, ans, Config{})

	challenge := []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	resp, got := signedPost(t, base+"/slack/events", "application/json", challenge, testSecret, time.Now(), nil)
	if resp.StatusCode != http.StatusOK || got != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge: %d %q", resp.StatusCode, got)
	}

	body, _ := json.Marshal(slacktest.EventCallback("EvH1", slacktest.Mention("C1", "U1", "<@UBOT> 盛泽镇工业投资目标是多少?", "1.1", "")))
	for retry := range 3 { // the first delivery and two redeliveries
		hdr := map[string]string{}
		if retry > 0 {
			hdr["X-Slack-Retry-Num"] = string(rune('0' + retry))
			hdr["X-Slack-Retry-Reason"] = "http_timeout"
		}
		if resp, _ := signedPost(t, base+"/slack/events", "application/json", body, testSecret, time.Now(), hdr); resp.StatusCode != http.StatusOK {
			t.Fatalf("event delivery %d: status %d", retry, resp.StatusCode)
		}
	}
	up := h.slack.WaitCalls(t, "chat.update", 1, wait)[0]
	if !strings.Contains(up.Blocks(), "Sources") {
		t.Errorf("answer blocks: %s", up.Blocks())
	}
	// Stopping drains the worker pools: any answer a redelivery had queued has run by then.
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if n := len(ans.requests()); n != 1 {
		t.Errorf("answered %d times, want 1", n)
	}
}

func TestHTTPSlashCommandRepliesAtOnce(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	ans := &recorder{fn: func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		<-release
		return sampleAnswer("ans-http", req.Question), nil
	}}
	h, base := startHTTP(t, ans, Config{})
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	cmd := slacktest.SlashCommand{Command: "/ask", Text: "盛泽镇工业投资目标是多少?", UserID: "U1", ChannelID: "C1",
		ResponseURL: h.slack.NewResponseURL()}
	start := time.Now()
	resp, body := signedPost(t, base+"/slack/commands", "application/x-www-form-urlencoded", form(cmd.Form()), testSecret, time.Now(), nil)
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("slash command reply took %v", elapsed)
	}
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"response_type":"ephemeral"`) || !strings.Contains(body, "Searching the reports") {
		t.Fatalf("reply: %d %s", resp.StatusCode, body)
	}
	close(release)
	r := h.slack.WaitCalls(t, "response_url", 1, wait)[0]
	if r.Get("response_type") != "ephemeral" || !strings.Contains(r.Blocks(), actionShare+":ans-http") {
		t.Errorf("answer: %+v", r.Params)
	}
}

func TestHTTPInteractionFeedback(t *testing.T) {
	t.Parallel()
	h, base := startHTTP(t, fixedAnswers(), Config{})
	payload, _ := json.Marshal(slacktest.BlockAction("U3", "C1", "5.5", actionFeedbackUp+":ans-9", "工业投资?", h.slack.NewResponseURL(), false))
	resp, _ := signedPost(t, base+"/slack/interactions", "application/x-www-form-urlencoded",
		form(map[string]string{"payload": string(payload)}), testSecret, time.Now(), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	h.slack.WaitCalls(t, "response_url", 1, wait)
	recs := h.logs.records("feedback")
	if len(recs) != 1 || recs[0]["vote"] != "up" || recs[0]["answer_id"] != "ans-9" || recs[0]["question"] != "工业投资?" {
		t.Errorf("feedback records = %v", recs)
	}
}

func TestHTTPHealthzAndMethods(t *testing.T) {
	t.Parallel()
	_, base := startHTTP(t, fixedAnswers(), Config{})
	r, err := http.Get(base + "/slack/events")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /slack/events: %d, want 405", r.StatusCode)
	}
}
