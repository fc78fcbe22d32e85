package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/store"
)

// reloadVars make serve poll the store often and take every question (one user asks them all;
// the queue holds them all, however slowly they are answered).
var reloadVars = map[string]string{
	"REPORTBOT_RELOAD_INTERVAL": "100ms", "REPORTBOT_RATE_USER": "off", "REPORTBOT_RATE_GLOBAL": "off",
	"REPORTBOT_QUEUE": "1000",
}

const (
	shengzeQuestion = "<@UBOT> 盛泽镇工业投资目标是多少?"   // answered from both stores
	qingliuQuestion = "<@UBOT> 青柳镇海洋牧场投资目标是多少?" // cited from the Qingliu report only
)

// askAndWait sends a mention and returns the final edit of its answer.
func askAndWait(t *testing.T, s *slacktest.Server, user, text, ts string) slacktest.Call {
	t.Helper()
	if _, err := s.SendEvent("Ev"+ts, slacktest.Mention("C1", user, text, ts, ""), 0); err != nil {
		t.Fatal(err)
	}
	return citedAnswer(t, s, ts)
}

// waitReload waits for the log record of a reload to generation gen.
func waitReload(t *testing.T, s *slacktest.Server, stderr *syncBuffer, msg, gen string) map[string]any {
	t.Helper()
	var rec map[string]any
	s.WaitFor(t, 30*time.Second, fmt.Sprintf("%q to %s", msg, gen), func() bool {
		for _, r := range logRecords(stderr.String(), msg) {
			if r["new_generation"] == gen {
				rec = r
				return true
			}
		}
		return false
	})
	return rec
}

// startReloadServer ingests the bundled corpus into a fresh store and starts serve on it with
// an ops listener; it returns the work directory, the store, the corpus files, the
// first generation, the fake Slack, serve's stderr, its stop function and the ops base URL.
func startReloadServer(t *testing.T) (dir, db, bundled, qingliu, first string, s *slacktest.Server, stderr *syncBuffer, stop func() error, ops string) {
	t.Helper()
	dir = t.TempDir()
	bundled, qingliu = opsCorpusFiles(t, dir)
	db = filepath.Join(dir, "db")
	if _, _, err := cli(t, nil, "ingest", "--db", db, bundled); err != nil {
		t.Fatal(err)
	}
	first, _ = store.Current(db)
	s = slacktest.New(t, slacktest.Options{})
	stderr, stop = startServe(t, s, []string{"--db", db, "--metrics-addr", "127.0.0.1:0"}, reloadVars)
	s.WaitConnections(t, 1, waitLong)
	ops = "http://" + logAddr(t, s, stderr, "ops: listening")
	return dir, db, bundled, qingliu, first, s, stderr, stop, ops
}

