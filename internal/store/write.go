package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/reportbot/reportbot/internal/lexical"
)

// Names of the temporaries a writer makes; each run's are unique (os.MkdirTemp, os.CreateTemp).
const (
	tmpGenPrefix     = ".tmp-" + genPrefix
	tmpCurrentPrefix = currentFile + ".tmp-"
)

// waitLong is how long Write waits for another writer: as long as its context allows.
const waitLong = 100 * 365 * 24 * time.Hour

// testHook, when set by a test, is called before each step of installing a generation
// ("rename", "current") and fails the step when it returns an error.
var testHook func(step string) error

// Write writes s as a new generation of the store in dir and makes it current atomically,
// holding the store's lock (waiting for another writer for as long as ctx allows). Callers
// that must hold the lock across more than the write (ingest holds it for the whole run) use
// Acquire and Lock.Write.
func Write(ctx context.Context, dir string, s *Snapshot) error {
	if s == nil || s.DB == nil {
		return errors.New("write store: the snapshot has no vector DB")
	}
	l, err := Acquire(ctx, dir, waitLong, nil)
	if err != nil {
		return err
	}
	defer l.Release()
	return l.Write(ctx, s)
}

// Write writes s as a new generation of the locked store and makes it current atomically:
// the generation is written under a unique temporary name, synced, renamed into place, and
// only then named in CURRENT (itself replaced by a rename). Afterwards it removes the
// generations older than the previous one (a server may still be loading that) and the
// temporaries of runs that died: the lock proves no other run is writing. An error says
// whether the store changed; before the rename of CURRENT it never has.
func (l *Lock) Write(ctx context.Context, s *Snapshot) error {
	if s == nil || s.DB == nil {
		return errors.New("write store: the snapshot has no vector DB")
	}
	if !l.held() {
		return errors.New("write store: the store lock was released")
	}
	dir := l.dir
	prev, _ := Current(dir)
	unchanged := "no store was created"
	if prev != "" {
		unchanged = "the store is unchanged and still serves " + prev
	}
	fail := func(err error) error { return fmt.Errorf("%w (%s)", err, unchanged) }

	tmp, err := os.MkdirTemp(dir, tmpGenPrefix)
	if err != nil {
		return fail(fmt.Errorf("create a temporary generation: %w", err))
	}
	installed := false
	defer func() {
		if !installed {
			os.RemoveAll(tmp)
		}
	}()
	// MkdirTemp makes the directory 0700; a server running as another user must read it.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fail(fmt.Errorf("create a temporary generation: %w", err))
	}
	if err := writeGeneration(ctx, tmp, s); err != nil {
		return fail(err)
	}
	gen := fmt.Sprintf("%s%s-%d", genPrefix, time.Now().UTC().Format("20060102T150405.000000000"), os.Getpid())
	final := filepath.Join(dir, gen)
	if err := step("rename"); err != nil {
		return fail(fmt.Errorf("install store generation: %w", err))
	}
	if err := os.Rename(tmp, final); err != nil {
		return fail(fmt.Errorf("install store generation: %w", err))
	}
	installed = true
	if err := writeCurrent(dir, gen); err != nil {
		os.RemoveAll(final)
		return fail(err)
	}
	s.Generation = gen
	// CURRENT has been replaced: from here on the new generation is live, whatever fails.
	if err := syncFile(dir); err != nil {
		return fmt.Errorf("generation %s is live, but syncing the store directory failed (a power loss could undo it): %w", gen, err)
	}
	prune(dir, gen, prev)
	return nil
}

