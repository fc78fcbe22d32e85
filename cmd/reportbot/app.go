package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/retrieval/answer"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
)

// newLogger returns the JSON logger for the process (stderr), at the configured level.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}

// queryEmbedder returns the embedder a store's manifest names, for queries.
func queryEmbedder(cfg config.Config, m store.Manifest, logger *slog.Logger) (embed.Func, error) {
	if m.Embedder == embed.LocalName {
		return embed.Local(m.Dim), nil
	}
	if model, ok := strings.CutPrefix(m.Embedder, "openai:"); ok {
		if !cfg.ModelConfigured() {
			return nil, fmt.Errorf("%w: the store at %s was built with the model embedder %s, but OPENAI_API_KEY / OPENAI_BASE_URL are not set; set them, or rebuild the store offline with `reportbot ingest --embedder local`",
				store.ErrEmbedderMismatch, cfg.DB, m.Embedder)
		}
		return llm.New(cfg, logger).EmbedFunc(model), nil
	}
	return nil, fmt.Errorf("%w: the store at %s was built with an embedder this reportbot does not know (%q); re-run `reportbot ingest`", store.ErrEmbedderMismatch, cfg.DB, m.Embedder)
}

// loadIndex opens the store in cfg.DB and indexes it. When there is no store and autoIngest is
// set, it first ingests the bundled corpus (saying so on stderr).
func loadIndex(ctx context.Context, e env, cfg config.Config, logger *slog.Logger, autoIngest bool) (*retrieval.Index, error) {
	snap, err := store.Open(cfg.DB)
	if errors.Is(err, store.ErrNoStore) && autoIngest {
		fmt.Fprintf(e.stderr, "reportbot: no store at %s yet; ingesting the bundled corpus first (%s)\n", cfg.DB, data.CorpusName)
		if err := ingestBundled(ctx, e, cfg, logger); err != nil {
			return nil, err
		}
		snap, err = store.Open(cfg.DB)
	}
	if errors.Is(err, store.ErrNoStore) {
		return nil, fmt.Errorf("%w: run `reportbot ingest` first (or pass --db DIR)", err)
	}
	if err != nil {
		return nil, err
	}
	fn, err := queryEmbedder(cfg, snap.Manifest, logger)
	if err != nil {
		return nil, err
	}
	return retrieval.NewIndex(snap, snap.Manifest.Embedder, snap.Manifest.Dim, fn)
}

// ingestBundled builds the store from the bundled corpus with the local embedder.
func ingestBundled(ctx context.Context, e env, cfg config.Config, logger *slog.Logger) error {
	dir, err := os.MkdirTemp("", "reportbot-corpus-")
	if err != nil {
		return fmt.Errorf("prepare bundled corpus: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, data.CorpusName)
	if err := os.WriteFile(path, data.Corpus, 0o644); err != nil {
		return fmt.Errorf("prepare bundled corpus: %w", err)
	}
	_, err = ingest.Run(ctx, cfg.DB, []string{path}, ingest.Options{Embedder: localEmbedder()})
	return err
}

// localEmbedder is the offline embedder as ingest uses it.
func localEmbedder() ingest.Embedder {
	return ingest.EmbedderFunc(embed.LocalName, embed.LocalDim, embed.Local(embed.LocalDim))
}

// openService loads the index and builds the answer service, with a model when configured.
func openService(ctx context.Context, e env, cfg config.Config, logger *slog.Logger) (*answer.Service, error) {
	ix, err := loadIndex(ctx, e, cfg, logger, true)
	if err != nil {
		return nil, err
	}
	opts := answer.Options{Logger: logger.With("component", "answer"), ModelTimeout: cfg.LLMTimeout}
	if cfg.ChatEnabled() {
		c := llm.New(cfg, logger.With("component", "llm"))
		opts.Generator, opts.Rewriter = answer.ModelStage(c, cfg.ChatModel)
	}
	return answer.New(ix, opts), nil
}
