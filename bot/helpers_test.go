package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/retrieval/answer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// answerFunc is a function-field fake of the answer service.
type answerFunc func(ctx context.Context, req answer.Request) (*answer.Answer, error)

func (f answerFunc) Ask(ctx context.Context, req answer.Request) (*answer.Answer, error) {
	return f(ctx, req)
}

// recorder wraps a fake answerer and keeps every request it saw.
type recorder struct {
	mu   sync.Mutex
	reqs []answer.Request
	fn   answerFunc
}

func (r *recorder) Ask(ctx context.Context, req answer.Request) (*answer.Answer, error) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req)
	r.mu.Unlock()
	return r.fn(ctx, req)
}

func (r *recorder) requests() []answer.Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]answer.Request(nil), r.reqs...)
}

// fixedAnswers returns an answerer that answers every question with sampleAnswer.
func fixedAnswers() *recorder {
	var mu sync.Mutex
	n := 0
	return &recorder{fn: func(_ context.Context, req answer.Request) (*answer.Answer, error) {
		mu.Lock()
		n++
		id := fmt.Sprintf("ans-%04d", n)
		mu.Unlock()
		return sampleAnswer(id, req.Question), nil
	}}
}

// sampleAnswer is a grounded answer with two citations, one with a quote, and text that
// must be escaped.
func sampleAnswer(id, q string) *answer.Answer {
	return &answer.Answer{
		ID: id, Question: q, Lang: "zh", Mode: answer.ModeExtractive, Grounded: true,
		Text: "盛泽镇2023年的目标是完成工业投资120亿元[1]，其中工业技改投资占比超过60%[2]。 <!channel> R&D <b>",
		Citations: []answer.Citation{
			{N: 1, Source: "data/2023-gov-work-reports.txt", Report: 3, Entity: "盛泽镇",
				Section: "二、2023年工作安排 › （一）聚焦产业升级",
				Text: "坚持把发展经济的着力点放在实体经济上，加快构建现代产业体系。全年计划完成工业投资120亿元，其中工业技改投资占比超过60%。" +
					"推进纺织产业高端化、智能化、绿色化发展，做强丝绸纺织先进制造业集群，培育一批具有核心竞争力的龙头企业，" +
					"加快建设国家级纺织产业创新中心，推动新材料、新能源等战略性新兴产业集聚发展，力争规上工业产值突破千亿元。" +
					"深入实施“智改数转”三年行动计划，全年完成智能化改造和数字化转型项目200个以上。",
				Quote: "全年计划完成工业投资120亿元，其中工业技改投资占比超过60%。", Score: 0.91},
			{N: 2, Source: "data/2023-gov-work-reports.txt", Report: 3, Entity: "盛泽镇",
				Section: "一、2022年工作回顾", Text: "工业技改投资占比达58%<以上>。", Score: 0.55},
		},
	}
}

// logBuffer collects JSON log lines; safe for concurrent writers.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// records returns the log records whose msg is msg.
func (l *logBuffer) records(msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(l.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// harness is a Bot running against a fake Slack.
type harness struct {
	t      testing.TB
	slack  *slacktest.Server
	bot    *Bot
	logs   *logBuffer
	cancel context.CancelFunc
	done   chan error
}

// stop cancels the bot and waits for RunSocket/RunHTTP to return.
func (h *harness) stop(t testing.TB) error {
	t.Helper()
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err // later stops see it too
		return err
	case <-time.After(40 * time.Second):
		t.Fatal("bot did not stop")
		return nil
	}
}

func newHarness(t testing.TB, ans Answerer, cfg Config) *harness {
	t.Helper()
	s := slacktest.New(t, slacktest.Options{})
	cfg.BotToken, cfg.AppToken, cfg.APIURL = slacktest.BotToken, slacktest.AppToken, s.URL
	logs := &logBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(cfg, ans, logger)
	if err != nil {
		t.Fatal(err)
	}
	_, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, slack: s, bot: b, logs: logs, cancel: cancel, done: make(chan error, 1)}
	t.Cleanup(func() {
		_ = h.stop(t)
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	return h
}

// startSocket runs a Bot in Socket Mode against a fresh fake Slack.
func startSocket(t testing.TB, ans Answerer, cfg Config) *harness {
	t.Helper()
	h := newHarness(t, ans, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- h.bot.RunSocket(ctx) }()
	h.slack.WaitConnections(t, 1, 10*time.Second)
	return h
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./bot -update` to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (run with -update if the change is intended)\n--- got:\n%s\n--- want:\n%s", name, got, want)
	}
}

// must fails the test when sending an envelope failed, else returns the envelope id.
func (h *harness) must(id string, err error) string {
	h.t.Helper()
	if err != nil {
		h.t.Fatal(err)
	}
	return id
}