// writeGeneration writes s's files into the directory tmp and syncs them: the JSON files, the
// chunks and facts, the lexical index built from the chunks and the pinyin derived with it, and
// the vectors the collection holds twice from one slice — column-major (for one-shot processes)
// and row-major (what `serve` builds its chromem-go collection from).
func writeGeneration(ctx context.Context, tmp string, s *Snapshot) error {
	s.Manifest.Version = FormatVersion
	s.Manifest.Reports, s.Manifest.Chunks, s.Manifest.Facts = len(s.Reports), len(s.Chunks), len(s.Facts)
	vecs, err := chunkVectors(s.DB, s.Chunks, s.Manifest.Dim)
	if err != nil {
		return fmt.Errorf("write store vectors: %w", err)
	}
	var pinyin PinyinKeys // derived from the lexical terms, when the lexical index is written
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{manifestFile, jsonWriter(s.Manifest)},
		{reportsFile, func(w io.Writer) error { return writeReports(w, s.Reports) }},
		{chunksFile, func(w io.Writer) error { return writeChunks(w, s.Chunks, s.Reports) }},
		{factsFile, func(w io.Writer) error { return writeFacts(w, s.Facts) }},
		{factIndexFile, func(w io.Writer) error { return WriteFactChunks(w, FactChunks(s.Facts, s.Chunks)) }},
		{lexicalFile, func(w io.Writer) error {
			parts, docLen := lexical.BuildParts(len(s.Chunks), func(i int) string { return lexical.ChunkText(s.Chunks[i]) })
			pinyin = BuildPinyin(partTerms(parts), chunkTexts(s.Chunks))
			return lexical.WriteParts(w, parts, docLen)
		}},
		{pinyinFile, func(w io.Writer) error { return WritePinyin(w, pinyin) }},
		{mappedFile, func(w io.Writer) error { return writeVectors(w, vecs, s.Manifest.Dim) }},
		{rowsFile, func(w io.Writer) error { return writeRows(w, vecs, s.Manifest.Dim) }},
	}
	names := make([]string, 0, len(s.Files))
	for name := range s.Files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if storeFile(name) || name != filepath.Base(name) || strings.HasPrefix(name, ".") {
			return fmt.Errorf("write store: extra file %q clashes with the store's own files", name)
		}
		files = append(files, struct {
			name  string
			write func(io.Writer) error
		}{name, s.Files[name]})
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(tmp, f.name), f.write); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeLexicon(tmp, s.Lexicon); err != nil {
		return err
	}
	return syncFile(tmp)
}

func storeFile(name string) bool {
	switch name {
	case currentFile, manifestFile, reportsFile, chunksFile, factsFile, lexicalFile, vectorsFile, mappedFile, rowsFile, lexiconFile, pinyinFile, factIndexFile:
		return true
	}
	return false
}

func jsonWriter(v any) func(io.Writer) error {
	return func(w io.Writer) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
}

// writeCurrent replaces CURRENT with one naming gen, through a uniquely named temporary file.
func writeCurrent(dir, gen string) error {
	if err := step("current"); err != nil {
		return fmt.Errorf("write CURRENT: %w", err)
	}
	f, err := os.CreateTemp(dir, tmpCurrentPrefix)
	if err != nil {
		return fmt.Errorf("write CURRENT: %w", err)
	}
	tmp := f.Name()
	_, werr := f.WriteString(gen + "\n")
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr, os.Chmod(tmp, 0o644)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write CURRENT: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, currentFile)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write CURRENT: %w", err)
	}
	return nil
}

func step(name string) error {
	if testHook != nil {
		return testHook(name)
	}
	return nil
}

// prune removes the generations other than current and prev, and every temporary (generation
// directory or CURRENT file). The caller holds the lock, so no other run is writing: every
// other generation was installed before prev and is older than the current one, and every
// temporary belongs to a run that died.
func prune(dir, current, prev string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, genPrefix) && e.IsDir():
			if name != current && name != prev {
				os.RemoveAll(filepath.Join(dir, name))
			}
		case strings.HasPrefix(name, tmpGenPrefix), strings.HasPrefix(name, tmpCurrentPrefix),
			name == currentFile+".tmp": // the fixed name older versions used
			os.RemoveAll(filepath.Join(dir, name))
		}
	}
}

// writeFile creates path, writes it with write and syncs it.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("write store: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write store %s: %w", filepath.Base(path), err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write store: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write store: %w", err)
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return nil
}
