package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/store"
)

// DefaultSegmentChunks is how many chunks a segment written by a run holds at most: a run
// streams its files into segments of about this size, each parsed, embedded and written before
// the next is dropped, so a run's memory is bounded by a segment (about 1,000 reports of a
// province's decade) rather than by the corpus.
const DefaultSegmentChunks = 32768

// Run ingests paths into the store in dir and installs the result atomically, holding the
// store's write lock throughout (see Options.Lock). The files are parsed, embedded and written as
// new segments a batch at a time. With Options.Add (or Remove), the new generation also names the
// live generation's segments that hold none of the files' sources and none of Remove: they are
// neither read nor written again. A segment that holds such a source is rewritten without it,
// from its own files (never embedded again). Small segments are merged when there are many
// (compaction). On any error, or when ctx is cancelled, the store in dir is left as it was and
// the error says so.
func Run(ctx context.Context, dir string, paths []string, opts Options) (*Summary, error) {
	start := time.Now()
	if opts.ChunkChars <= 0 {
		opts.ChunkChars = DefaultChunkChars
	}
	if opts.SegmentChunks <= 0 {
		opts.SegmentChunks = DefaultSegmentChunks
	}
	if opts.Embedder.Batch == nil {
		return nil, errors.New("ingest: no embedder")
	}
	if opts.Lock == nil {
		wait := opts.Wait
		if wait <= 0 {
			wait = DefaultWait
		}
		l, err := store.Acquire(ctx, dir, wait, opts.OnWait)
		if err != nil {
			return nil, err
		}
		defer l.Release()
		opts.Lock = l
	}
	// Reading the headword index the lexicon counts headwords with overlaps reading the files.
	go lexicon.Prepare() // its error, if any, is Count's too
	var base *store.Generation
	if opts.Add || len(opts.Remove) > 0 {
		g, err := store.OpenGeneration(dir)
		switch {
		case err == nil:
			base = g
			defer g.Close()
			if err := checkBase(base, opts); err != nil {
				return nil, err
			}
		case errors.Is(err, store.ErrNoStore) && len(opts.Remove) == 0:
			// Adding to no store is building one.
		default:
			return nil, fmt.Errorf("%w (nothing was written; rebuild the store with --replace)", err)
		}
	}
	var files []string
	var skipped []Skipped
	if len(paths) > 0 {
		var err error
		if files, skipped, err = CollectFiles(paths); err != nil {
			return nil, err
		}
	}
	sum := &Summary{Skipped: skipped}
	l := opts.Lock
	fresh, dim, err := streamSegments(ctx, files, opts, sum)
	if err != nil {
		l.DiscardSegments()
		return nil, err
	}
	if sum.Chunks == 0 && base == nil {
		return nil, fmt.Errorf("%w in %d file(s); nothing was written", ErrNothingToIngest, len(files))
	}
	segs := fresh
	if base != nil {
		if dim == 0 {
			dim = base.Manifest.Dim
		} else if base.Manifest.Chunks > 0 && dim != base.Manifest.Dim {
			l.DiscardSegments()
			return nil, fmt.Errorf("the store's vectors have dimension %d, this ingest's embedder returned %d; rebuild it with --replace (nothing was written)", base.Manifest.Dim, dim)
		}
		if segs, err = keepBase(ctx, l, base, fresh, opts); err != nil {
			l.DiscardSegments()
			return nil, err
		}
	}
	if segs, err = compact(ctx, l, segs, opts.SegmentChunks, dim); err != nil {
		l.DiscardSegments()
		return nil, err
	}
	sum.Reports, sum.Chunks, sum.Facts = 0, 0, 0
	for _, s := range segs {
		sum.Reports += s.Reports
		sum.Chunks += s.Chunks
		sum.Facts += s.Facts
	}
	if sum.Chunks == 0 {
		l.DiscardSegments()
		return nil, fmt.Errorf("%w: the store would hold no report; nothing was written", ErrNothingToIngest)
	}
	stage(opts.Progress, "writing", 0)
	m := store.Manifest{Embedder: opts.Embedder.Name, Dim: dim, ChunkChars: opts.ChunkChars, Created: time.Now().UTC()}
	if _, err := l.Commit(ctx, store.Commit{Manifest: m, Segments: segs}); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("ingest interrupted while writing: %w", err)
		}
		return nil, err // store errors say whether the store changed
	}
	sum.Duration = time.Since(start)
	return sum, nil
}

// batch is the parsed content of one segment to be.
type batch struct {
	reports []corpus.Report
	chunks  []corpus.Chunk
	facts   []corpus.Fact
	sources []string
}