func TestServeReloadsNewGenerationWithoutFailingQuestions(t *testing.T) {
	_, db, bundled, qingliu, first, s, stderr, stop, ops := startReloadServer(t)

	// Before: the Qingliu report is unknown.
	if before := askAndWait(t, s, "U2", qingliuQuestion, "1700001999.000001"); strings.Contains(before.Blocks(), "qingliu-2024.txt") {
		t.Fatal("the first store already cites the Qingliu report")
	}

	// Questions in a loop (one every 20 ms) before, during and after a re-ingest, until the
	// new store has answered and at least minLoop were sent. The queue holds more than the
	// loop ever sends (reloadVars), so no question can be refused however slow the machine:
	// the test checks the reload, not throughput (BenchmarkAnswer measures that).
	const minLoop, maxLoop = 20, 400
	var answeredAfter atomic.Bool
	stopLoop, loopDone := make(chan struct{}), make(chan []string, 1)
	go func() {
		var sent []string
		defer func() { loopDone <- sent }()
		for i := range maxLoop {
			if answeredAfter.Load() && len(sent) >= minLoop {
				return
			}
			select {
			case <-stopLoop:
				return
			case <-time.After(20 * time.Millisecond):
			}
			ts := fmt.Sprintf("1700001000.%06d", i)
			if _, err := s.SendEvent(fmt.Sprintf("EvLoop%d", i), slacktest.Mention("C1", "U1", shengzeQuestion, ts, ""), 0); err != nil {
				t.Errorf("send question %d: %v", i, err)
				return
			}
			sent = append(sent, ts)
		}
	}()
	if _, _, err := cli(t, nil, "ingest", "--db", db, bundled, qingliu); err != nil {
		close(stopLoop)
		t.Fatal(err)
	}
	second, _ := store.Current(db)
	if second == first {
		t.Fatal("ingest did not make a new generation")
	}
	rec := waitReload(t, s, stderr, "reloaded the store", second)
	if rec["old_generation"] != first {
		t.Errorf("reload record %v: old generation should be %s", rec, first)
	}

	// After: the new store answers, while the loop goes on.
	after := askAndWait(t, s, "U2", qingliuQuestion, "1700002000.000001")
	if b := after.Blocks(); !strings.Contains(b, "qingliu-2024.txt") || !strings.Contains(b, "88亿元") {
		t.Errorf("after the reload the answer does not come from the new store:\n%s", b)
	}
	answeredAfter.Store(true)
	sent := <-loopDone
	close(stopLoop)
	if len(sent) < minLoop {
		t.Fatalf("only %d questions were sent", len(sent))
	}

	// Every looped question got exactly one answer, cited, and none failed.
	s.WaitFor(t, waitLong, "answers to every looped question", func() bool {
		x := exchanges(s)
		for _, ts := range sent {
			if e := x[ts]; e == nil || len(e.finals) == 0 {
				return false
			}
		}
		return true
	})
	x := exchanges(s)
	for _, ts := range sent {
		e := x[ts]
		if e.placeholders != 1 || len(e.finals) != 1 || len(e.notices) != 0 {
			t.Errorf("question %s: %d placeholders, %d final edits, %d notices; want 1, 1, 0", ts, e.placeholders, len(e.finals), len(e.notices))
			continue
		}
		if b := e.finals[0].Blocks(); !strings.Contains(b, "47亿元") || !strings.Contains(b, "Sources") || strings.Contains(b, "Sorry") {
			t.Errorf("question %s was not answered from the reports:\n%s", ts, b)
		}
	}
	t.Logf("%d questions answered across the reload from %s to %s", len(sent), first, second)

	_, page := httpGet(t, ops+"/metrics")
	if v := metricValue(page, `reportbot_reloads_total{result="ok"}`); v != 1 {
		t.Errorf("reportbot_reloads_total{result=\"ok\"} = %v, want 1", v)
	}
	if !strings.Contains(page, `reportbot_index_info{embedder="local-ngram-v1",generation="`+second+`"} 1`) {
		t.Errorf("/metrics does not name generation %s:\n%s", second, grepLines(page, "reportbot_index"))
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

func TestServeKeepsOldStoreWhenIngestOrLoadFails(t *testing.T) {
	dir, db, _, qingliu, first, s, stderr, stop, ops := startReloadServer(t)

	// A failed ingest (a binary file) changes nothing: the server answers from the old store.
	bin := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := cli(t, nil, "ingest", "--db", db, bin); err == nil {
		t.Fatal("ingest of a binary file succeeded")
	}
	checkCited(t, askAndWait(t, s, "U1", shengzeQuestion, "1700003000.000001"))

	// A generation that cannot be loaded is skipped, and the old index stays in use.
	broken := "gen-20000101T000000.000000000-1"
	if err := os.MkdirAll(filepath.Join(db, broken), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(db, broken, "manifest.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(db, "CURRENT.tmp"), []byte(broken+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(db, "CURRENT.tmp"), filepath.Join(db, "CURRENT")); err != nil {
		t.Fatal(err)
	}
	rec := waitReload(t, s, stderr, "reload failed; still answering from the generation in use", broken)
	if rec["old_generation"] != first || !strings.Contains(fmt.Sprint(rec["err"]), "manifest.json") {
		t.Errorf("failed reload record: %v", rec)
	}
	checkCited(t, askAndWait(t, s, "U1", shengzeQuestion, "1700003000.000002"))
	if code, body := httpGet(t, ops+"/readyz"); code != 200 || !strings.Contains(body, first) {
		t.Errorf("/readyz after a failed reload: %d %q, want 200 naming %s", code, body, first)
	}
	_, page := httpGet(t, ops+"/metrics")
	if v := metricValue(page, `reportbot_reloads_total{result="error"}`); v != 1 {
		t.Errorf("reportbot_reloads_total{result=\"error\"} = %v, want 1", v)
	}
	if !strings.Contains(page, `generation="`+first+`"`) {
		t.Errorf("/metrics no longer names generation %s:\n%s", first, grepLines(page, "reportbot_index"))
	}

	// The next good ingest is picked up.
	if _, _, err := cli(t, nil, "ingest", "--db", db, "--replace", qingliu); err != nil { // the live generation is damaged: rebuild
		t.Fatal(err)
	}
	next, _ := store.Current(db)
	waitReload(t, s, stderr, "reloaded the store", next)
	if b := askAndWait(t, s, "U1", qingliuQuestion, "1700003000.000003").Blocks(); !strings.Contains(b, "qingliu-2024.txt") {
		t.Errorf("after a good ingest the answer does not come from the new store:\n%s", b)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}

// grepLines returns the lines of s that contain sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
