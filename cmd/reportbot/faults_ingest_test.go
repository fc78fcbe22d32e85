package main

import (
	"bufio"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/internal/store"
)

// runMainEnv makes the test binary run main() instead of the tests (see TestMain), so that a
// test can run reportbot as a child process and signal it.
const runMainEnv = "REPORTBOT_TEST_RUN_MAIN"

// child is reportbot running as a child process.
type child struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	stderr strings.Builder
	lines  chan string // stderr, line by line
	done   chan error  // the exit
}

// startChild runs `reportbot args…` as a child process with an environment holding only vars
// (and a HOME of its own).
func startChild(t *testing.T, vars map[string]string, args ...string) *child {
	t.Helper()
	c := &child{cmd: exec.Command(os.Args[0], args...), lines: make(chan string, 1000), done: make(chan error, 1)}
	c.cmd.Env = []string{runMainEnv + "=1", "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	for k, v := range vars {
		c.cmd.Env = append(c.cmd.Env, k+"="+v)
	}
	c.cmd.Stdout = io.Discard
	pipe, err := c.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			c.mu.Lock()
			c.stderr.WriteString(sc.Text() + "\n")
			c.mu.Unlock()
			select {
			case c.lines <- sc.Text():
			default:
			}
		}
		close(c.lines)
		c.done <- c.cmd.Wait()
	}()
	t.Cleanup(func() { _ = c.cmd.Process.Kill() })
	return c
}

// waitLine waits for a stderr line containing s (failing if the child exits first).
func (c *child) waitLine(t *testing.T, s string) {
	t.Helper()
	for line := range c.lines {
		if strings.Contains(line, s) {
			return
		}
	}
	t.Fatalf("the child exited without printing %q; stderr:\n%s", s, c.stderrText())
}

// wait waits for the child to exit and returns its exit code and stderr.
func (c *child) wait(t *testing.T) (int, string) {
	t.Helper()
	for range c.lines { // drain
	}
	err := <-c.done
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return c.cmd.ProcessState.ExitCode(), c.stderrText()
}

func (c *child) stderrText() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stderr.String()
}

// TestIngestFIFOArgument: a named pipe on the command line is refused at once, --keep-going
// or not, instead of blocking forever.
func TestIngestFIFOArgument(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "report.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, args := range [][]string{{fifo}, {"--keep-going", fifo}} {
		_, _, err := cli(t, nil, append([]string{"ingest", "--db", filepath.Join(dir, "db")}, args...)...)
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("ingest %q: err = %v, want a refusal naming the named pipe", args, err)
		}
	}
}

// TestIngestSignalMidEmbedding: SIGINT while ingest waits on a (hung) embeddings API ends the
// process promptly with a non-zero status, and the previous store stays live.
func TestIngestSignalMidEmbedding(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	_, qingliu := opsCorpusFiles(t, dir)
	if _, _, err := cli(t, nil, "ingest", "--db", db, qingliu); err != nil {
		t.Fatal(err)
	}
	before, _ := store.Current(db)

	asked := make(chan struct{}, 100)
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body) // with the body read, a closed connection ends r.Context()
		asked <- struct{}{}
		<-r.Context().Done() // never answers
	}))
	defer api.Close()
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		c := startChild(t, map[string]string{"OPENAI_BASE_URL": api.URL + "/v1", "OPENAI_API_KEY": "test",
			"REPORTBOT_EMBED_MODEL": "test-embed"}, "ingest", "--db", db, "--replace", "--embedder", "openai", qingliu)
		<-asked
		sent := time.Now()
		if err := c.cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		code, stderr := c.wait(t)
		t.Logf("%v: exited %d after %v", sig, code, time.Since(sent).Round(time.Millisecond))
		if code == 0 || !strings.Contains(stderr, "interrupted") || !strings.Contains(stderr, "unchanged") {
			t.Errorf("%v: exit %d, stderr:\n%s\nwant a non-zero exit saying the store is unchanged", sig, code, stderr)
		}
		if took := time.Since(sent); took > 10*time.Second {
			t.Errorf("%v: the process took %v to exit", sig, took)
		}
		if after, _ := store.Current(db); after != before {
			t.Errorf("%v: the store moved from %s to %s", sig, before, after)
		}
	}
}

// TestIngestWaitsForAnotherIngest: with the store locked, `ingest --wait 0` fails at once
// saying so; a waiting ingest says whom it waits for, carries on when the lock is released,
// and a signal ends its wait.
func TestIngestWaitsForAnotherIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	_, qingliu := opsCorpusFiles(t, dir)
	if _, _, err := cli(t, nil, "ingest", "--db", db, qingliu); err != nil {
		t.Fatal(err)
	}
	before, _ := store.Current(db)
	lock, err := store.Acquire(t.Context(), db, 0, nil)
	if err != nil {
		t.Fatal(err)
	}

	_, _, err = cli(t, nil, "ingest", "--db", db, "--wait", "0", qingliu)
	if !errors.Is(err, store.ErrLocked) || !strings.Contains(err.Error(), "unchanged") {
		t.Errorf("ingest --wait 0 on a locked store: %v", err)
	}

	c := startChild(t, nil, "ingest", "--db", db, qingliu)
	c.waitLine(t, "waiting up to")
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code, stderr := c.wait(t); code == 0 || !strings.Contains(stderr, "unchanged") {
		t.Errorf("a waiting ingest signalled: exit %d, stderr:\n%s", code, stderr)
	}

	c = startChild(t, nil, "ingest", "--db", db, qingliu)
	c.waitLine(t, "waiting up to")
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	if code, stderr := c.wait(t); code != 0 {
		t.Errorf("a waiting ingest after the release: exit %d, stderr:\n%s", code, stderr)
	}
	if after, _ := store.Current(db); after == before {
		t.Errorf("the store still serves %s after the waiting ingest succeeded", after)
	}
}
