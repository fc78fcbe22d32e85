package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/retrieval/answer"
)

const wait = 10 * time.Second

func TestMentionAnsweredInThread(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{})
	env := h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 盛泽镇工业投资目标是多少?", "1700000100.000100", ""), 0))

	h.slack.WaitAck(t, env, wait)
	updates := h.slack.WaitCalls(t, "chat.update", 1, wait)
	posts := h.slack.Calls("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("posts = %d, want 1 placeholder", len(posts))
	}
	ph := posts[0]
	if ph.Get("channel") != "C1" || ph.Get("thread_ts") != "1700000100.000100" || ph.Get("text") != statusSearching {
		t.Errorf("placeholder = channel %q thread %q text %q; want C1, the mention's ts, %q",
			ph.Get("channel"), ph.Get("thread_ts"), ph.Get("text"), statusSearching)
	}
	if u := updates[0]; u.Get("ts") != ph.TS || u.Get("channel") != "C1" {
		t.Errorf("update of %s/%s, want C1/%s", u.Get("channel"), u.Get("ts"), ph.TS)
	}
	if reqs := ans.requests(); len(reqs) != 1 || reqs[0].Question != "盛泽镇工业投资目标是多少?" || len(reqs[0].History) != 0 {
		t.Fatalf("answerer got %+v", reqs)
	}
	final := updates[0]
	golden(t, "mention_answer.golden", final.Blocks())
	for _, want := range []string{"盛泽镇2023年的目标", "Sources: [1] 盛泽镇", "&lt;!channel&gt; R&amp;D"} {
		if !strings.Contains(final.Get("text"), want) {
			t.Errorf("fallback text %q lacks %q", final.Get("text"), want)
		}
	}
}

