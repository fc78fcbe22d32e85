package scale

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
)

// Seed is the seed the benchmark corpora are generated with.
const Seed = 1

// CacheEnv names the environment variable that, when set to a directory, keeps the benchmark
// corpora and stores there between runs (a 100× store takes about half a minute to build).
// Delete the directory after changing ingest.
const CacheEnv = "REPORTBOT_SCALE_DIR"

// Corpus writes the benchmark corpus of copies pages (the bundled page first, unchanged) into
// dir and returns the file paths.
func Corpus(dir string, copies int) ([]string, error) {
	return Generate(dir, Options{Copies: copies, Seed: Seed, KeepOriginal: true})
}

// Store returns the directory of a store ingested with the local embedder from the benchmark
// corpus of copies pages: under $REPORTBOT_SCALE_DIR when set (built once, then reused), else in
// a temporary directory of tb.
func Store(tb testing.TB, copies int) string {
	tb.Helper()
	root := os.Getenv(CacheEnv)
	if root == "" {
		root = tb.TempDir()
	}
	dir := filepath.Join(root, fmt.Sprintf("store-%dx-seed%d", copies, Seed))
	if m, err := store.ReadManifest(dir); err == nil && len(m.Sources) == copies && m.Embedder == embed.LocalName {
		return dir
	}
	src := filepath.Join(root, fmt.Sprintf("corpus-%dx-seed%d", copies, Seed))
	if err := os.MkdirAll(src, 0o755); err != nil {
		tb.Fatal(err)
	}
	paths, err := Corpus(src, copies)
	if err != nil {
		tb.Fatal(err)
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if _, err := ingest.Run(context.Background(), dir, paths, ingest.Options{Embedder: emb}); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// DecadeStore returns the directory of a store ingested with the local embedder from the decade
// corpus of places places over DefaultYears years (SameName 0.1, seed Seed) and that corpus's
// manifest: under $REPORTBOT_SCALE_DIR when set (the corpus and store are built once, then
// reused), else in a temporary directory of tb.
func DecadeStore(tb testing.TB, places int) (string, *Manifest) {
	tb.Helper()
	root := os.Getenv(CacheEnv)
	if root == "" {
		root = tb.TempDir()
	}
	opts := Options{Places: places, Seed: Seed, SameName: 0.1}
	src := filepath.Join(root, fmt.Sprintf("decade-%dp-seed%d", places, Seed))
	dir := filepath.Join(root, fmt.Sprintf("store-decade-%dp-seed%d", places, Seed))
	m, err := Plan(src, opts)
	if err != nil {
		tb.Fatal(err)
	}
	if mf, err := store.ReadManifest(dir); err == nil && len(mf.Sources) == len(m.Paths) && mf.Embedder == embed.LocalName {
		return dir, m
	}
	if err := os.MkdirAll(src, 0o755); err != nil {
		tb.Fatal(err)
	}
	if m, err = GenerateDecade(src, opts); err != nil {
		tb.Fatal(err)
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	if _, err := ingest.Run(context.Background(), dir, m.Paths, ingest.Options{Embedder: emb}); err != nil {
		tb.Fatal(err)
	}
	return dir, m
}
