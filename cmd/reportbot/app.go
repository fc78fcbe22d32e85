package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/embed"
	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/internal/store"
	"github.com/reportbot/reportbot/retrieval"
	"github.com/reportbot/reportbot/retrieval/answer"
)

// newLogger returns the JSON logger for the process (stderr), at the configured level.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
}

// loadConfig is config.Load for a subcommand: a malformed variable is an error saying which.
func loadConfig(e env) (config.Config, error) {
	cfg, err := config.Load(e.getenv)
	if err != nil {
		return cfg, fmt.Errorf("%w (fix the environment or .env; the README's Configuration table lists every variable)", err)
	}
	return cfg, nil
}

// openService is the one constructor of the answer service, for ask, eval and serve. It loads
// the store's live generation once (ingesting the bundled corpus first only when there is no
// store at the default location; see noStore), and builds the service with the configured
// model and deadlines (answerOptions). It returns the generation it loaded. serving says the
// service is long-running (serve): see loadIndex.
func openService(ctx context.Context, e env, cfg config.Config, logger *slog.Logger, serving bool) (*answer.Service, string, error) {
	ix, gen, err := loadIndex(cfg, logger, serving)
	if errors.Is(err, store.ErrNoStore) && cfg.UsesDefaultDB() {
		fmt.Fprintf(e.stderr, "reportbot: no store at %s yet; ingesting the bundled corpus first (%s)\n", cfg.DB, data.CorpusName)
		if err := ingestBundled(ctx, cfg); err != nil {
			return nil, "", err
		}
		ix, gen, err = loadIndex(cfg, logger, serving)
	}
	if errors.Is(err, store.ErrNoStore) {
		return nil, "", noStore(cfg, err)
	}
	if err != nil {
		return nil, "", err
	}
	return answer.New(ix, answerOptions(cfg, logger)), gen, nil
}

// noStore says how to create the store that is not there.
func noStore(cfg config.Config, err error) error {
	if cfg.UsesDefaultDB() {
		return fmt.Errorf("%w: run `reportbot ingest` first", err)
	}
	return fmt.Errorf("%w: create it with `reportbot ingest --db %s [PATH ...]` (no PATH: the bundled corpus), or leave out --db and REPORTBOT_DB to use the default store", err, cfg.DB)
}

// answerOptions is the answer service's configuration: the model stage when a chat model is
// configured (each call timed into the question's metrics.Clock and logged), and its deadline.
func answerOptions(cfg config.Config, logger *slog.Logger) answer.Options {
	opts := answer.Options{Logger: logger.With("component", "answer"), ModelTimeout: cfg.LLMTimeout, Timeout: cfg.AnswerTimeout}
	if cfg.ChatEnabled() {
		c := llm.New(cfg, logger.With("component", "llm"))
		mlog := logger.With("component", "model")
		gen, rw := answer.ModelStage(c, cfg.ChatModel)
		opts.Generator = answer.TimeGenerator(gen, mlog)
		opts.Rewriter = answer.TimeRewriter(rw, mlog)
	}
	return opts
}

// loadIndex opens the store's live generation (store.OpenGeneration: mapped, not decoded), with
// the query embedder the store names, each query embedding bounded by cfg.RetrievalTimeout, and
// says which generation it opened. A serving process also builds (or, on a reload, shares for
// unchanged segments) the generation's chromem-go collections, one per list of each segment's
// partition, on its mapped rows (store.Generation.Lists), which answer its unfiltered dense
// searches; a one-shot process (ask, eval) reads the mapped vector columns instead. serve calls
// it again for every new generation.
func loadIndex(cfg config.Config, logger *slog.Logger, serving bool) (*retrieval.Index, string, error) {
	g, err := store.OpenGeneration(cfg.DB)
	if err != nil {
		return nil, "", err
	}
	fail := func(err error) (*retrieval.Index, string, error) {
		g.Close()
		return nil, g.Name, err
	}
	if !serving {
		// A one-shot process exits after its answers: its facts may point into their files'
		// pages for good (store.FactTable.DecodeInPlace).
		g.Facts.DecodeInPlace()
	}
	fn, err := queryEmbedder(cfg, g.Manifest, logger)
	if err != nil {
		return fail(err)
	}
	fn = withDeadline(fn, cfg.RetrievalTimeout)
	var lists *store.Lists
	if serving {
		if lists, err = g.Lists(); err != nil {
			return fail(err)
		}
	}
	ix, err := retrieval.OpenIndex(g, g.Manifest.Embedder, g.Manifest.Dim, fn, lists)
	if err != nil {
		if lists != nil {
			lists.Close()
		}
		return fail(err)
	}
	// The generation's files stay open (and mapped) while the index is in use; once a reload
	// has replaced it and no question holds it, they are closed, so that a pruned generation's
	// disk space is given back, and the collections of segments the new generation no longer
	// names are dropped.
	runtime.AddCleanup(ix, func(o opened) {
		if o.lists != nil {
			o.lists.Close()
		}
		o.g.Close()
	}, opened{g, lists})
	return ix, g.Name, nil
}

// opened is what an index opened by loadIndex reads, closed when the index is dropped.
type opened struct {
	g     *store.Generation
	lists *store.Lists
}

// withDeadline bounds each call of fn by d: the retrieval stage's deadline (with a model
// embedder the query embedding is a network call).
func withDeadline(fn embed.Func, d time.Duration) embed.Func {
	if d <= 0 {
		return fn
	}
	return func(ctx context.Context, text string) ([]float32, error) {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return fn(ctx, text)
	}
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

// ingestBundled builds the store from the bundled corpus with the local embedder.
func ingestBundled(ctx context.Context, cfg config.Config) error {
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
