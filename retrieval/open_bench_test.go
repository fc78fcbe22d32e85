package retrieval_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/retrieval/retrievaltest"
)

// BenchmarkOpenIndex times opening a store generation as `ask` (mapped) and `serve` (mapped plus
// the chromem-go collections of the segments' lists built on the mapped rows) do, then retrieval over the question mix,
// with p50/p99. The store is $REPORTBOT_BENCH_DB (any size, e.g. a decade corpus from ingest/scale/gen). scoped-p99-ms is the
// p99 of the questions scoped to fewer than half the reports (lookups of a named place), apart
// from those that check every report (filters and comparisons across the corpus).
func BenchmarkOpenIndex(b *testing.B) {
	dir := os.Getenv("REPORTBOT_BENCH_DB")
	if dir == "" {
		b.Skip("set REPORTBOT_BENCH_DB to a store directory")
	}
	for _, mode := range []string{"one-shot", "serving"} {
		b.Run(mode+"/open", func(b *testing.B) {
			for range b.N {
				g, err := store.OpenGeneration(dir)
				if err != nil {
					b.Fatal(err)
				}
				var lists *store.Lists
				if mode == "serving" {
					if lists, err = g.Lists(); err != nil {
						b.Fatal(err)
					}
				}
				if _, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), lists); err != nil {
					b.Fatal(err)
				}
				if lists != nil {
					lists.Close()
				}
				g.Close()
			}
		})
		b.Run(mode+"/questions", func(b *testing.B) {
			g, err := store.OpenGeneration(dir)
			if err != nil {
				b.Fatal(err)
			}
			var lists *store.Lists
			if mode == "serving" {
				if lists, err = g.Lists(); err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { lists.Close() })
			}
			ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, embed.Local(g.Manifest.Dim), lists)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			ctx := context.Background()
			lat := make([]time.Duration, 0, b.N)
			var scoped []time.Duration // questions whose scope is some reports, not all
			for i := 0; i < b.N; i++ {
				start := time.Now()
				a := retrieval.Analyze(retrievaltest.Questions[i%len(retrievaltest.Questions)], ix)
				res, err := ix.Search(ctx, a, 10)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				if res.Scope != nil && len(res.Scope) < len(ix.Reports)/2 {
					scoped = append(scoped, lat[len(lat)-1])
				}
			}
			b.StopTimer()
			retrievaltest.ReportLatencies(b, lat)
			if len(scoped) > 0 {
				slices.Sort(scoped)
				b.ReportMetric(float64(scoped[min(len(scoped)-1, len(scoped)*99/100)])/float64(time.Millisecond), "scoped-p99-ms")
			}
		})
	}
}

// BenchmarkServeRetrieval measures `serve`'s retrieval on $REPORTBOT_BENCH_DB over the question
// mix (retrievaltest.Questions, plus the questions of the JSON-lines set $REPORTBOT_BENCH_EVAL
// when set, e.g. a scaled eval): per question, the retrieval stage (plan, scope, fact rows, BM25,
// dense search, fusion: everything Search does before scoring sentences) and its dense search
// alone, with p50/p99 (and of the dense searches that query chromem-go's lists: unfiltered, or
// scoped to many chunks); the whole answer as `serve` composes it without a model (answer.Service:
// Search with sentence scoring and, for questions over every report, each report's evidence);
// the process's CPU time of the retrieval stage (robust to other processes' load); and the
// recall of the lists' dense ranking against every list's (the exhaustive chromem-go
// search of the same collections), at 10 and at the depth Search fuses.
func BenchmarkServeRetrieval(b *testing.B) {
	dir := os.Getenv("REPORTBOT_BENCH_DB")
	if dir == "" {
		b.Skip("set REPORTBOT_BENCH_DB to a store directory")
	}
	qs := slices.Clone(retrievaltest.Questions)
	if set := os.Getenv("REPORTBOT_BENCH_EVAL"); set != "" {
		qs = append(qs, benchQuestions(b, set)...)
	}
	g, err := store.OpenGeneration(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	start := time.Now()
	lists, err := g.Lists()
	if err != nil {
		b.Fatal(err)
	}
	defer lists.Close()
	if p := os.Getenv("REPORTBOT_BENCH_PROBE"); p != "" {
		if lists.Probe, err = strconv.Atoi(p); err != nil {
			b.Fatal(err)
		}
	}
	build := time.Since(start)
	all, err := g.Lists() // the same collections, every list searched
	if err != nil {
		b.Fatal(err)
	}
	defer all.Close()
	all.Probe = 0
	fn := embed.Local(g.Manifest.Dim)
	ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, fn, lists)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	svc := answer.New(ix, answer.Options{})
	for _, q := range qs { // once unmeasured: what the index builds on first use
		if _, err := svc.Ask(ctx, answer.Request{Question: q}); err != nil {
			b.Fatal(err)
		}
	}
	var stage, stageCPU, dense, unfiltered, whole []time.Duration
	type slow struct {
		q                   string
		stage, dense, whole time.Duration
		lists               bool
	}
	var slowest []slow
	var r10, rDepth float64
	recalls := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range qs {
			t, cpu := time.Now(), cpuTime()
			a := retrieval.Analyze(q, ix)
			d, unf, err := ix.RetrieveStages(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			stage = append(stage, time.Since(t))
			stageCPU = append(stageCPU, cpuTime()-cpu)
			dense = append(dense, d)
			if unf {
				unfiltered = append(unfiltered, d)
			}
			t = time.Now()
			if _, err := svc.Ask(ctx, answer.Request{Question: q}); err != nil {
				b.Fatal(err)
			}
			whole = append(whole, time.Since(t))
			slowest = append(slowest, slow{q, stage[len(stage)-1], d, whole[len(whole)-1], unf})
			if i == 0 {
				at10, atDepth, ok, err := ix.DenseRecall(ctx, a, all)
				if err != nil {
					b.Fatal(err)
				}
				if ok {
					r10, rDepth, recalls = r10+at10, rDepth+atDepth, recalls+1
				}
			}
		}
	}
	b.StopTimer()
	slices.SortFunc(slowest, func(x, y slow) int { return int(y.stage - x.stage) })
	for _, s := range slowest[:min(12, len(slowest))] {
		b.Logf("retrieval %v (dense %v, lists %v), answer %v: %s", s.stage, s.dense, s.lists, s.whole, s.q)
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	pct := func(name string, lat []time.Duration) {
		if len(lat) == 0 {
			return
		}
		slices.Sort(lat)
		b.ReportMetric(ms(lat[len(lat)/2]), name+"-p50-ms")
		b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*99/100)]), name+"-p99-ms")
	}
	pct("retrieval", stage)
	pct("retrieval-cpu", stageCPU)
	pct("dense", dense)
	pct("lists-dense", unfiltered)
	pct("answer", whole)
	if kb, ok := statusKB("VmHWM"); ok {
		b.ReportMetric(float64(kb)/1024, "peak-rss-MiB")
	}
	b.ReportMetric(ms(build), "lists-build-ms")
	b.ReportMetric(float64(lists.NumLists()), "lists")
	b.ReportMetric(float64(len(qs)), "questions")
	b.ReportMetric(float64(recalls), "lists-questions")
	if recalls > 0 {
		b.ReportMetric(r10/float64(recalls), "recall@10")
		b.ReportMetric(rDepth/float64(recalls), "recall@50")
	}
}

