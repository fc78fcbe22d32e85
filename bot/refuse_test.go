package bot

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// counter returns the value of the counter name with the given labels (0 when absent).
func counter(t *testing.T, m *metrics.Metrics, name string, labels map[string]string) float64 {
	t.Helper()
	fams, err := m.Registry().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		for _, mt := range f.GetMetric() {
			if matches(mt, labels) {
				if f.GetType() == dto.MetricType_HISTOGRAM {
					return float64(mt.GetHistogram().GetSampleCount())
				}
				return mt.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func matches(mt *dto.Metric, labels map[string]string) bool {
	n := 0
	for _, lp := range mt.GetLabel() {
		if v, ok := labels[lp.GetName()]; ok {
			if v != lp.GetValue() {
				return false
			}
			n++
		}
	}
	return n == len(labels)
}

// ephemeralIn returns the ephemeral notices posted in the thread of ts.
func ephemeralIn(s *slacktest.Server, ts string) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range s.Calls("chat.postEphemeral") {
		if c.Get("thread_ts") == ts {
			out = append(out, c)
		}
	}
	return out
}

func TestRateLimitedUserToldWhenToRetry(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{UserRate: Rate{N: 2, Per: time.Minute}, Metrics: m})
	for i := range 3 {
		h.must(h.slack.SendEvent(fmt.Sprintf("Ev%d", i), slacktest.Mention("C1", "U1", fmt.Sprintf("<@UBOT> 问题%d", i), fmt.Sprintf("800.%d", i), ""), 0))
	}
	h.must(h.slack.SendEvent("EvU2", slacktest.Mention("C1", "U2", "<@UBOT> 问题", "800.9", ""), 0))
	h.slack.WaitFor(t, wait, "the notice to U1", func() bool { return len(ephemeralIn(h.slack, "800.2")) == 1 })
	h.slack.WaitCalls(t, "chat.update", 3, wait) // U1's two questions and U2's are answered

	n := ephemeralIn(h.slack, "800.2")[0]
	text := n.Get("text")
	if n.Get("user") != "U1" || n.Get("channel") != "C1" ||
		!strings.Contains(text, "limit of 2 questions a minute per person") || !strings.Contains(text, "Please ask again in") {
		t.Errorf("notice to %s in %s: %q", n.Get("user"), n.Get("channel"), text)
	}
	if code := slacktest.CheckMessage(text, n.Params["blocks"]); code != "" {
		t.Errorf("Slack would refuse the notice: %s", code)
	}
	for _, r := range ans.requests() {
		if r.Question == "问题2" {
			t.Error("the refused question reached the answer service")
		}
	}
	if got := counter(t, m, "reportbot_rate_limited_total", map[string]string{"scope": "user"}); got != 1 {
		t.Errorf("rate limited (user) = %v, want 1", got)
	}
	if got := counter(t, m, "reportbot_questions_total", map[string]string{"source": "mention", "outcome": "rate_limited"}); got != 1 {
		t.Errorf("questions rate_limited = %v, want 1", got)
	}
	h.slack.WaitFor(t, wait, "three answered", func() bool {
		return counter(t, m, "reportbot_questions_total", map[string]string{"source": "mention", "outcome": "answered"}) == 3
	})
	if recs := h.logs.records("rate limited"); len(recs) != 1 || recs[0]["scope"] != "user" || recs[0]["request_id"] == "" {
		t.Errorf("rate limited records: %v", recs)
	}
}

func TestGlobalRateLimitTellsEveryone(t *testing.T) {
	t.Parallel()
	h := startSocket(t, fixedAnswers(), Config{GlobalRate: Rate{N: 1, Per: time.Hour}})
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 问题", "810.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	h.must(h.slack.SendEvent("Ev2", slacktest.DirectMessage("D2", "U2", "问题", "810.2", ""), 0))
	// A DM's notice is a message in the DM.
	h.slack.WaitFor(t, wait, "the notice to U2", func() bool {
		for _, c := range h.slack.Calls("chat.postMessage") {
			if c.Get("channel") == "D2" && strings.Contains(c.Get("text"), "more questions than I can answer right now") &&
				strings.Contains(c.Get("text"), "Please ask again in 60 minutes") {
				return true
			}
		}
		return false
	})
}

func TestTooLongQuestionRefusedBeforeTheQueue(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{Metrics: m})
	long := strings.Repeat("工业投资", answer.MaxQuestionChars/4+1)
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> "+long, "820.1", ""), 0))
	h.slack.WaitFor(t, wait, "the notice", func() bool { return len(ephemeralIn(h.slack, "820.1")) == 1 })
	text := ephemeralIn(h.slack, "820.1")[0].Get("text")
	want := fmt.Sprintf("That question is %d characters long, and I can take up to %d.", answer.MaxQuestionChars+4, answer.MaxQuestionChars)
	if !strings.Contains(text, want) {
		t.Errorf("notice %q lacks %q", text, want)
	}
	if n := len(ans.requests()); n != 0 || len(h.slack.Calls("chat.postMessage")) != 0 {
		t.Errorf("a too-long question was queued (%d answer calls)", n)
	}
	if got := counter(t, m, "reportbot_questions_total", map[string]string{"source": "mention", "outcome": "invalid"}); got != 1 {
		t.Errorf("questions invalid = %v, want 1", got)
	}
}

