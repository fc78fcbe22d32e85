package main

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
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

// TestOneServiceConstructor: the answer service and the index are built in one place each
// (openService, loadIndex), which ask, eval and serve all call.
func TestOneServiceConstructor(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	callers := map[string][]string{} // callee → enclosing functions
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var name string
				switch c := call.Fun.(type) {
				case *ast.Ident:
					name = c.Name
				case *ast.SelectorExpr:
					if x, ok := c.X.(*ast.Ident); ok {
						name = x.Name + "." + c.Sel.Name
					}
				}
				callers[name] = append(callers[name], fn.Name.Name)
				return true
			})
		}
	}
	for callee, want := range map[string][]string{
		"answer.New":           {"openService"},
		"retrieval.OpenIndex":  {"loadIndex"},
		"store.OpenGeneration": {"loadIndex"},
		"store.OpenCatalog":    {"runFacts", "runReports"},
		"ingestBundled":        {"openService"},
		"openService":          {"runAsk", "runEval", "runServe"},
	} {
		got := slices.Compact(slices.Sorted(slices.Values(callers[callee])))
		if !slices.Equal(got, want) {
			t.Errorf("%s is called from %v, want %v", callee, got, want)
		}
	}
}
