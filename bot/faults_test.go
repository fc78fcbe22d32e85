package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// retryClock stands in for the clock between retries: it records each wait and returns at
// once, so the tests never sleep.
type retryClock struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (c *retryClock) sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.waits = append(c.waits, d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *retryClock) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waits)
}

// startFaultSocket is startSocket with the retry clock replaced before the bot starts.
func startFaultSocket(t *testing.T, ans Answerer, cfg Config) (*harness, *retryClock) {
	t.Helper()
	h := newHarness(t, ans, cfg)
	clock := &retryClock{}
	h.bot.sleep = clock.sleep
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- h.bot.RunSocket(ctx) }()
	h.slack.WaitConnections(t, 1, wait)
	return h, clock
}

// ended counts the questions whose end was logged (answered or not, delivered or not).
func (h *harness) ended() int {
	return len(h.logs.records("answered")) + len(h.logs.records("question not answered")) +
		len(h.logs.records("final message not delivered"))
}

// askMany sends n mentions, each in a thread of its own, and returns their timestamps.
func askMany(t *testing.T, h *harness, n int, prefix string) []string {
	t.Helper()
	var tss []string
	for i := range n {
		ts := fmt.Sprintf("%s.%04d", prefix, i)
		h.must(h.slack.SendEvent(fmt.Sprintf("Ev%s-%d", prefix, i), slacktest.Mention("C1", "U1", fmt.Sprintf("<@UBOT> 工业投资 %d", i), ts, ""), 0))
		tss = append(tss, ts)
	}
	return tss
}

// threadMessages returns the bot's messages in the thread of ts, in their final state.
func threadMessages(s *slacktest.Server, ts string) []slacktest.Message {
	var out []slacktest.Message
	for _, m := range s.Messages() {
		if m.ThreadTS == ts {
			out = append(out, m)
		}
	}
	return out
}

// isAnswer reports whether a message shows a cited answer (not the placeholder or a notice).
func isAnswer(m slacktest.Message) bool { return strings.Contains(m.Blocks, "Sources") }

// outcomes returns reportbot_questions_total for mentions by outcome.
func outcomes(t *testing.T, m *metrics.Metrics) map[string]float64 {
	out := map[string]float64{}
	for _, o := range []string{metrics.OutcomeAnswered, metrics.OutcomeDeliveryFailed, metrics.OutcomeRestarted,
		metrics.OutcomeError, metrics.OutcomeTimeout} {
		if v := counter(t, m, "reportbot_questions_total", map[string]string{"source": "mention", "outcome": o}); v != 0 {
			out[o] = v
		}
	}
	return out
}

// TestSlackFailingOncePerCall: every Web API call fails once with HTTP 500 and succeeds when
// repeated. Each of 10 questions gets exactly one message, its answer, in place of its
// placeholder; all 10 are counted as answered.
func TestSlackFailingOncePerCall(t *testing.T) {
	m := metrics.New()
	h, clock := startFaultSocket(t, fixedAnswers(), Config{Metrics: m})
	h.slack.FailEachOnce("chat.postMessage", slacktest.FaultStatus, http.StatusInternalServerError)
	h.slack.FailEachOnce("chat.update", slacktest.FaultStatus, http.StatusInternalServerError)
	tss := askMany(t, h, 10, "910")
	h.slack.WaitFor(t, wait, "10 questions ended", func() bool { return h.ended() >= 10 })

	good := 0
	for _, ts := range tss {
		msgs := threadMessages(h.slack, ts)
		if len(msgs) == 1 && isAnswer(msgs[0]) {
			good++
			continue
		}
		t.Errorf("thread %s holds %d message(s) (%+v), want exactly one answer", ts, len(msgs), msgs)
	}
	t.Logf("%d of %d questions got exactly one final answer; %d retries", good, len(tss), clock.count())
	if want := map[string]float64{metrics.OutcomeAnswered: 10}; fmt.Sprint(outcomes(t, m)) != fmt.Sprint(want) {
		t.Errorf("outcomes %v, want %v", outcomes(t, m), want)
	}
	if clock.count() != 20 {
		t.Errorf("%d retries, want 20 (one per placeholder and one per answer)", clock.count())
	}
}

// TestSlackDownCountsDeliveryFailed: with chat.update failing for good, the answer is not
// posted a second time, and the question counts as delivery_failed, not answered.
func TestSlackDownCountsDeliveryFailed(t *testing.T) {
	m := metrics.New()
	h, clock := startFaultSocket(t, fixedAnswers(), Config{Metrics: m})
	h.slack.Inject("chat.update", 1000, slacktest.FaultStatus, http.StatusServiceUnavailable)
	tss := askMany(t, h, 3, "920")
	h.slack.WaitFor(t, wait, "3 questions ended", func() bool { return h.ended() >= 3 })
	for _, ts := range tss {
		if msgs := threadMessages(h.slack, ts); len(msgs) != 1 || isAnswer(msgs[0]) {
			t.Errorf("thread %s: %+v, want only the placeholder", ts, msgs)
		}
	}
	if want := map[string]float64{metrics.OutcomeDeliveryFailed: 3}; fmt.Sprint(outcomes(t, m)) != fmt.Sprint(want) {
		t.Errorf("outcomes %v, want %v", outcomes(t, m), want)
	}
	if got := len(h.slack.Calls("chat.update")); got != 3*4 {
		t.Errorf("%d chat.update calls, want 3 questions × 4 attempts", got)
	}
	if clock.count() != 3*3 {
		t.Errorf("%d waits, want 3 per question", clock.count())
	}
}

