package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
)

// floodQuestion is one question of the flood and who asks it.
type floodQuestion struct {
	ts, user, text string
	long           bool
}

// floodQuestions are 200 questions: 10 users ask 10 each (past the per-user limit of 6 a
// minute), 95 users ask once, and 5 of those send a question past the length limit.
func floodQuestions() []floodQuestion {
	texts := []string{shengzeQuestion, qingliuQuestion, "<@UBOT> 2023年一般公共预算收入目标是多少?", "<@UBOT> What is Shengze's industrial investment target?"}
	var qs []floodQuestion
	add := func(user, text string, long bool) {
		qs = append(qs, floodQuestion{ts: fmt.Sprintf("1700007000.%06d", len(qs)), user: user, text: text, long: long})
	}
	for u := range 10 {
		for i := range 10 {
			add(fmt.Sprintf("UHEAVY%02d", u), texts[(u+i)%len(texts)], false)
		}
	}
	for u := range 95 {
		add(fmt.Sprintf("ULIGHT%02d", u), texts[u%len(texts)], false)
	}
	for u := range 5 {
		add(fmt.Sprintf("ULONG%02d", u), "<@UBOT> "+strings.Repeat("盛泽镇工业投资目标", 250), true)
	}
	return qs
}

func TestServeFloodOf200Questions(t *testing.T) {
	db := bundledDB(t)
	s := slacktest.New(t, slacktest.Options{})
	// The default limits: 6 questions a minute per user, 120 a minute in all.
	stderr, stop := startServe(t, s, []string{"--db", db, "--metrics-addr", "127.0.0.1:0"}, nil)
	s.WaitConnections(t, 1, waitLong)
	ops := "http://" + logAddr(t, s, stderr, "ops: listening")
	checkCited(t, askAndWait(t, s, "UWARM", shengzeQuestion, "1700006999.000001"))

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	goroutines := runtime.NumGoroutine()

	qs := floodQuestions()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range 8 { // eight senders at once
		wg.Go(func() {
			for i := w; i < len(qs); i += 8 {
				if _, err := s.SendEvent("EvFlood"+qs[i].ts, slacktest.Mention("C1", qs[i].user, qs[i].text, qs[i].ts, ""), 0); err != nil {
					t.Errorf("send %s: %v", qs[i].ts, err)
					return
				}
			}
		})
	}
	wg.Wait()
	s.WaitFor(t, 120*time.Second, "an answer or a notice for every question", func() bool {
		x := exchanges(s)
		for _, q := range qs {
			if !x[q.ts].resolved() {
				return false
			}
		}
		return true
	})
	elapsed := time.Since(start)

	// Each question was either answered exactly once or told exactly once why not.
	x := exchanges(s)
	answered, told, limited := 0, 0, 0
	perUser := map[string]int{}
	for _, q := range qs {
		e := x[q.ts]
		switch {
		case len(e.notices) == 1 && e.placeholders == 0 && len(e.finals) == 0:
			told++
			text := e.notices[0].Get("text")
			if e.notices[0].Get("user") != q.user {
				t.Errorf("%s: the notice went to %s, not the asker %s", q.ts, e.notices[0].Get("user"), q.user)
			}
			switch {
			case strings.Contains(text, "answering a lot of questions right now"): // the queue was full
			case strings.Contains(text, "Please ask again in"):
				limited++
			case strings.Contains(text, "characters long, and I can take up to 2000"):
				if !q.long {
					t.Errorf("%s: told it is too long: %q", q.ts, text)
				}
			default:
				t.Errorf("%s: unexpected notice %q", q.ts, text)
			}
		case len(e.notices) == 0 && e.placeholders == 1 && len(e.finals) == 1:
			answered++
			perUser[q.user]++
			if q.long {
				t.Errorf("%s: a question past the length limit was answered", q.ts)
			}
			if b := e.finals[0].Blocks(); strings.Contains(b, "Sorry") || !strings.Contains(b, "[1]") {
				t.Errorf("%s: not a cited answer:\n%s", q.ts, b)
			}
		default:
			t.Errorf("%s: %d placeholders, %d final edits, %d notices; want one answer or one notice",
				q.ts, e.placeholders, len(e.finals), len(e.notices))
		}
	}
	t.Logf("200 questions in %v: %d answered, %d told (%d rate limited)", elapsed.Round(time.Millisecond), answered, told, limited)
	if answered+told != len(qs) || limited == 0 {
		t.Errorf("%d answered + %d told, %d rate limited; want all 200 accounted for and some limited", answered, told, limited)
	}
	// The buckets refill at 6/min per user and 120/min in all.
	refills := int(elapsed/time.Second) + 1
	for u, n := range perUser {
		if n > 6+refills/10+1 {
			t.Errorf("user %s had %d questions answered in %v; the limit is 6 a minute", u, n, elapsed)
		}
	}
	if answered > 120+2*refills {
		t.Errorf("%d questions answered in %v; the global limit is 120 a minute", answered, elapsed)
	}

	// The metrics agree (the warm-up question included).
	_, page := httpGet(t, ops+"/metrics")
	total := 0.0
	for _, o := range []string{"answered", "invalid", "timeout", "error", "rate_limited", "busy"} {
		total += metricValue(page, `reportbot_questions_total{outcome="`+o+`",source="mention"}`)
	}
	rl := metricValue(page, `reportbot_rate_limited_total{scope="user"}`) + metricValue(page, `reportbot_rate_limited_total{scope="global"}`)
	if total != float64(len(qs)+1) || rl != float64(limited) ||
		metricValue(page, `reportbot_questions_total{outcome="answered",source="mention"}`) != float64(answered+1) {
		t.Errorf("metrics: %v questions, %v rate limited; want %d and %d\n%s", total, rl, len(qs)+1, limited, grepLines(page, "reportbot_questions_total"))
	}

	// Memory and goroutines come back down: nothing grows with the flood beyond the bounded
	// caches (the fake Slack's own records of every call are in this process too) and the idle
	// HTTP connections to Slack (at most 16, three goroutines each with the fake's end).
	s.WaitFor(t, 30*time.Second, "goroutines to settle", func() bool { return runtime.NumGoroutine() <= goroutines+100 })
	runtime.GC()
	runtime.ReadMemStats(&after)
	growth := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap %d → %d KiB (%+d KiB); goroutines %d → %d", before.HeapAlloc>>10, after.HeapAlloc>>10, growth>>10, goroutines, runtime.NumGoroutine())
	if growth > 64<<20 {
		t.Errorf("the heap grew by %d MiB over the flood; want under 64 MiB", growth>>20)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}
