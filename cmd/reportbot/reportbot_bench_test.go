package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

var benchScales = []int{1, 100}

// benchEnv is an offline environment (no model keys) with the store in db.
func benchEnv(tb testing.TB, db string) env {
	tb.Helper()
	home := tb.TempDir()
	return env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string {
		switch k {
		case "REPORTBOT_DB":
			return db
		case "HOME":
			return home
		}
		return ""
	}}
}

// BenchmarkStartup times what `serve` and `ask` do before the first question: open the store
// and build the index. It reports the Go heap in use afterwards.
func BenchmarkStartup(b *testing.B) {
	for _, n := range benchScales {
		db := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			e := benchEnv(b, db)
			cfg, err := config.Load(e.getenv)
			if err != nil {
				b.Fatal(err)
			}
			logger := newLogger(io.Discard, slog.LevelError)
			var ms runtime.MemStats
			for i := 0; i < b.N; i++ {
				ix, _, err := loadIndex(cfg, logger, true)
				if err != nil {
					b.Fatal(err)
				}
				if i == b.N-1 {
					runtime.GC()
					runtime.ReadMemStats(&ms)
					b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MiB")
				}
				runtime.KeepAlive(ix)
			}
		})
	}
}

// answerQuestions is a mix of lookups and comparisons, Chinese and English.
var answerQuestions = []string{
	"盛泽镇2023年工业投资目标是多少?",
	"黎里镇去年财政收入完成了多少?",
	"What is Shengze's fiscal revenue target?",
	"How many deep-water net cages does Shacheng have now?",
	"What was the average PM2.5 concentration in the Beijing district last year?",
	"Which towns target 10% revenue growth?",
	"哪些镇设定了一般公共预算收入增长目标?",
	"What is Shanghai's GDP growth target for 2023?",
}

// BenchmarkAnswer times whole offline answers (retrieval, facts, composition and grounding
// checks) through the answer service `serve` uses, and reports their median and 99th
// percentile.
func BenchmarkAnswer(b *testing.B) {
	for _, n := range benchScales {
		db := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			e := benchEnv(b, db)
			ctx := context.Background()
			cfg, err := config.Load(e.getenv)
			if err != nil {
				b.Fatal(err)
			}
			svc, _, err := openService(ctx, e, cfg, newLogger(io.Discard, slog.LevelError), false)
			if err != nil {
				b.Fatal(err)
			}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := svc.Ask(ctx, answer.Request{Question: answerQuestions[i%len(answerQuestions)], K: answer.DefaultK}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			retrievaltest.ReportLatencies(b, lat)
		})
	}
}

// BenchmarkAskInProcess runs `reportbot ask --json` through run, start-up included.
func BenchmarkAskInProcess(b *testing.B) {
	for _, n := range benchScales {
		db := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			e := benchEnv(b, db)
			for i := 0; i < b.N; i++ {
				if err := run(context.Background(), []string{"ask", "--json", "盛泽镇2023年地区生产总值增长目标是多少?"}, e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// buildBinary builds reportbot into a temporary directory of tb.
func buildBinary(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "reportbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkAskProcess runs the built binary: `reportbot ask --json QUESTION`, a whole process.
func BenchmarkAskProcess(b *testing.B) {
	bin := buildBinary(b)
	for _, n := range benchScales {
		db := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(bin, "ask", "--json", "--db", db, "What is Shengze's fiscal revenue target?")
				cmd.Env = []string{"HOME=" + b.TempDir(), "PATH=" + os.Getenv("PATH")}
				var stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = io.Discard, &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v\n%s", err, stderr.String())
				}
			}
		})
	}
}

// BenchmarkServeProcess starts the built binary's `serve --mode http` against a fake Slack and
// times it from exec to its "starting" log line (store opened, index built, bot set up). Where
// /proc exists it reports the median resident memory at that moment.
func BenchmarkServeProcess(b *testing.B) {
	bin := buildBinary(b)
	slack := slacktest.New(b, slacktest.Options{})
	for _, n := range benchScales {
		db := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			var rss []float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cmd := exec.Command(bin, "serve", "--mode", "http", "--addr", "127.0.0.1:0", "--db", db)
				cmd.Env = []string{"HOME=" + b.TempDir(), "PATH=" + os.Getenv("PATH"), "SLACK_BOT_TOKEN=" + slacktest.BotToken,
					"SLACK_SIGNING_SECRET=bench", "SLACK_API_URL=" + slack.URL}
				stderr, err := cmd.StderrPipe()
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := cmd.Start(); err != nil {
					b.Fatal(err)
				}
				started := false
				sc := bufio.NewScanner(stderr)
				for !started && sc.Scan() {
					started = strings.Contains(sc.Text(), `"msg":"starting"`)
				}
				b.StopTimer()
				if !started {
					cmd.Wait()
					b.Fatal("serve exited before it started")
				}
				if kb, ok := residentKB(cmd.Process.Pid); ok {
					rss = append(rss, float64(kb)/1024)
				}
				go io.Copy(io.Discard, stderr)
				if cmd.Process.Signal(syscall.SIGTERM) != nil {
					cmd.Process.Kill()
				}
				cmd.Wait()
				b.StartTimer()
			}
			if len(rss) > 0 {
				slices.Sort(rss)
				b.ReportMetric(rss[len(rss)/2], "rss-MiB")
			}
		})
	}
}

// residentKB reads a process's resident memory (VmRSS) from /proc.
func residentKB(pid int) (int, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb, err == nil
		}
	}
	return 0, false
}