// TestSlackSlowerThanTimeout: Slack applies the final edit but answers after the client gave
// up. The edit is repeated in place (idempotent), never posted as a second message.
func TestSlackSlowerThanTimeout(t *testing.T) {
	m := metrics.New()
	h, _ := startFaultSocket(t, fixedAnswers(), Config{Metrics: m, APITimeout: 300 * time.Millisecond})
	h.slack.FailEachOnce("chat.update", slacktest.FaultSlow, 0)
	tss := askMany(t, h, 5, "930")
	h.slack.WaitFor(t, wait, "5 questions ended", func() bool { return h.ended() >= 5 })
	for _, ts := range tss {
		msgs := threadMessages(h.slack, ts)
		if len(msgs) != 1 || !isAnswer(msgs[0]) {
			t.Errorf("thread %s: %d message(s), want exactly one answer", ts, len(msgs))
		}
	}
	if got := len(h.slack.Calls("chat.postMessage")); got != 5 {
		t.Errorf("%d posts, want the 5 placeholders only", got)
	}
	if want := map[string]float64{metrics.OutcomeAnswered: 5}; fmt.Sprint(outcomes(t, m)) != fmt.Sprint(want) {
		t.Errorf("outcomes %v, want %v", outcomes(t, m), want)
	}

	// A placeholder post that times out is not repeated (it may have landed): the answer
	// comes as one new message.
	h.slack.ClearFaults()
	h.slack.Inject("chat.postMessage", 1, slacktest.FaultSlow, 0)
	ts := askMany(t, h, 1, "931")[0]
	h.slack.WaitFor(t, wait, "the question ended", func() bool { return h.ended() >= 6 })
	answers := 0
	for _, msg := range threadMessages(h.slack, ts) {
		if isAnswer(msg) {
			answers++
		}
	}
	if answers != 1 {
		t.Errorf("thread %s holds %d answers, want 1", ts, answers)
	}
}

// gatedAnswers answers questions containing "quick" once release is closed, and holds the
// others until their context ends (an answer cut short by a shutdown); started receives every
// question as it starts.
func gatedAnswers(release <-chan struct{}, started chan<- string) Answerer {
	return answerFunc(func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		started <- req.Question
		if strings.Contains(req.Question, "quick") {
			<-release
			return sampleAnswer("q-"+req.Question, req.Question), nil
		}
		<-ctx.Done()
		return nil, ctx.Err()
	})
}

// TestShutdownDuringBurst: SIGTERM (the run context cancelled) with 30 questions taken, 4 in
// flight and 26 queued: the queued ones are told at once to ask again, the 2 in flight that
// finish within the grace period are answered, the 2 that do not are cancelled and told to
// ask again. 30 of 30 threads end with exactly one final message; the metrics agree.
func TestShutdownDuringBurst(t *testing.T) {
	m := metrics.New()
	release := make(chan struct{})
	started := make(chan string, 100)
	h, _ := startFaultSocket(t, gatedAnswers(release, started), Config{Metrics: m, Workers: 4, ShutdownTimeout: 3 * time.Second})
	var tss []string
	for i := range 30 {
		ts := fmt.Sprintf("940.%04d", i)
		text := "<@UBOT> slow 工业投资"
		if i < 2 {
			text = "<@UBOT> quick 工业投资"
		}
		h.must(h.slack.SendEvent(fmt.Sprintf("Ev940-%d", i), slacktest.Mention("C1", "U1", text, ts, ""), 0))
		tss = append(tss, ts)
	}
	for range 4 {
		<-started
	}
	h.slack.WaitFor(t, wait, "30 questions queued", func() bool { return len(h.logs.records("question queued")) >= 30 })

	stopped := make(chan error, 1)
	go func() { stopped <- h.stop(t) }()
	h.slack.WaitFor(t, wait, "the shutdown to begin", func() bool {
		return len(h.logs.records("shutdown: telling the askers of queued questions to ask again")) > 0
	})
	close(release)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}

	answered, told := 0, 0
	for _, ts := range tss {
		msgs := threadMessages(h.slack, ts)
		switch {
		case len(msgs) != 1:
			t.Errorf("thread %s holds %d messages, want 1", ts, len(msgs))
		case isAnswer(msgs[0]):
			answered++
		case strings.Contains(msgs[0].Text, "restarting"):
			told++
		default:
			t.Errorf("thread %s ends with %q", ts, msgs[0].Text)
		}
	}
	t.Logf("after SIGTERM: %d answered, %d told to ask again, of %d", answered, told, len(tss))
	if answered != 2 || told != 28 {
		t.Errorf("%d answered and %d told to ask again, want 2 and 28", answered, told)
	}
	want := map[string]float64{metrics.OutcomeAnswered: 2, metrics.OutcomeRestarted: 28}
	if got := outcomes(t, m); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("outcomes %v, want %v (what Slack received)", got, want)
	}
}

