// Package ingest turns report files into a store: it reads files (detecting their encoding),
// strips web-page boilerplate, splits multi-report pages into reports, profiles each report,
// assigns section paths, cuts sentence-aware chunks, extracts facts, embeds the chunks, counts
// the open-vocabulary lexicon's headwords in them (internal/lexicon, alongside the embedding) and
// writes them as store segments a batch at a time (Run), then installs a new generation naming
// them, with the kept segments of the previous one, atomically.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/facts"
	"github.com/reportbot/reportbot/internal/store"
)

// Embedder embeds chunk texts for the store.
type Embedder struct {
	// Name and Dim are recorded in the store ("local-ngram-v1", "openai:text-embedding-3-small");
	// Dim 0 means "whatever the embedder returns" (all vectors must agree).
	Name string
	Dim  int
	// Batch embeds many texts; vectors must be unit length. progress, when not nil, is called
	// with the number of texts done so far.
	Batch func(ctx context.Context, texts []string, progress func(done int)) ([][]float32, error)
}

// Progress receives the progress of a run (a terminal bar or log lines).
type Progress interface {
	// Stage starts a stage with a known amount of work (0 when unknown).
	Stage(name string, total int)
	// Set reports how much of the current stage is done.
	Set(done int)
}

// Options configure a run.
type Options struct {
	// ChunkChars is the chunk size limit in characters (default DefaultChunkChars).
	ChunkChars int
	Embedder   Embedder
	// KeepGoing skips unreadable files instead of failing the run.
	KeepGoing bool
	Progress  Progress

	// Lock is the store's write lock when the caller already holds it (as `reportbot ingest`
	// does, from before it opens the embedding cache). When nil, Run takes it for the whole run,
	// waiting up to Wait (0: DefaultWait) and calling OnWait once if another ingest holds it.
	Lock   *store.Lock
	Wait   time.Duration
	OnWait func(holder string)

	// Add makes Run add the files to the store's live generation instead of replacing it: a file
	// whose source (its base name) the store holds replaces that source's reports, and every
	// other report is kept with its chunks, facts and vectors as they are (never read or embedded
	// again). Remove names sources to drop from the store (and implies Add).
	Add    bool
	Remove []string
	// SegmentChunks bounds the chunks of a segment Run writes (0: DefaultSegmentChunks), and so
	// its memory.
	SegmentChunks int
}

// DefaultWait is how long Run waits for another ingest of the same store when Options.Wait
// is 0.
const DefaultWait = 10 * time.Minute

// Skipped is a file or report left out of a --keep-going run, with the reason.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Summary describes a finished run.
type Summary struct {
	Files    int
	Reports  int
	Chunks   int
	Facts    int
	Dropped  int // page-furniture paragraphs removed
	Skipped  []Skipped
	Duration time.Duration
}

// ErrNothingToIngest means no report text was found in the inputs.
var ErrNothingToIngest = errors.New("no report text found")

// Parsed is one source file parsed into reports, paragraphs with sections, and chunks.
type Parsed struct {
	Doc     *Document
	Reports []corpus.Report
	Paras   [][]Para
	Chunks  []corpus.Chunk
	Facts   []corpus.Fact
	Dropped int
}

// Parse runs every step but embedding on one document. source names the file in citations.
func Parse(doc *Document, source string, chunkChars int) (*Parsed, error) {
	paras, dropped := Clean(doc.Paragraphs)
	out := &Parsed{Doc: doc, Dropped: dropped}
	if len(paras) == 0 {
		return nil, fmt.Errorf("%s: %w (the file holds %d paragraph(s), all of them page furniture such as navigation or footers)", doc.Path, ErrNothingToIngest, dropped)
	}
	raws := Split(paras)
	texts := make([]string, len(raws))
	for i, rr := range raws {
		if len(rr.Paragraphs) == 0 {
			return nil, fmt.Errorf("%s: report %d (%q) has no paragraphs: the file has a report heading with no text under it", doc.Path, rr.Ordinal, rr.Title)
		}
		texts[i] = strings.Join(rr.Paragraphs, "\n")
	}
	common := CommonWords(texts)
	for _, rr := range raws {
		ps := Sections(rr.Paragraphs)
		r := Profile(source, rr, ps, common)
		cs := Chunks(r, ps, chunkChars)
		if len(cs) == 0 {
			return nil, fmt.Errorf("%s: report %d has only headings, no paragraphs of text", doc.Path, rr.Ordinal)
		}
		r.Chunks = len(cs)
		for _, p := range ps {
			if !p.Heading {
				r.Paragraphs++
			}
		}
		for _, c := range cs {
			for _, f := range facts.Extract(c.Text, facts.Context{Section: c.Section, Year: r.Year}) {
				f.Source, f.Report, f.Entity, f.Level, f.ChunkID = c.Source, c.Report, c.Entity, c.Level, c.ID
				out.Facts = append(out.Facts, f)
			}
		}
		out.Reports = append(out.Reports, r)
		out.Paras = append(out.Paras, ps)
		out.Chunks = append(out.Chunks, cs...)
	}
	if len(out.Chunks) == 0 {
		return nil, fmt.Errorf("%s: %w (after removing page furniture nothing was left)", doc.Path, ErrNothingToIngest)
	}
	return out, nil
}

