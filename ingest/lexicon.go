package ingest

import (
	"context"
	"fmt"
	"slices"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// lexiconBuild builds the open-vocabulary lexicon of a run's chunks in the background: started
// before the files are read, so that reading the embedded headword index overlaps reading and
// parsing, and given the chunks before embedding, so that the scan overlaps that.
type lexiconBuild struct {
	chunks chan []corpus.Chunk // receives the chunks once, or is closed when the run gives up
	sent   bool
	done   chan lexiconResult
}

type lexiconResult struct {
	lex *lexicon.Lexicon
	err error
}

// startLexicon starts reading the headword index and waits for the chunks. Every run that starts
// one must call stop (which is harmless after build).
func startLexicon() *lexiconBuild {
	b := &lexiconBuild{chunks: make(chan []corpus.Chunk, 1), done: make(chan lexiconResult, 1)}
	go func() {
		if err := lexicon.Prepare(); err != nil {
			b.done <- lexiconResult{err: err}
			return
		}
		cs, ok := <-b.chunks
		if !ok {
			b.done <- lexiconResult{}
			return
		}
		// One document per chunk: the document frequencies the lexicon weighs by are those of
		// the passages retrieval ranks.
		texts := make([]string, len(cs))
		for i, c := range cs {
			texts[i] = c.Text
		}
		l, err := lexicon.Build(slices.Values(texts))
		b.done <- lexiconResult{lex: l, err: err}
	}()
	return b
}

// build hands the run's chunks to the background build.
func (b *lexiconBuild) build(cs []corpus.Chunk) {
	b.chunks <- cs
	b.sent = true
	close(b.chunks)
}

// stop releases the background build of a run that gives up before build.
func (b *lexiconBuild) stop() {
	if !b.sent {
		b.sent = true
		close(b.chunks)
	}
}

// wait returns the lexicon of the chunks given to build.
func (b *lexiconBuild) wait(ctx context.Context) (*lexicon.Lexicon, error) {
	select {
	case r := <-b.done:
		if r.err != nil {
			return nil, fmt.Errorf("build the lexicon: %w (nothing was written; the previous store is unchanged)", r.err)
		}
		return r.lex, nil
	case <-ctx.Done():
		return nil, interrupted(ctx.Err())
	}
}
