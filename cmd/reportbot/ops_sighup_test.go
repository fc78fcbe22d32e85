//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/reportbot/reportbot/bot/slacktest"
	"github.com/reportbot/reportbot/internal/store"
)

func TestServeReloadsOnSIGHUP(t *testing.T) {
	dir := t.TempDir()
	bundled, qingliu := opsCorpusFiles(t, dir)
	db := filepath.Join(dir, "db")
	if _, _, err := cli(t, nil, "ingest", "--db", db, bundled); err != nil {
		t.Fatal(err)
	}
	s := slacktest.New(t, slacktest.Options{})
	// No polling: only the signal reloads.
	stderr, stop := startServe(t, s, []string{"--db", db}, map[string]string{"REPORTBOT_RELOAD_INTERVAL": "off"})
	s.WaitConnections(t, 1, waitLong)
	// serve listens for SIGHUP before it says it is watching; before that the signal would
	// end the test process.
	s.WaitFor(t, 30*time.Second, "the store watch", func() bool {
		return len(logRecords(stderr.String(), "watching the store for new generations")) > 0
	})
	if _, _, err := cli(t, nil, "ingest", "--db", db, qingliu); err != nil {
		t.Fatal(err)
	}
	next, _ := store.Current(db)
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitReload(t, s, stderr, "reloaded the store", next)
	if b := askAndWait(t, s, "U1", qingliuQuestion, "1700004000.000001").Blocks(); !strings.Contains(b, "qingliu-2024.txt") {
		t.Errorf("after SIGHUP the answer does not come from the new store:\n%s", b)
	}
	if err := stop(); err != nil {
		t.Fatalf("serve returned %v", err)
	}
}