func TestFollowUpInThreadPassesHistory(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{})
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 盛泽镇工业投资目标是多少?", "100.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	h.must(h.slack.SendEvent("Ev2", slacktest.Mention("C1", "U1", "<@UBOT> 那技改投资呢?", "100.5", "100.1"), 0))
	h.slack.WaitCalls(t, "chat.update", 2, wait)
	h.must(h.slack.SendEvent("Ev3", slacktest.Mention("C1", "U2", "<@UBOT> 另一个问题", "200.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 3, wait)

	reqs := ans.requests()
	if len(reqs) != 3 {
		t.Fatalf("%d questions, want 3", len(reqs))
	}
	if h := reqs[1].History; len(h) != 1 || h[0].Question != "盛泽镇工业投资目标是多少?" || !strings.HasPrefix(h[0].Answer, "盛泽镇2023年") {
		t.Errorf("follow-up history = %+v, want the first exchange", h)
	}
	if len(reqs[2].History) != 0 {
		t.Errorf("a new thread got history %+v", reqs[2].History)
	}
	if got := h.slack.Calls("chat.postMessage")[1].Get("thread_ts"); got != "100.1" {
		t.Errorf("follow-up answered in thread %q, want 100.1", got)
	}
}

func TestDirectMessages(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{})
	h.must(h.slack.SendEvent("Ev1", slacktest.DirectMessage("D1", "U1", "盛泽镇工业投资目标是多少?", "300.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	top := h.slack.Calls("chat.postMessage")[0]
	if top.Get("channel") != "D1" || top.Get("thread_ts") != "" {
		t.Errorf("top-level DM answered in %q thread %q, want D1 at the top level", top.Get("channel"), top.Get("thread_ts"))
	}
	// The user replies in a thread under the bot's answer: answered there, with the history.
	h.must(h.slack.SendEvent("Ev2", slacktest.DirectMessage("D1", "U1", "2022年呢?", "300.9", top.TS), 0))
	h.slack.WaitCalls(t, "chat.update", 2, wait)
	threaded := h.slack.Calls("chat.postMessage")[1]
	if threaded.Get("channel") != "D1" || threaded.Get("thread_ts") != top.TS {
		t.Errorf("threaded DM answered in %q thread %q, want D1 thread %s", threaded.Get("channel"), threaded.Get("thread_ts"), top.TS)
	}
	if reqs := ans.requests(); len(reqs) != 2 || len(reqs[1].History) != 1 {
		t.Errorf("threaded follow-up history = %+v", reqs)
	}
}

func TestSlashCommandAckedAtOnceThenEphemeralAndShare(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	ans := &recorder{fn: func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		select { // a slow answer: the ack must not wait for it
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return sampleAnswer("ans-cmd", req.Question), nil
	}}
	h := startSocket(t, ans, Config{})
	respURL := h.slack.NewResponseURL()
	env := h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask", Text: "盛泽镇工业投资目标是多少?",
		UserID: "U1", ChannelID: "C9", ResponseURL: respURL}))

	ack := h.slack.WaitAck(t, env, wait)
	if ack.Latency > 2*time.Second { // Slack's limit is 3 s; a local ack takes milliseconds
		t.Errorf("ack took %v", ack.Latency)
	}
	if len(h.slack.Calls("response_url")) != 0 {
		t.Fatal("an answer went out before the slow answerer returned")
	}
	var reply map[string]any
	if err := json.Unmarshal(ack.Payload, &reply); err != nil || reply["response_type"] != "ephemeral" ||
		!strings.Contains(fmt.Sprint(reply["text"]), "Searching the reports") {
		t.Fatalf("ack payload = %s (%v)", ack.Payload, err)
	}
	close(release)

	resp := h.slack.WaitCalls(t, "response_url", 1, wait)[0]
	if resp.Get("response_type") != "ephemeral" || resp.Get("replace_original") != "true" || !strings.HasSuffix(respURL, resp.Path) {
		t.Errorf("answer posted as %q replace=%q to %s", resp.Get("response_type"), resp.Get("replace_original"), resp.Path)
	}
	golden(t, "command_answer.golden", resp.Blocks())

	// "Share in channel" posts the answer publicly and removes the private copy.
	clickURL := h.slack.NewResponseURL()
	h.must(h.slack.SendInteraction(slacktest.BlockAction("U1", "C9", "", actionShare+":ans-cmd", "ans-cmd", clickURL, true)))
	calls := h.slack.WaitCalls(t, "response_url", 3, wait)
	shared, del := calls[1], calls[2]
	if shared.Get("response_type") != "in_channel" || shared.Get("replace_original") != "false" {
		t.Errorf("shared as %q replace=%q", shared.Get("response_type"), shared.Get("replace_original"))
	}
	if !strings.Contains(shared.Blocks(), "<@U1> shared an answer") || strings.Contains(shared.Blocks(), actionShare) {
		t.Errorf("shared blocks: %s", shared.Blocks())
	}
	if del.Get("delete_original") != "true" {
		t.Errorf("private copy not deleted: %+v", del.Params)
	}

	// A second click (a double click) shares nothing more.
	env2 := h.must(h.slack.SendInteraction(slacktest.BlockAction("U1", "C9", "", actionShare+":ans-cmd", "ans-cmd", h.slack.NewResponseURL(), true)))
	h.slack.WaitAck(t, env2, wait)
	h.slack.WaitFor(t, wait, "the second click logged", func() bool { return len(h.logs.records("share: already shared")) == 1 })
	if n := len(h.slack.Calls("response_url")); n != 3 {
		t.Errorf("%d response_url posts after a double click, want 3", n)
	}
}

func TestSlashCommandWithoutTextShowsUsage(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{})
	env := h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask", Text: "  ", UserID: "U1",
		ChannelID: "C9", ResponseURL: h.slack.NewResponseURL()}))
	ack := h.slack.WaitAck(t, env, wait)
	if !strings.Contains(string(ack.Payload), "/ask 盛泽镇工业投资目标是多少?") || !strings.Contains(string(ack.Payload), `"ephemeral"`) {
		t.Errorf("usage payload = %s", ack.Payload)
	}
	// Stopping drains the worker pools: an answer the command had queued has run by then.
	if err := h.stop(t); err != nil {
		t.Fatal(err)
	}
	if n := len(ans.requests()); n != 0 {
		t.Errorf("answerer called %d times for an empty /ask", n)
	}
}

func TestFeedbackClicksLogged(t *testing.T) {
	t.Parallel()
	h := startSocket(t, fixedAnswers(), Config{})
	url := h.slack.NewResponseURL()
	h.must(h.slack.SendInteraction(slacktest.BlockAction("U7", "C1", "100.2", actionFeedbackDown+":ans-42", "盛泽镇工业投资目标是多少?", url, false)))
	thanks := h.slack.WaitCalls(t, "response_url", 1, wait)[0]
	if thanks.Get("response_type") != "ephemeral" || !strings.Contains(thanks.Get("text"), "Thanks") {
		t.Errorf("thanks = %+v", thanks.Params)
	}
	recs := h.logs.records("feedback")
	if len(recs) != 1 {
		t.Fatalf("feedback log records = %v", recs)
	}
	r := recs[0]
	if r["vote"] != "down" || r["answer_id"] != "ans-42" || r["question"] != "盛泽镇工业投资目标是多少?" || r["user"] != "U7" || r["channel"] != "C1" {
		t.Errorf("feedback record = %v", r)
	}
}

