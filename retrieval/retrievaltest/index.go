// Package retrievaltest builds the bundled corpus's index for tests of the packages that answer from
// it (retrieval, answer, bot), once per test binary.
package retrievaltest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
)

var (
	once sync.Once
	ix   *retrieval.Index
	err  error
)

// Index returns the index of the bundled corpus, built with the local embedder.
func Index(tb testing.TB) *retrieval.Index {
	tb.Helper()
	once.Do(func() { ix, err = build() })
	if err != nil {
		tb.Fatal(err)
	}
	return ix
}

func build() (*retrieval.Index, error) {
	dir, err := os.MkdirTemp("", "reportbot-testutil-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	snap, err := buildSnapshot(dir)
	if err != nil {
		return nil, err
	}
	return retrieval.NewIndex(snap, embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
}

func buildSnapshot(dir string) (*store.Snapshot, error) {
	path := filepath.Join(dir, data.CorpusName)
	if err := os.WriteFile(path, data.Corpus, 0o644); err != nil {
		return nil, err
	}
	emb := ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
	snap, _, err := ingest.Build(context.Background(), []string{path}, ingest.Options{Embedder: emb})
	return snap, err
}

// Snapshot returns a fresh store snapshot of the bundled corpus (for tests that write stores).
func Snapshot(tb testing.TB) *store.Snapshot {
	tb.Helper()
	snap, err := buildSnapshot(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return snap
}
