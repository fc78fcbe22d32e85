package scale

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/embed"
)

func TestGenerateProfilesDistinctReports(t *testing.T) {
	dir := t.TempDir()
	paths, err := Generate(dir, Options{Copies: 4, Seed: 1, KeepOriginal: true})
	if err != nil {
		t.Fatal(err)
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	snap, _, err := ingest.Build(context.Background(), paths, ingest.Options{Embedder: emb})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Reports) != 36 {
		t.Fatalf("got %d reports, want 36", len(snap.Reports))
	}
	seen := map[string]string{}
	for _, r := range snap.Reports {
		if r.Source == "2023-gov-work-reports.txt" {
			continue
		}
		if strings.Contains(strings.ToLower(r.Entity), "xx") {
			t.Errorf("%s report %d: entity %q is still withheld", r.Source, r.Report, r.Entity)
		}
		if prev, ok := seen[r.Entity]; ok {
			t.Errorf("%s report %d: entity %q also in %s", r.Source, r.Report, r.Entity, prev)
		}
		seen[r.Entity] = r.Source
	}
	// The kept original profiles as the bundled corpus does.
	for _, r := range snap.Reports[:9] {
		if r.Report == 5 && r.Entity != "盛泽镇" {
			t.Errorf("original report 5 is %q, want 盛泽镇", r.Entity)
		}
	}
	// Figures differ between copies.
	a, _ := os.ReadFile(paths[1])
	b, _ := os.ReadFile(paths[2])
	if bytes.Equal(a, b) {
		t.Fatal("two copies are identical")
	}
}

func TestGenerateDeterministic(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	p1, err := Generate(d1, Options{Copies: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := Generate(d2, Options{Copies: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for i := range p1 {
		a, _ := os.ReadFile(p1[i])
		b, _ := os.ReadFile(p2[i])
		if !bytes.Equal(a, b) {
			t.Fatalf("copy %d differs between runs with one seed", i)
		}
	}
}

func TestReplaceWithheld(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"启动xx、xx驻点", "启动梓川、梓川驻点"},
		{"XX区", "梓川区"},
		{"xxx高中", "梓川高中"},
		{"www.xxxx.com", "www.xxxx.com"},
		{"box xx", "box 梓川"},
		{"taxx", "taxx"},
	} {
		if got := replaceWithheld(tc.in, "梓川"); got != tc.want {
			t.Errorf("replaceWithheld(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