func TestDuplicateDeliveryAnsweredOnce(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{Workers: 1}) // one worker: jobs run in order
	mention := slacktest.Mention("C1", "U1", "<@UBOT> 盛泽镇工业投资目标是多少?", "400.1", "")
	e1 := h.must(h.slack.SendEvent("EvDup", mention, 0))
	e2 := h.must(h.slack.SendEvent("EvDup", mention, 1))
	e3 := h.must(h.slack.SendEvent("EvOther", mention, 0)) // same message, another event id
	for _, e := range []string{e1, e2, e3} {
		h.slack.WaitAck(t, e, wait) // every delivery is acknowledged
	}
	h.must(h.slack.SendEvent("EvLast", slacktest.Mention("C1", "U1", "<@UBOT> 最后", "400.9", ""), 0))
	h.slack.WaitFor(t, wait, "the last question answered", func() bool {
		for _, r := range ans.requests() {
			if r.Question == "最后" {
				return true
			}
		}
		return false
	})
	if reqs := ans.requests(); len(reqs) != 2 {
		t.Errorf("answered %d times, want the duplicate once plus the last question: %+v", len(reqs), reqs)
	}
	if n := len(h.logs.records("duplicate delivery ignored")); n != 1 {
		t.Errorf("%d duplicate deliveries logged, want 1", n)
	}
}

func TestBotMessagesAndEditsIgnored(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{Workers: 1})
	ignored := []map[string]any{
		slacktest.BotMessage("D1", "BOTHER", "I am another bot", "500.1"),
		slacktest.BotMessage("D1", slacktest.BotID, "Searching the reports…", "500.2"),
		slacktest.EditedMessage("D1", "U1", "edited question", "500.3"),
		{"type": "message", "channel": "D1", "channel_type": "im", "user": "UOTHERBOT", "bot_id": "B2", "text": "hi", "ts": "500.4"},
		{"type": "message", "channel": "C1", "channel_type": "channel", "user": "U1", "text": "not a DM", "ts": "500.5"},
		{"type": "app_mention", "channel": "C1", "user": "UB", "bot_id": "B3", "text": "<@UBOT> from a bot", "ts": "500.6"},
		slacktest.DirectMessage("D1", slacktest.BotUserID, "my own message", "500.7", ""),
	}
	for i, ev := range ignored {
		h.must(h.slack.SendEvent(fmt.Sprintf("EvIgn%d", i), ev, 0))
	}
	h.must(h.slack.SendEvent("EvReal", slacktest.DirectMessage("D1", "U1", "真正的问题", "500.9", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	if reqs := ans.requests(); len(reqs) != 1 || reqs[0].Question != "真正的问题" {
		t.Errorf("answered %+v, want only the real question", reqs)
	}
	if n := len(h.slack.Calls("chat.postMessage")); n != 1 {
		t.Errorf("%d messages posted, want 1", n)
	}
}

func TestReconnectAfterDisconnect(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{})
	if err := h.slack.SendDisconnect(); err != nil {
		t.Fatal(err)
	}
	h.slack.WaitConnections(t, 2, wait)
	if n := len(h.slack.Calls("apps.connections.open")); n < 2 {
		t.Errorf("apps.connections.open called %d times, want a reconnect", n)
	}
	env := h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 重连以后", "600.1", ""), 0))
	h.slack.WaitAck(t, env, wait)
	h.slack.WaitCalls(t, "chat.update", 1, wait)
}

func TestRateLimitRetryAfterHonoured(t *testing.T) {
	t.Parallel()
	h := startSocket(t, fixedAnswers(), Config{})
	h.slack.RateLimit("chat.postMessage", 1)
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 限流", "700.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	posts := h.slack.Calls("chat.postMessage")
	if len(posts) != 2 || posts[0].Status != 429 || posts[1].Status != 200 {
		t.Fatalf("posts = %+v, want a 429 then a success", posts)
	}
	if gap := posts[1].At.Sub(posts[0].At); gap < time.Second {
		t.Errorf("retried after %v, before Retry-After: 1", gap)
	}
}

func TestErrorsAreShortForUsersAndDetailedInLog(t *testing.T) {
	t.Parallel()
	ans := answerFunc(func(_ context.Context, req answer.Request) (*answer.Answer, error) {
		if req.Question == "bonjour" {
			return nil, answer.ErrUnsupportedLanguage
		}
		return nil, fmt.Errorf("retrieval: open index shard 7: %w", errors.New("checksum mismatch"))
	})
	h := startSocket(t, ans, Config{})
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "900.1", ""), 0))
	h.must(h.slack.SendEvent("Ev2", slacktest.Mention("C1", "U1", "<@UBOT> bonjour", "900.2", ""), 0))
	updates := h.slack.WaitCalls(t, "chat.update", 2, wait)
	texts := updates[0].Get("text") + "\n" + updates[1].Get("text")
	if !strings.Contains(texts, "couldn't search the reports just now") || strings.Contains(texts, "checksum") {
		t.Errorf("user-facing texts = %q", texts)
	}
	if !strings.Contains(texts, "Reportbot understands questions in Chinese or English only.") {
		t.Errorf("language error not passed on: %q", texts)
	}
	if recs := h.logs.records("answer failed"); len(recs) != 1 || !strings.Contains(fmt.Sprint(recs[0]["err"]), "checksum mismatch") {
		t.Errorf("log records = %v", recs)
	}
}

