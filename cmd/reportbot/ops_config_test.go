package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/internal/store"
)

// TestMalformedConfigStopsEveryCommand: a malformed variable is an error naming it and the
// form wanted, before any work, whatever the command.
func TestMalformedConfigStopsEveryCommand(t *testing.T) {
	t.Chdir(t.TempDir()) // no .env
	vars := map[string]string{"REPORTBOT_WORKERS": "abc", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
	db := filepath.Join(t.TempDir(), "db")
	for _, args := range [][]string{
		{"ask", "--db", db, "GDP target?"},
		{"eval", "--db", db},
		{"serve", "--db", db},
		{"ingest", "--db", db},
		{"reports", "--db", db},
		{"facts", "--db", db},
	} {
		_, _, err := cli(t, vars, args...)
		if err == nil || !strings.Contains(err.Error(), "REPORTBOT_WORKERS=abc: want a whole number ≥ 1") {
			t.Errorf("%s: %v, want the REPORTBOT_WORKERS error", args[0], err)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a command did work despite the bad configuration: %v", err)
	}
}

// TestExplicitDBWithoutStoreSaysHowToCreateIt: ask, eval and serve open the store through one
// constructor; a --db (or REPORTBOT_DB) with no store is an error naming the ingest command,
// and nothing is ingested there by itself.
func TestExplicitDBWithoutStoreSaysHowToCreateIt(t *testing.T) {
	t.Chdir(t.TempDir())
	db := filepath.Join(t.TempDir(), "db")
	slack := map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}
	for _, c := range []struct {
		args []string
		vars map[string]string
	}{
		{[]string{"ask", "--db", db, "GDP target?"}, nil},
		{[]string{"eval", "--db", db}, nil},
		{[]string{"serve", "--db", db}, slack},
		{[]string{"ask", "GDP target?"}, map[string]string{"REPORTBOT_DB": db}},
	} {
		_, stderr, err := cli(t, c.vars, c.args...)
		if err == nil || !errors.Is(err, store.ErrNoStore) || !strings.Contains(err.Error(), "reportbot ingest --db "+db) {
			t.Errorf("%v: %v, want a no-store error saying `reportbot ingest --db %s`", c.args, err, db)
		}
		if strings.Contains(stderr, "ingesting the bundled corpus") {
			t.Errorf("%v ingested the bundled corpus into an explicit --db", c.args)
		}
	}
	if _, err := store.Current(db); !errors.Is(err, store.ErrNoStore) {
		t.Errorf("a store appeared at the explicit --db: %v", err)
	}
}

// TestDefaultStoreIsBuiltOnFirstUseByEveryCommand: at the default location, ask, eval and serve
// alike build the store from the bundled corpus.
func TestDefaultStoreIsBuiltOnFirstUseByEveryCommand(t *testing.T) {
	t.Chdir(t.TempDir())
	set := writeFile(t, t.TempDir(), "dev.jsonl", string(data.DevSet))
	for _, args := range [][]string{{"ask", "GDP target?"}, {"eval", "--set", set}} {
		home := t.TempDir()
		_, stderr, err := cli(t, map[string]string{"HOME": home}, args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if !strings.Contains(stderr, "ingesting the bundled corpus") {
			t.Errorf("%v: stderr does not say the corpus is ingested first:\n%s", args, stderr)
		}
		if _, err := store.Current(filepath.Join(home, ".local", "share", "reportbot")); err != nil {
			t.Errorf("%v: no store in the default place: %v", args, err)
		}
	}
}