// EmbedText is the text embedded for a chunk: its section path, then its text, so that a
// passage under "2024年工作安排" is closer to questions about targets.
func EmbedText(c corpus.Chunk) string {
	return c.SectionPath() + "\n" + c.Text
}

// Build reads, parses and embeds the files under paths into a store snapshot held in memory
// (not written; Run streams a store to disk instead).
func Build(ctx context.Context, paths []string, opts Options) (*store.Snapshot, *Summary, error) {
	start := time.Now()
	if opts.ChunkChars <= 0 {
		opts.ChunkChars = DefaultChunkChars
	}
	if opts.Embedder.Batch == nil {
		return nil, nil, errors.New("ingest: no embedder")
	}
	var files []string
	var skipped []Skipped
	if len(paths) > 0 {
		var err error
		if files, skipped, err = CollectFiles(paths); err != nil {
			return nil, nil, err
		}
	}
	lex := startLexicon()
	defer lex.stop()
	sum := &Summary{Skipped: skipped}
	snap := &store.Snapshot{}
	sources := map[string]bool{}
	stage(opts.Progress, "reading", len(files))
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			return nil, nil, interrupted(err)
		}
		p, err := parseFile(path, sources, opts.ChunkChars)
		if err != nil {
			if !opts.KeepGoing {
				return nil, nil, fmt.Errorf("%w\n(nothing was written; the previous store is unchanged; use --keep-going to ingest the other files)", err)
			}
			sum.Skipped = append(sum.Skipped, Skipped{Path: path, Reason: err.Error()})
			continue
		}
		sum.Files++
		sum.Dropped += p.Dropped
		snap.Reports = append(snap.Reports, p.Reports...)
		snap.Chunks = append(snap.Chunks, p.Chunks...)
		snap.Facts = append(snap.Facts, p.Facts...)
		snap.Manifest.Sources = append(snap.Manifest.Sources, p.Reports[0].Source)
		if opts.Progress != nil {
			opts.Progress.Set(i + 1)
		}
	}
	if len(snap.Chunks) == 0 {
		return nil, nil, fmt.Errorf("%w in %d file(s); nothing was written", ErrNothingToIngest, len(files))
	}

	lex.build(snap.Chunks)
	stage(opts.Progress, "embedding", len(snap.Chunks))
	vecs, err := embedChunks(ctx, opts, snap.Chunks)
	if ctx.Err() != nil {
		return nil, nil, interrupted(ctx.Err())
	}
	if err != nil {
		return nil, nil, fmt.Errorf("embed chunks: %w (nothing was written; the previous store is unchanged)", err)
	}
	if opts.Embedder.Dim == 0 && len(vecs) > 0 {
		opts.Embedder.Dim = len(vecs[0]) // a model embedder's dimension is known once it answered
	}
	db := chromem.NewDB()
	// The collection gets an embedding function that refuses to run: every vector is given, and
	// chromem must never fall back to a remote API.
	col, err := db.CreateCollection(store.Collection, nil, refuseEmbed)
	if err != nil {
		return nil, nil, fmt.Errorf("create collection: %w", err)
	}
	docs := make([]chromem.Document, len(snap.Chunks))
	for i, c := range snap.Chunks {
		if len(vecs[i]) != opts.Embedder.Dim {
			return nil, nil, fmt.Errorf("embed chunks: vector %d has dimension %d, want %d", i, len(vecs[i]), opts.Embedder.Dim)
		}
		// No Content: the text is in the store's chunks, and nothing reads it back from the
		// collection; leaving it out makes the vectors file a quarter smaller and `serve`
		// start-up at 100× about 0.3 s faster (BENCHMARKS.md, "Scale").
		docs[i] = chromem.Document{
			ID:        c.ID,
			Metadata:  map[string]string{"source": c.Source, "report": strconv.Itoa(c.Report), "entity": c.Entity, "level": c.Level},
			Embedding: vecs[i],
		}
	}
	stage(opts.Progress, "indexing", 0)
	if err := col.AddDocuments(ctx, docs, 1); err != nil {
		if ctx.Err() != nil {
			return nil, nil, interrupted(ctx.Err())
		}
		return nil, nil, fmt.Errorf("index chunks: %w", err)
	}
	if snap.Lexicon, err = lex.wait(ctx); err != nil {
		return nil, nil, err
	}
	snap.DB = db
	snap.Manifest.Embedder = opts.Embedder.Name
	snap.Manifest.Dim = opts.Embedder.Dim
	snap.Manifest.ChunkChars = opts.ChunkChars
	snap.Manifest.Created = time.Now().UTC()
	sum.Reports, sum.Chunks, sum.Facts = len(snap.Reports), len(snap.Chunks), len(snap.Facts)
	sum.Duration = time.Since(start)
	return snap, sum, nil
}