func TestBusyWhenQueueFull(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	entered := make(chan struct{}, 3)
	ans := answerFunc(func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		entered <- struct{}{}
		<-release
		return sampleAnswer("ans-"+req.Question, req.Question), nil
	})
	h := startSocket(t, ans, Config{Workers: 1, Queue: 1})
	var once sync.Once
	unblock := func() { once.Do(func() { close(release) }) }
	defer unblock()
	send := func(i int) {
		h.must(h.slack.SendEvent(fmt.Sprintf("Ev%d", i), slacktest.Mention("C1", "U1", fmt.Sprintf("<@UBOT> q%d", i), fmt.Sprintf("950.%d", i), ""), 0))
	}
	send(0)
	<-entered // the worker is busy with q0
	send(1)   // queued
	send(2)   // no room
	h.slack.WaitFor(t, wait, "a busy reply to the asker only", func() bool {
		for _, c := range h.slack.Calls("chat.postEphemeral") {
			if strings.Contains(c.Get("text"), busyText) {
				return c.Get("thread_ts") == "950.2" && c.Get("user") == "U1"
			}
		}
		return false
	})
	unblock()
	h.slack.WaitCalls(t, "chat.update", 2, wait) // the two taken questions are still answered
}

func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	t.Parallel()
	started, release := make(chan struct{}), make(chan struct{})
	ans := answerFunc(func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		close(started)
		<-release // held until shutdown has begun
		return sampleAnswer("ans-late", req.Question), nil
	})
	h := startSocket(t, ans, Config{})
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 慢问题", "990.1", ""), 0))
	<-started
	h.cancel()
	h.slack.WaitFor(t, wait, "shutdown to begin", func() bool {
		return len(h.logs.records("socket mode: stopping; finishing answers in flight")) == 1
	})
	close(release)
	if err := h.stop(t); err != nil {
		t.Fatalf("RunSocket: %v", err)
	}
	if n := len(h.slack.Calls("chat.update")); n != 1 {
		t.Errorf("answer in flight at shutdown: %d final edits, want 1", n)
	}
}

func TestBadTokensAreClearErrors(t *testing.T) {
	t.Parallel()
	s := slacktest.New(t, slacktest.Options{})
	for _, c := range []struct {
		name, bot, app, want string
	}{
		{"bot token", "xoxb-wrong", slacktest.AppToken, "SLACK_BOT_TOKEN"},
		{"app token", slacktest.BotToken, "xapp-wrong", "SLACK_APP_TOKEN"},
	} {
		b, err := New(Config{BotToken: c.bot, AppToken: c.app, APIURL: s.URL}, fixedAnswers(), nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		err = b.RunSocket(ctx)
		cancel()
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "invalid_auth") {
			t.Errorf("%s: RunSocket = %v, want an invalid_auth error naming %s", c.name, err, c.want)
		}
	}
}
