package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/metrics"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// twoPhase hands the extractive answer to OnExtractive at once, then holds the model's answer
// until release is closed.
func twoPhase(release <-chan struct{}, modelText string) Answerer {
	return answerFunc(func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		a := sampleAnswer("ans-up", req.Question)
		if req.OnExtractive != nil {
			req.OnExtractive(a)
		}
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		final := *a
		final.Mode, final.Text = answer.ModeLLM, modelText
		return &final, nil
	})
}

// TestExtractiveUpgradedInPlace: the extractive answer replaces the placeholder while the
// model still writes; the model's answer then replaces it in the same message. The thread
// holds exactly one message, updated once with the final answer.
func TestExtractiveUpgradedInPlace(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	const modelText = "盛泽镇计划完成工业投资120亿元[1]。 <!channel> <https://evil.example|点此>"
	m := metrics.New()
	h := startSocket(t, twoPhase(release, modelText), Config{Metrics: m, StreamInterval: time.Millisecond})
	h.must(h.slack.SendEvent("EvUp1", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "960.1", ""), 0))

	early := h.slack.WaitCalls(t, "chat.update", 1, wait)[0]
	if b := early.Blocks(); !strings.Contains(b, "Sources") || !strings.Contains(b, "This message will update") || strings.Contains(b, "Helpful") {
		t.Errorf("early edit is not the extractive answer marked as updating:\n%s", b)
	}
	close(release)
	h.slack.WaitFor(t, wait, "the final answer", func() bool {
		msgs := threadMessages(h.slack, "960.1")
		return len(msgs) == 1 && strings.Contains(msgs[0].Blocks, "工业投资120亿元[1]。")
	})
	msgs := threadMessages(h.slack, "960.1")
	if len(msgs) != 1 {
		t.Fatalf("thread holds %d messages, want 1", len(msgs))
	}
	final := msgs[0]
	if final.Updates != 2 || strings.Contains(final.Blocks, "This message will update") || !strings.Contains(final.Blocks, "Helpful") {
		t.Errorf("final message: %d updates (want the early one and one upgrade):\n%s", final.Updates, final.Blocks)
	}
	if posts := h.slack.Calls("chat.postMessage"); len(posts) != 1 {
		t.Errorf("%d posts, want only the placeholder", len(posts))
	}
	// The model's Slack markup reaches users escaped, never as a broadcast or a link.
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(final.Blocks), &blocks); err != nil {
		t.Fatal(err)
	}
	text := blocks[0]["text"].(map[string]any)["text"].(string)
	if strings.Contains(text, "<!channel>") || strings.Contains(text, "<https://") || !strings.Contains(text, "&lt;!channel&gt;") {
		t.Errorf("markup not escaped: %q", text)
	}
	h.slack.WaitFor(t, wait, "the outcome", func() bool { return outcomes(t, m)[metrics.OutcomeAnswered] == 1 })
}

// TestEarlyEditRetried: the early edit fails once with a 500; it is retried in place (no second
// message), and the final answer still replaces it exactly once.
func TestEarlyEditRetried(t *testing.T) {
	release := make(chan struct{})
	h, _ := startFaultSocket(t, twoPhase(release, "盛泽镇计划完成工业投资120亿元[1]。"), Config{StreamInterval: time.Millisecond})
	h.slack.Inject("chat.update", 1, slacktest.FaultStatus, http.StatusInternalServerError)
	h.must(h.slack.SendEvent("EvUp2", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "961.1", ""), 0))
	h.slack.WaitFor(t, wait, "the early edit", func() bool {
		msgs := threadMessages(h.slack, "961.1")
		return len(msgs) == 1 && strings.Contains(msgs[0].Blocks, "This message will update")
	})
	close(release)
	h.slack.WaitFor(t, wait, "the final answer", func() bool {
		msgs := threadMessages(h.slack, "961.1")
		return len(msgs) == 1 && strings.Contains(msgs[0].Blocks, "Helpful")
	})
	if msgs := threadMessages(h.slack, "961.1"); len(msgs) != 1 || msgs[0].Updates != 2 {
		t.Errorf("thread: %+v, want one message updated twice (early, final)", msgs)
	}
}

// TestNoEarlyEditWithoutModel: an answer service that never calls OnExtractive (no model, or
// its breaker is open) gets the usual single edit.
func TestNoEarlyEditWithoutModel(t *testing.T) {
	t.Parallel()
	h := startSocket(t, fixedAnswers(), Config{})
	h.must(h.slack.SendEvent("EvUp3", slacktest.Mention("C1", "U1", "<@UBOT> 工业投资", "962.1", ""), 0))
	h.slack.WaitCalls(t, "chat.update", 1, wait)
	if msgs := threadMessages(h.slack, "962.1"); len(msgs) != 1 || msgs[0].Updates != 1 {
		t.Errorf("thread: %+v, want one message updated once", msgs)
	}
}

// TestReadyzNotReadyWhileDraining: /readyz says ready until a shutdown starts, then 503 while
// the answer in flight finishes (/healthz stays 200).
func TestReadyzNotReadyWhileDraining(t *testing.T) {
	release := make(chan struct{})
	started := make(chan string, 10)
	ops := metrics.OpsHandler(nil, func() (string, error) { return "store loaded", nil })
	h, base := startHTTP(t, gatedAnswers(release, started), Config{ShutdownTimeout: 30 * time.Second, Ops: ops})
	get := func(path string) int {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz before shutdown: %d", code)
	}
	body, _ := json.Marshal(slacktest.EventCallback("EvR1", slacktest.Mention("C1", "U1", "<@UBOT> quick 工业投资", "963.1", "")))
	if resp, _ := signedPost(t, base+"/slack/events", "application/json", body, testSecret, time.Now(), nil); resp.StatusCode != http.StatusOK {
		t.Fatalf("event: %d", resp.StatusCode)
	}
	<-started
	stopped := make(chan error, 1)
	go func() { stopped <- h.stop(t) }()
	h.slack.WaitFor(t, wait, "draining", h.bot.Draining)
	if code := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz while draining: %d, want 503", code)
	}
	if code := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while draining: %d, want 200", code)
	}
	close(release)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
}