func TestSlashCommandRefusalIsTheAck(t *testing.T) {
	t.Parallel()
	ans := fixedAnswers()
	h := startSocket(t, ans, Config{UserRate: Rate{N: 1, Per: time.Minute}})
	send := func(text string) map[string]any {
		env := h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask", Text: text, UserID: "U1",
			ChannelID: "C9", ResponseURL: h.slack.NewResponseURL()}))
		var reply map[string]any
		if err := json.Unmarshal(h.slack.WaitAck(t, env, wait).Payload, &reply); err != nil {
			t.Fatal(err)
		}
		return reply
	}
	if r := send("工业投资"); !strings.Contains(fmt.Sprint(r["text"]), "Searching") {
		t.Errorf("first /ask: %v", r)
	}
	r := send("工业投资?")
	if r["response_type"] != "ephemeral" || !strings.Contains(fmt.Sprint(r["text"]), "limit of 1 question a minute per person") {
		t.Errorf("second /ask: %v", r)
	}
	h.slack.WaitCalls(t, "response_url", 1, wait)
	if n := len(ans.requests()); n != 1 {
		t.Errorf("%d questions answered, want 1", n)
	}
}

func TestQuestionLogsCarryRequestIDAndStages(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	h := startSocket(t, fixedAnswers(), Config{Metrics: m})
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "830.1", ""), 0))
	h.slack.WaitFor(t, wait, "the answered record", func() bool { return len(h.logs.records("answered")) == 1 })
	queued, answered := h.logs.records("question queued"), h.logs.records("answered")[0]
	if len(queued) != 1 || queued[0]["request_id"] == "" || queued[0]["request_id"] != answered["request_id"] {
		t.Errorf("request ids: queued %v, answered %v", queued, answered)
	}
	for _, k := range []string{"queue_ms", "retrieve_ms", "model_ms", "post_ms", "elapsed_ms", "mode", "citations", "outcome"} {
		if _, ok := answered[k]; !ok {
			t.Errorf("answered record lacks %s: %v", k, answered)
		}
	}
	for _, stage := range []string{"queue", "retrieve", "post", "total"} {
		if got := counter(t, m, "reportbot_stage_duration_seconds", map[string]string{"stage": stage}); got != 1 {
			t.Errorf("%s stage observations = %v, want 1", stage, got)
		}
	}
	if got := counter(t, m, "reportbot_stage_duration_seconds", map[string]string{"stage": "model"}); got != 0 {
		t.Errorf("model stage observed %v times without a model", got)
	}
}

func TestSlackErrorsCountedByMethod(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	h := startSocket(t, fixedAnswers(), Config{Metrics: m, Retries: 1})
	h.slack.RateLimit("chat.postMessage", 0, 0) // the placeholder fails after its one retry
	h.must(h.slack.SendEvent("Ev1", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "840.1", ""), 0))
	h.slack.WaitFor(t, wait, "the answer posted without a placeholder", func() bool {
		for _, c := range h.slack.Calls("chat.postMessage") {
			if c.Status == http.StatusOK && strings.Contains(c.Blocks(), "Sources") {
				return true
			}
		}
		return false
	})
	if got := counter(t, m, "reportbot_slack_api_errors_total", map[string]string{"method": "chat.postMessage"}); got != 1 {
		t.Errorf("chat.postMessage errors = %v, want 1", got)
	}
	if got := counter(t, m, "reportbot_slack_api_errors_total", map[string]string{"method": "chat.update"}); got != 0 {
		t.Errorf("chat.update errors = %v, want 0", got)
	}
}

func TestHTTPModeServesOpsEndpoints(t *testing.T) {
	t.Parallel()
	m := metrics.New()
	var ready atomic.Bool
	ops := metrics.OpsHandler(m, func() (string, error) {
		if !ready.Load() {
			return "", fmt.Errorf("the store is still loading")
		}
		return "generation gen-1", nil
	})
	_, base := startHTTP(t, fixedAnswers(), Config{Metrics: m, Ops: ops})
	get := func(path string) (int, string) {
		r, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get("/readyz"); code != 503 || body != "not ready: the store is still loading\n" {
		t.Errorf("/readyz while loading: %d %q", code, body)
	}
	ready.Store(true)
	if code, body := get("/readyz"); code != 200 || body != "ready: generation gen-1\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, `reportbot_questions_total{outcome="answered",source="mention"} 0`) {
		t.Errorf("/metrics: %d\n%s", code, body)
	}
	if code, _ := get("/slack/events"); code != http.StatusMethodNotAllowed {
		t.Errorf("GET /slack/events: %d, want 405", code)
	}
}