// embedBatch is how many chunk texts are embedded at once: only their texts (section path and
// text, as EmbedText makes them) are held, not a copy of the whole corpus's.
const embedBatch = 4096

// embedChunks embeds the chunks' texts, embedBatch at a time, and returns a vector per chunk.
func embedChunks(ctx context.Context, opts Options, chunks []corpus.Chunk) ([][]float32, error) {
	vecs := make([][]float32, 0, len(chunks))
	texts := make([]string, 0, embedBatch)
	for lo := 0; lo < len(chunks); lo += embedBatch {
		texts = texts[:0]
		for _, c := range chunks[lo:min(lo+embedBatch, len(chunks))] {
			texts = append(texts, EmbedText(c))
		}
		var progress func(int)
		if opts.Progress != nil {
			progress = func(done int) { opts.Progress.Set(lo + done) }
		}
		vs, err := opts.Embedder.Batch(ctx, texts, progress)
		if err != nil {
			return nil, err
		}
		if len(vs) != len(texts) {
			return nil, fmt.Errorf("got %d vectors for %d chunks", len(vs), len(texts))
		}
		vecs = append(vecs, vs...)
	}
	return vecs, nil
}

// interrupted describes a run cancelled before anything was written.
func interrupted(err error) error {
	return fmt.Errorf("ingest interrupted: %w (nothing was written; the store is unchanged)", err)
}

func parseFile(path string, sources map[string]bool, chunkChars int) (*Parsed, error) {
	doc, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	source := filepath.Base(path)
	if sources[source] {
		source = filepath.ToSlash(path)
	}
	sources[source] = true
	return Parse(doc, source, chunkChars)
}

func stage(p Progress, name string, total int) {
	if p != nil {
		p.Stage(name, total)
	}
}

func refuseEmbed(context.Context, string) ([]float32, error) {
	return nil, errors.New("ingest: chunk without a precomputed embedding")
}

// EmbedderFunc makes an Embedder of a one-text embedding function (such as the local embedder),
// which must be safe for concurrent use: a batch is embedded on every core, in contiguous ranges.
func EmbedderFunc(name string, dim int, fn func(ctx context.Context, text string) ([]float32, error)) Embedder {
	return Embedder{
		Name: name,
		Dim:  dim,
		Batch: func(ctx context.Context, texts []string, progress func(int)) ([][]float32, error) {
			out := make([][]float32, len(texts))
			workers := max(1, min(runtime.GOMAXPROCS(0), len(texts)/64))
			errs := make([]error, workers)
			var done atomic.Int64
			var mu sync.Mutex // serialises progress calls
			var wg sync.WaitGroup
			for w := range workers {
				lo, hi := w*len(texts)/workers, (w+1)*len(texts)/workers
				wg.Go(func() {
					for i := lo; i < hi; i++ {
						if err := ctx.Err(); err != nil {
							errs[w] = err
							return
						}
						v, err := fn(ctx, texts[i])
						if err != nil {
							errs[w] = fmt.Errorf("text %d: %w", i, err)
							return
						}
						out[i] = v
						if n := done.Add(1); progress != nil && (n%256 == 0 || int(n) == len(texts)) {
							mu.Lock()
							progress(int(n))
							mu.Unlock()
						}
					}
				})
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					return nil, err
				}
			}
			return out, nil
		},
	}
}
