package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// concurrentQuestions is the load the benchmarks put on the bot at once.
const concurrentQuestions = 20

// benchAnswerer answers every question after delay (0: as fast as a fake can).
func benchAnswerer(delay time.Duration) Answerer {
	return answerFunc(func(ctx context.Context, req answer.Request) (*answer.Answer, error) {
		if delay > 0 {
			sleepCtx(ctx, delay)
		}
		return sampleAnswer("ans-bench", req.Question), nil
	})
}

// latencies collects durations and reports percentiles as benchmark metrics.
type latencies struct {
	mu sync.Mutex
	d  []time.Duration
}

func (l *latencies) add(d time.Duration) {
	l.mu.Lock()
	l.d = append(l.d, d)
	l.mu.Unlock()
}

func (l *latencies) report(b *testing.B, name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.d) == 0 {
		return
	}
	slices.Sort(l.d)
	pct := func(p float64) float64 {
		return float64(l.d[min(len(l.d)-1, int(p*float64(len(l.d))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), name+"_p50_ms")
	b.ReportMetric(pct(0.99), name+"_p99_ms")
	b.ReportMetric(float64(l.d[len(l.d)-1].Microseconds())/1000, name+"_max_ms")
}

// BenchmarkSocketMentions sends 20 @mentions at once over Socket Mode and measures the ack
// latency (envelope written → ack read) and the time to answer (envelope written → final
// chat.update), with a fast fake answerer and with one that takes 200 ms.
func BenchmarkSocketMentions(b *testing.B) {
	for _, delay := range []time.Duration{0, 200 * time.Millisecond} {
		b.Run(fmt.Sprintf("answer=%v", delay), func(b *testing.B) {
			h := startSocket(b, benchAnswerer(delay), Config{})
			var acks, answers latencies
			round := 0
			for b.Loop() {
				round++
				sent := make([]time.Time, concurrentQuestions)
				envs := make([]string, concurrentQuestions)
				var wg sync.WaitGroup
				for i := range concurrentQuestions {
					wg.Go(func() {
						ts := fmt.Sprintf("%d.%06d", 1000+round, i)
						sent[i] = time.Now()
						envs[i] = h.must(h.slack.SendEvent(fmt.Sprintf("Ev%d-%d", round, i),
							slacktest.Mention("C1", "U1", fmt.Sprintf("<@UBOT> 问题%d", i), ts, ""), 0))
					})
				}
				wg.Wait()
				for i := range concurrentQuestions {
					acks.add(h.slack.WaitAck(b, envs[i], wait).Latency)
				}
				for i := range concurrentQuestions {
					ts := fmt.Sprintf("%d.%06d", 1000+round, i)
					answers.add(answeredAt(b, h.slack, ts).Sub(sent[i]))
				}
			}
			acks.report(b, "ack")
			answers.report(b, "answer")
		})
	}
}

// answeredAt waits for the final edit of the answer in the thread of ts and returns when the
// fake received it.
func answeredAt(b *testing.B, s *slacktest.Server, threadTS string) time.Time {
	var at time.Time
	s.WaitFor(b, wait, "answer in thread "+threadTS, func() bool {
		placeholder := ""
		for _, c := range s.Calls("chat.postMessage") {
			if c.Get("thread_ts") == threadTS {
				placeholder = c.TS
			}
		}
		if placeholder == "" {
			return false
		}
		for _, c := range s.Calls("chat.update") {
			if c.Get("ts") == placeholder {
				at = c.At
				return true
			}
		}
		return false
	})
	return at
}

// BenchmarkSocketSlashCommands sends 20 /ask commands at once and measures the ack latency
// and the time until the ephemeral answer reached the response URL.
func BenchmarkSocketSlashCommands(b *testing.B) {
	h := startSocket(b, benchAnswerer(0), Config{})
	var acks, answers latencies
	for b.Loop() {
		sent := make([]time.Time, concurrentQuestions)
		envs := make([]string, concurrentQuestions)
		urls := make([]string, concurrentQuestions)
		var wg sync.WaitGroup
		for i := range concurrentQuestions {
			urls[i] = h.slack.NewResponseURL()
			wg.Go(func() {
				sent[i] = time.Now()
				envs[i] = h.must(h.slack.SendSlashCommand(slacktest.SlashCommand{Command: "/ask",
					Text: fmt.Sprintf("问题%d", i), UserID: "U1", ChannelID: "C1", ResponseURL: urls[i]}))
			})
		}
		wg.Wait()
		for i := range concurrentQuestions {
			acks.add(h.slack.WaitAck(b, envs[i], wait).Latency)
			var at time.Time
			h.slack.WaitFor(b, wait, "answer at "+urls[i], func() bool {
				for _, c := range h.slack.Calls("response_url") {
					if c.Path != "" && urls[i][len(urls[i])-len(c.Path):] == c.Path {
						at = c.At
						return true
					}
				}
				return false
			})
			answers.add(at.Sub(sent[i]))
		}
	}
	acks.report(b, "ack")
	answers.report(b, "answer")
}

// BenchmarkHTTPMentions posts 20 signed Events API requests at once in HTTP mode and measures
// the HTTP response time (Slack's ack) and the time to answer.
func BenchmarkHTTPMentions(b *testing.B) {
	h, base := startHTTP(b, benchAnswerer(0), Config{})
	var acks, answers latencies
	round := 0
	for b.Loop() {
		round++
		sent := make([]time.Time, concurrentQuestions)
		var wg sync.WaitGroup
		for i := range concurrentQuestions {
			wg.Go(func() {
				ts := fmt.Sprintf("%d.%06d", 5000+round, i)
				body, _ := json.Marshal(slacktest.EventCallback(fmt.Sprintf("EvH%d-%d", round, i),
					slacktest.Mention("C1", "U1", fmt.Sprintf("<@UBOT> 问题%d", i), ts, "")))
				sent[i] = time.Now()
				resp, _ := signedPost(b, base+"/slack/events", "application/json", body, testSecret, time.Now(), nil)
				acks.add(time.Since(sent[i]))
				if resp.StatusCode != http.StatusOK {
					b.Errorf("status %d", resp.StatusCode)
				}
			})
		}
		wg.Wait()
		for i := range concurrentQuestions {
			answers.add(answeredAt(b, h.slack, fmt.Sprintf("%d.%06d", 5000+round, i)).Sub(sent[i]))
		}
	}
	acks.report(b, "ack")
	answers.report(b, "answer")
}