// streamSegments reads and parses files in one goroutine while the main one embeds and writes
// the previous batch as a segment: at most two batches are held at once. It returns the
// segments written, in file order, and the vectors' dimension (0 when none were written).
func streamSegments(ctx context.Context, files []string, opts Options, sum *Summary) ([]store.SegmentRef, int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *batch)
	readErr := make(chan error, 1)
	stage(opts.Progress, "reading and embedding", len(files))
	go func() {
		defer close(batches)
		sources := map[string]bool{}
		b := &batch{}
		send := func() bool {
			select {
			case batches <- b:
				b = &batch{}
				return true
			case <-ctx.Done():
				return false
			}
		}
		for i, path := range files {
			if err := ctx.Err(); err != nil {
				readErr <- interrupted(err)
				return
			}
			p, err := parseFile(path, sources, opts.ChunkChars)
			if err != nil {
				if !opts.KeepGoing {
					readErr <- fmt.Errorf("%w\n(nothing was written; the previous store is unchanged; use --keep-going to ingest the other files)", err)
					return
				}
				sum.Skipped = append(sum.Skipped, Skipped{Path: path, Reason: err.Error()})
				continue
			}
			sum.Files++
			sum.Dropped += p.Dropped
			b.reports = append(b.reports, p.Reports...)
			b.chunks = append(b.chunks, p.Chunks...)
			b.facts = append(b.facts, p.Facts...)
			b.sources = append(b.sources, p.Reports[0].Source)
			if opts.Progress != nil {
				opts.Progress.Set(i + 1)
			}
			if len(b.chunks) >= opts.SegmentChunks && !send() {
				readErr <- interrupted(ctx.Err())
				return
			}
		}
		if len(b.chunks) > 0 && !send() {
			readErr <- interrupted(ctx.Err())
			return
		}
		readErr <- nil
	}()
	var refs []store.SegmentRef
	dim := opts.Embedder.Dim
	var werr error
	for b := range batches {
		if werr != nil {
			continue // drain: the reader stops at the cancellation
		}
		ref, d, err := writeBatch(ctx, opts, b)
		if err != nil {
			werr = err
			cancel()
			continue
		}
		if dim != 0 && d != dim {
			werr = fmt.Errorf("embed chunks: the embedder returned vectors of dimension %d, then %d (nothing was written; the previous store is unchanged)", dim, d)
			cancel()
			continue
		}
		dim = d
		refs = append(refs, ref)
		sum.Reports += ref.Reports
		sum.Chunks += ref.Chunks
		sum.Facts += ref.Facts
	}
	rerr := <-readErr
	if werr != nil {
		return nil, 0, werr
	}
	if rerr != nil {
		return nil, 0, rerr
	}
	return refs, dim, nil
}

// writeBatch embeds b's chunks (while counting the lexicon's headwords in them, on another core)
// and writes b as a segment. It returns the segment and the vectors' dimension.
func writeBatch(ctx context.Context, opts Options, b *batch) (store.SegmentRef, int, error) {
	type countResult struct {
		c   *lexicon.Counts
		err error
	}
	counted := make(chan countResult, 1)
	go func() {
		c, err := lexicon.Count(func(yield func(string) bool) {
			for _, c := range b.chunks {
				if !yield(store.LexiconText(c)) {
					return
				}
			}
		})
		counted <- countResult{c, err}
	}()
	quiet := opts
	quiet.Progress = nil // the run's progress counts files
	vecs, err := embedChunks(ctx, quiet, b.chunks)
	cr := <-counted
	if ctx.Err() != nil {
		return store.SegmentRef{}, 0, interrupted(ctx.Err())
	}
	if err != nil {
		return store.SegmentRef{}, 0, fmt.Errorf("embed chunks: %w (nothing was written; the previous store is unchanged)", err)
	}
	if cr.err != nil {
		return store.SegmentRef{}, 0, fmt.Errorf("build the lexicon: %w (nothing was written; the previous store is unchanged)", cr.err)
	}
	dim := opts.Embedder.Dim
	if dim == 0 && len(vecs) > 0 {
		dim = len(vecs[0]) // a model embedder's dimension is known once it answered
	}
	ref, err := opts.Lock.WriteSegment(ctx, &store.SegmentData{Reports: b.reports, Chunks: b.chunks, Facts: b.facts,
		Vectors: vecs, Dim: dim, Sources: b.sources, Counts: cr.c})
	if err != nil {
		if ctx.Err() != nil {
			return store.SegmentRef{}, 0, interrupted(ctx.Err())
		}
		return store.SegmentRef{}, 0, fmt.Errorf("%w (nothing was written; the previous store is unchanged)", err)
	}
	return ref, dim, nil
}