// cpuTime is the process's CPU time so far (user and system).
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// statusKB reads a field of this process's /proc status, in kB.
func statusKB(field string) (int, bool) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb, err == nil
		}
	}
	return 0, false
}

// benchQuestions reads the questions of a JSON-lines eval set.
func benchQuestions(b *testing.B, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var q struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &q) == nil && q.Q != "" {
			qs = append(qs, q.Q)
		}
	}
	return qs
}

// BenchmarkListsRecall measures only the dense searches that query the lists, on
// $REPORTBOT_BENCH_DB over the question mix (as BenchmarkServeRetrieval), for each probe of
// $REPORTBOT_BENCH_PROBES (comma-separated chunk counts): recall at 10 and 50 against every
// list, the similarity ratio at 10, and the time of the search.
func BenchmarkListsRecall(b *testing.B) {
	dir := os.Getenv("REPORTBOT_BENCH_DB")
	if dir == "" {
		b.Skip("set REPORTBOT_BENCH_DB to a store directory")
	}
	qs := slices.Clone(retrievaltest.Questions)
	if set := os.Getenv("REPORTBOT_BENCH_EVAL"); set != "" {
		qs = append(qs, benchQuestions(b, set)...)
	}
	g, err := store.OpenGeneration(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	all, err := g.Lists()
	if err != nil {
		b.Fatal(err)
	}
	defer all.Close()
	all.Probe = 0
	fn := embed.Local(g.Manifest.Dim)
	ctx := context.Background()
	for _, p := range strings.Split(os.Getenv("REPORTBOT_BENCH_PROBES"), ",") {
		probe, err := strconv.Atoi(p)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(p, func(b *testing.B) {
			lists, err := g.Lists()
			if err != nil {
				b.Fatal(err)
			}
			defer lists.Close()
			lists.Probe = probe
			ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, fn, lists)
			if err != nil {
				b.Fatal(err)
			}
			var lat []time.Duration
			var r10, r50, s10 float64
			n := 0
			for range b.N {
				for _, q := range qs {
					a := retrieval.Analyze(q, ix)
					t := time.Now()
					at10, at50, sim, ok, err := ix.DenseRecallSim(ctx, a, all)
					if err != nil {
						b.Fatal(err)
					}
					if ok {
						lat = append(lat, time.Since(t))
						r10, r50, s10, n = r10+at10, r50+at50, s10+sim, n+1
					}
				}
			}
			if n > 0 {
				b.ReportMetric(r10/float64(n), "recall@10")
				b.ReportMetric(r50/float64(n), "recall@50")
				b.ReportMetric(s10/float64(n), "sim@10")
				b.ReportMetric(float64(n), "searches")
				retrievaltest.ReportLatencies(b, lat)
			}
		})
	}
}
