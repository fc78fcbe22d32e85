package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/internal/store"
)

// TestIngestKilledBeforeSwitch: an add killed (SIGKILL, no clean-up) once its segment is written,
// while it installs the generation that names it, leaves either the old generation live or the
// new one complete — never a store that does not open — and the next ingest removes a segment
// no generation names. The kill lands wherever the child is when the "writing" stage starts; both
// outcomes are checked.
func TestIngestKilledBeforeSwitch(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	bundled, qingliu := opsCorpusFiles(t, dir)
	if _, _, err := cli(t, nil, "ingest", "--db", db, bundled); err != nil {
		t.Fatal(err)
	}
	before, _ := store.Current(db)
	c := startChild(t, nil, "ingest", "--db", db, qingliu)
	c.waitLine(t, "ingest: writing")
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	c.wait(t)
	g, err := store.OpenGeneration(db)
	if err != nil {
		t.Fatalf("the store does not open after the kill: %v", err)
	}
	sources := g.Manifest.Sources
	g.Close()
	switch after, _ := store.Current(db); {
	case after == before && slices.Equal(sources, []string{filepath.Base(bundled)}):
		t.Log("killed before the switch: the old generation is live")
	case after != before && slices.Equal(sources, []string{filepath.Base(bundled), filepath.Base(qingliu)}):
		t.Log("killed after the switch: the new generation is live")
	default:
		t.Fatalf("after the kill the store serves %s with sources %v", after, sources)
	}
	// The next ingest prunes whatever the killed one left.
	if _, _, err := cli(t, nil, "ingest", "--db", db, qingliu); err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	es, err := os.ReadDir(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		var m store.Manifest
		if b, err := os.ReadFile(filepath.Join(db, e.Name(), "manifest.json")); err == nil && json.Unmarshal(b, &m) == nil {
			for _, s := range m.Segments {
				named[s.Name] = true
			}
		}
	}
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".tmp") || strings.HasPrefix(e.Name(), "seg-") && !named[e.Name()] {
			t.Errorf("%s left behind after the next ingest", e.Name())
		}
	}
}