// TestHTTPDrainAnswers503: while an HTTP-mode bot drains, Slack's requests get 503 (Slack
// redelivers), and the answer in flight still arrives.
func TestHTTPDrainAnswers503(t *testing.T) {
	release := make(chan struct{})
	started := make(chan string, 10)
	h, base := startHTTP(t, gatedAnswers(release, started), Config{ShutdownTimeout: 30 * time.Second})
	post := func(eventID, ts string) int {
		body, _ := json.Marshal(slacktest.EventCallback(eventID, slacktest.Mention("C1", "U1", "<@UBOT> quick 工业投资", ts, "")))
		resp, _ := signedPost(t, base+"/slack/events", "application/json", body, testSecret, time.Now(), nil)
		return resp.StatusCode
	}
	if code := post("EvH1", "950.1"); code != http.StatusOK {
		t.Fatalf("event: %d", code)
	}
	<-started
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop(t) }()
	h.slack.WaitFor(t, wait, "draining", func() bool { return h.bot.draining.Load() })
	if code := post("EvH2", "950.2"); code != http.StatusServiceUnavailable {
		t.Errorf("event while draining: %d, want 503", code)
	}
	close(release)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
	if msgs := threadMessages(h.slack, "950.1"); len(msgs) != 1 || !isAnswer(msgs[0]) {
		t.Errorf("the answer in flight: %+v", msgs)
	}
	if msgs := threadMessages(h.slack, "950.2"); len(msgs) != 0 {
		t.Errorf("the refused event was answered: %+v", msgs)
	}
}

// TestSlashCommandResponseURLRetried: a response-URL reply that fails with 500, or answers
// after the client's timeout, is repeated (it replaces the original, so it cannot show twice);
// no chat.postEphemeral copy is sent, and the command counts as answered.
func TestSlashCommandResponseURLRetried(t *testing.T) {
	for _, fault := range []slacktest.Fault{slacktest.FaultStatus, slacktest.FaultSlow} {
		m := metrics.New()
		h, clock := startFaultSocket(t, fixedAnswers(), Config{Metrics: m, APITimeout: 300 * time.Millisecond})
		h.slack.FailEachOnce("response_url", fault, http.StatusBadGateway)
		h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask", Text: "盛泽镇工业投资目标是多少?",
			UserID: "U1", ChannelID: "C9", ResponseURL: h.slack.NewResponseURL()}))
		h.slack.WaitFor(t, wait, "the command ended", func() bool { return h.ended() >= 1 })
		calls := h.slack.Calls("response_url")
		if len(calls) != 2 || clock.count() != 1 || len(h.slack.Calls("chat.postEphemeral")) != 0 {
			t.Errorf("fault %d: %d response_url calls, %d retries, %d ephemeral posts; want 2, 1, 0",
				fault, len(calls), clock.count(), len(h.slack.Calls("chat.postEphemeral")))
		}
		if got := counter(t, m, "reportbot_questions_total", map[string]string{"source": "command", "outcome": "answered"}); got != 1 {
			t.Errorf("fault %d: answered commands = %v, want 1", fault, got)
		}
	}
}

// TestTimedOutAnswerStillDelivered: the final message goes out under its own context, so an
// answer that ran out of time still replaces its placeholder with the "took too long" notice.
func TestTimedOutAnswerStillDelivered(t *testing.T) {
	m := metrics.New()
	hang := answerFunc(func(ctx context.Context, _ answer.Request) (*answer.Answer, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	})
	h, _ := startFaultSocket(t, hang, Config{Metrics: m, AnswerTimeout: 200 * time.Millisecond})
	ts := askMany(t, h, 1, "960")[0]
	h.slack.WaitFor(t, wait, "the question ended", func() bool { return h.ended() >= 1 })
	if msgs := threadMessages(h.slack, ts); len(msgs) != 1 || !strings.Contains(msgs[0].Text, "took too long") {
		t.Errorf("thread: %+v, want the placeholder replaced by the timeout notice", msgs)
	}
	if want := map[string]float64{metrics.OutcomeTimeout: 1}; fmt.Sprint(outcomes(t, m)) != fmt.Sprint(want) {
		t.Errorf("outcomes %v, want %v", outcomes(t, m), want)
	}
}
