package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/reportbot/reportbot/data"
	"github.com/reportbot/reportbot/ingest"
	"github.com/reportbot/reportbot/internal/config"
	"github.com/reportbot/reportbot/internal/llm"
	"github.com/reportbot/reportbot/internal/store"
)

func runIngest(ctx context.Context, e env, args []string) error {
	cfg, err := loadConfig(e)
	if err != nil {
		return err
	}
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.DB, "db", cfg.DB, "store directory (env REPORTBOT_DB)")
	keepGoing := fs.Bool("keep-going", false, "skip files that cannot be read instead of failing")
	chunkChars := fs.Int("chunk-chars", ingest.DefaultChunkChars, "chunk size limit in characters")
	defEmbedder := "local"
	if cfg.EmbedModel != "" {
		defEmbedder = "openai"
	}
	wait := fs.Duration("wait", ingest.DefaultWait, "how long to wait for another ingest of the same store to finish (0: fail at once)")
	embedder := fs.String("embedder", defEmbedder, "embedder: local (offline) or openai (REPORTBOT_EMBED_MODEL through OPENAI_BASE_URL)")
	replace := fs.Bool("replace", false, "rebuild the store from the PATHs alone instead of adding them to it")
	var remove []string
	fs.Func("remove", "remove a source (a file's name as `reportbot reports` lists it) from the store; repeatable", func(s string) error {
		remove = append(remove, s)
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: reportbot ingest [--db DIR] [--replace] [--remove SOURCE]... [--keep-going] [--embedder local|openai] [--wait 10m] [PATH ...]")
		fmt.Fprintln(e.stderr, "PATHs are .txt, .md or .html files or directories. They are added to the store: a file whose name the")
		fmt.Fprintln(e.stderr, "store already holds replaces that source, every other report is kept without being read or embedded")
		fmt.Fprintln(e.stderr, "again. --replace rebuilds the store from the PATHs alone. With no PATH (and no --remove) it ingests the")
		fmt.Fprintln(e.stderr, "bundled corpus.")
		fmt.Fprintln(e.stderr, "One ingest writes a store at a time; another one waits for it (up to --wait), saying so.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *chunkChars < 50 || *chunkChars > 5000 {
		return fmt.Errorf("%w: --chunk-chars must be between 50 and 5000", errUsage)
	}
	if *wait < 0 {
		return fmt.Errorf("%w: --wait must not be negative", errUsage)
	}
	if *replace && len(remove) > 0 {
		return fmt.Errorf("%w: --remove takes sources out of the store; --replace rebuilds it from the PATHs alone: use one", errUsage)
	}
	logger := newLogger(e.stderr, cfg.LogLevel)
	opts := ingest.Options{ChunkChars: *chunkChars, KeepGoing: *keepGoing, Progress: newProgress(e.stderr),
		Add: !*replace, Remove: remove}
	if *embedder != "local" && *embedder != "openai" {
		return fmt.Errorf("%w: --embedder must be local or openai, not %q", errUsage, *embedder)
	}
	// The lock is held from before the embedding cache beside the store is opened to the end.
	lock, err := store.Acquire(ctx, cfg.DB, *wait, func(holder string) {
		fmt.Fprintf(e.stderr, "reportbot: another ingest is writing %s (%s); waiting up to %s for it to finish (--wait)\n", cfg.DB, holder, *wait)
	})
	if err != nil {
		return err
	}
	defer lock.Release()
	opts.Lock = lock
	switch *embedder {
	case "local":
		opts.Embedder = localEmbedder()
	case "openai":
		if cfg.EmbedModel == "" || !cfg.ModelConfigured() {
			return fmt.Errorf("%w: --embedder openai needs REPORTBOT_EMBED_MODEL and OPENAI_API_KEY or OPENAI_BASE_URL", errUsage)
		}
		emb, closeCache, err := modelEmbedder(cfg, logger)
		if err != nil {
			return err
		}
		defer closeCache()
		opts.Embedder = emb
	}
	paths := fs.Args()
	if len(paths) == 0 && len(remove) == 0 {
		dir, err := os.MkdirTemp("", "reportbot-corpus-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		p := filepath.Join(dir, data.CorpusName)
		if err := os.WriteFile(p, data.Corpus, 0o644); err != nil {
			return err
		}
		paths = []string{p}
		fmt.Fprintf(e.stderr, "ingesting the bundled corpus (%s)\n", data.CorpusName)
	}
	sum, err := ingest.Run(ctx, cfg.DB, paths, opts)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "ingested %d file(s): %d reports, %d chunks, %d facts in %.2fs into %s\n",
		sum.Files, sum.Reports, sum.Chunks, sum.Facts, sum.Duration.Seconds(), cfg.DB)
	if len(sum.Skipped) > 0 {
		fmt.Fprintf(e.stdout, "skipped %d file(s):\n", len(sum.Skipped))
		for _, s := range sum.Skipped {
			fmt.Fprintf(e.stdout, "  %s: %s\n", s.Path, s.Reason)
		}
	}
	return nil
}

// progress shows ingest progress: a bar on a terminal, plain log lines otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	bar   *progressbar.ProgressBar
	name  string
	total int
	last  time.Time
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

func (p *progress) Stage(name string, total int) {
	if p.bar != nil {
		p.bar.Finish()
		p.bar = nil
	}
	p.name, p.total = name, total
	if p.tty && total > 0 {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription(name),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
		return
	}
	if !p.tty {
		fmt.Fprintf(p.w, "ingest: %s%s\n", name, count(total))
	}
}

func (p *progress) Set(done int) {
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	if !p.tty && p.total > 1000 && time.Since(p.last) > 2*time.Second {
		p.last = time.Now()
		fmt.Fprintf(p.w, "ingest: %s %d/%d\n", p.name, done, p.total)
	}
}

func count(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" (%d)", n)
}

// modelEmbedder embeds chunks through the OpenAI-compatible API, batched, with a content-hash
// cache beside the store so that an interrupted ingest does not embed the same chunk twice.
func modelEmbedder(cfg config.Config, logger *slog.Logger) (ingest.Embedder, func() error, error) {
	if err := os.MkdirAll(cfg.DB, 0o755); err != nil {
		return ingest.Embedder{}, nil, fmt.Errorf("create store directory: %w", err)
	}
	cache, err := llm.OpenCache(filepath.Join(cfg.DB, "embeddings.cache"))
	if err != nil {
		return ingest.Embedder{}, nil, err
	}
	client := llm.New(cfg, logger.With("component", "llm"))
	model := cfg.EmbedModel
	return ingest.Embedder{
		Name: llm.EmbedderName(model),
		Batch: func(ctx context.Context, texts []string, progress func(int)) ([][]float32, error) {
			return cache.EmbedBatch(ctx, model, func(ctx context.Context, ts []string) ([][]float32, error) {
				return client.EmbedBatch(ctx, model, ts)
			}, texts, progress)
		},
	}, cache.Close, nil
}
