package store

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// lexiconFile holds a generation's open-vocabulary lexicon (package lexicon's binary form, which
// carries its own format version). A generation written before it existed has no such file.
const lexiconFile = "lexicon.bin"

// reingestHint is how a Snapshot without a usable lexicon says what to do.
const reingestHint = "English words outside the curated glossary are not translated; re-run `reportbot ingest` to build it"

// writeLexicon writes l into the generation directory g and syncs it; a nil lexicon writes
// nothing (the generation then opens with a nil Lexicon).
func writeLexicon(g string, l *lexicon.Lexicon) error {
	if l == nil {
		return nil
	}
	path := filepath.Join(g, lexiconFile)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("write store lexicon: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	_, werr := l.WriteTo(w)
	ferr := w.Flush()
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, ferr, serr, cerr); err != nil {
		return fmt.Errorf("write store lexicon: %w", err)
	}
	return nil
}

// readLexicon reads the lexicon of the generation directory g. The lexicon is optional: when
// the file is missing (a store written by an older reportbot), of another format version or
// unreadable, it returns nil and a note saying why and what to do, and the store still opens.
func readLexicon(g string) (*lexicon.Lexicon, string) {
	f, err := os.Open(filepath.Join(g, lexiconFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "the store has no lexicon (it was built by an older reportbot): " + reingestHint
	}
	if err != nil {
		return nil, fmt.Sprintf("the store's lexicon cannot be read (%v): %s", err, reingestHint)
	}
	defer f.Close()
	l, err := lexicon.Read(f)
	if err != nil {
		return nil, fmt.Sprintf("the store's lexicon is unusable (%v): %s", err, reingestHint)
	}
	return l, ""
}
