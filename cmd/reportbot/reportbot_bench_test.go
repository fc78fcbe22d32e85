package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/answer"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/scale"
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
			cfg := config.Load(e.getenv)
			logger := newLogger(io.Discard, "error")
			ctx := context.Background()
			var ms runtime.MemStats
			for i := 0; i < b.N; i++ {
				ix, err := loadIndex(ctx, e, cfg, logger, false)
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
			svc, err := openService(ctx, e, config.Load(e.getenv), newLogger(io.Discard, "error"))
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
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2])/1e6, "p50-ms")
			b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)])/1e6, "p99-ms")
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

// BenchmarkAskProcess runs the built binary: `reportbot ask --json QUESTION`, a whole process.
func BenchmarkAskProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "reportbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
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
