package slacktest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

func TestCheckMessage(t *testing.T) {
	long := strings.Repeat("字", 3001)
	cases := []struct {
		text, blocks, want string
	}{
		{"hi", "", ""},
		{"", "", "no_text"},
		{"", `[{"type":"section","text":{"type":"mrkdwn","text":"ok"}}]`, ""},
		{"x", `[{"type":"section","text":{"type":"mrkdwn","text":""}}]`, "invalid_blocks"},
		{"x", `[{"type":"section","text":{"type":"mrkdwn","text":"` + long + `"}}]`, "invalid_blocks"},
		{"x", `[{"type":"context","elements":[]}]`, "invalid_blocks"},
		{"x", `[{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"` + strings.Repeat("b", 76) + `"},"action_id":"a"}]}]`, "invalid_blocks"},
		{"x", "[" + strings.Repeat(`{"type":"divider"},`, 50) + `{"type":"divider"}]`, "invalid_blocks"},
		{"x", `not json`, "invalid_blocks_format"},
	}
	for i, c := range cases {
		if got := CheckMessage(c.text, c.blocks); got != c.want {
			t.Errorf("case %d: CheckMessage = %q, want %q", i, got, c.want)
		}
	}
}

func TestFakeWebAPI(t *testing.T) {
	s := New(t, Options{})
	api := slack.New(BotToken, slack.OptionAPIURL(s.URL+"/"))
	ctx := context.Background()

	if r, err := api.AuthTestContext(ctx); err != nil || r.UserID != BotUserID || r.BotID != BotID {
		t.Fatalf("auth.test = %+v, %v", r, err)
	}
	_, ts, err := api.PostMessageContext(ctx, "C1", slack.MsgOptionText("hello", false), slack.MsgOptionTS("1.1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", ts, slack.MsgOptionText("edited", false)); err != nil {
		t.Fatal(err)
	}
	if m, ok := s.Message("C1", ts); !ok || m.Text != "edited" || m.ThreadTS != "1.1" || m.Updates != 1 {
		t.Errorf("message = %+v", m)
	}
	if _, _, _, err := api.UpdateMessageContext(ctx, "C1", "9.9", slack.MsgOptionText("x", false)); err == nil || !strings.Contains(err.Error(), "message_not_found") {
		t.Errorf("update of an unknown message: %v", err)
	}
	if err := api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{ChannelID: "D1", ThreadTS: "1.1", Status: "is searching…"}); err != nil {
		t.Errorf("assistant.threads.setStatus: %v", err)
	}
	url := s.NewResponseURL()
	if _, _, err := api.PostMessageContext(ctx, "", slack.MsgOptionResponseURL(url, slack.ResponseTypeEphemeral), slack.MsgOptionText("private", false)); err != nil {
		t.Fatal(err)
	}
	if c := s.Calls("response_url"); len(c) != 1 || c[0].Get("response_type") != "ephemeral" || c[0].Get("text") != "private" {
		t.Errorf("response_url calls = %+v", c)
	}
	for _, c := range s.Calls("") {
		if c.Get("token") != "" {
			t.Error("a token was recorded")
		}
	}

	wrong := slack.New("xoxb-wrong", slack.OptionAPIURL(s.URL+"/"))
	if _, err := wrong.AuthTestContext(ctx); err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("wrong token: %v", err)
	}
}

func TestFakeRateLimit(t *testing.T) {
	s := New(t, Options{})
	s.RateLimit("chat.postMessage", 2)
	api := slack.New(BotToken, slack.OptionAPIURL(s.URL+"/"))
	_, _, err := api.PostMessageContext(context.Background(), "C1", slack.MsgOptionText("hi", false))
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) || rl.RetryAfter != 2*time.Second {
		t.Fatalf("err = %v, want a RateLimitedError with Retry-After 2s", err)
	}
	if c := s.Calls("chat.postMessage"); len(c) != 1 || c[0].Status != 429 {
		t.Errorf("calls = %+v", c)
	}
}
