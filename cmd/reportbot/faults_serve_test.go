package main

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/reportbot/reportbot/bot/slacktest"
)

// TestServeSIGTERMDuringBurst: the real `reportbot serve` process gets SIGTERM with 30
// questions taken, 2 in flight (Slack holding their placeholder posts) and 28 queued. It exits
// 0 after every one of the 30 threads got exactly one final message: the 2 in flight their
// answers, the 28 queued a notice to ask again; the log's outcomes agree with what Slack got.
func TestServeSIGTERMDuringBurst(t *testing.T) {
	db := bundledDB(t)
	s := slacktest.New(t, slacktest.Options{})
	c := startChild(t, map[string]string{
		"SLACK_BOT_TOKEN": slacktest.BotToken, "SLACK_APP_TOKEN": slacktest.AppToken, "SLACK_API_URL": s.URL,
		"REPORTBOT_WORKERS": "2", "REPORTBOT_RATE_USER": "off", "REPORTBOT_RATE_GLOBAL": "off",
		"REPORTBOT_LOG_LEVEL": "debug", "REPORTBOT_RELOAD_INTERVAL": "off",
	}, "serve", "--db", db)
	s.WaitConnections(t, 1, waitLong)

	release := s.Hold("chat.postMessage", 2) // the two placeholders in flight
	defer release()
	var tss []string
	for i := range 30 {
		ts := fmt.Sprintf("1700008000.%06d", i)
		if _, err := s.SendEvent(fmt.Sprintf("EvTerm%d", i), slacktest.Mention("C1", "U1", shengzeQuestion, ts, ""), 0); err != nil {
			t.Fatal(err)
		}
		tss = append(tss, ts)
	}
	s.WaitFor(t, waitLong, "30 questions queued", func() bool {
		return strings.Count(c.stderrText(), `"msg":"question queued"`) >= 30 && len(s.Calls("chat.postMessage")) >= 2
	})
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	s.WaitFor(t, waitLong, "the drain to begin", func() bool {
		return strings.Contains(c.stderrText(), "telling the askers of queued questions to ask again")
	})
	release()
	code, stderr := c.wait(t)
	if code != 0 {
		t.Errorf("serve exited %d after SIGTERM", code)
	}

	answered, told := 0, 0
	for _, ts := range tss {
		var msgs []slacktest.Message
		for _, m := range s.Messages() {
			if m.ThreadTS == ts {
				msgs = append(msgs, m)
			}
		}
		switch {
		case len(msgs) != 1:
			t.Errorf("thread %s holds %d messages, want 1", ts, len(msgs))
		case strings.Contains(msgs[0].Blocks, "Sources"):
			answered++
		case strings.Contains(msgs[0].Text, "restarting"):
			told++
		default:
			t.Errorf("thread %s ends with %q", ts, msgs[0].Text)
		}
	}
	t.Logf("SIGTERM during a burst of 30: %d answered, %d told to ask again", answered, told)
	if answered != 2 || told != 28 {
		t.Errorf("%d answered, %d told to ask again; want 2 and 28", answered, told)
	}
	outcomes := map[string]int{}
	for _, rec := range logRecords(stderr, "answered") {
		outcomes[fmt.Sprint(rec["outcome"])]++
	}
	for _, rec := range logRecords(stderr, "question not answered") {
		outcomes[fmt.Sprint(rec["outcome"])]++
	}
	if want := map[string]int{"answered": 2, "restarted": 28}; fmt.Sprint(outcomes) != fmt.Sprint(want) {
		t.Errorf("logged outcomes %v, want %v", outcomes, want)
	}
}
