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

	"github.com/reportbot/reportbot/internal/lexicon"
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

// Write writes s as a new generation of the locked store, of one segment, and makes it current
// atomically (see Commit).
func (l *Lock) Write(ctx context.Context, s *Snapshot) error {
	if s == nil || s.DB == nil {
		return errors.New("write store: the snapshot has no vector DB")
	}
	if !l.held() {
		return errors.New("write store: the store lock was released")
	}
	unchanged := l.unchanged()
	vecs, err := chunkVectors(s.DB, s.Chunks, s.Manifest.Dim)
	if err != nil {
		return fmt.Errorf("write store vectors: %w (%s)", err, unchanged)
	}
	var segs []SegmentRef
	if len(s.Chunks) > 0 || len(s.Reports) > 0 {
		ref, err := l.WriteSegment(ctx, &SegmentData{Reports: s.Reports, Chunks: s.Chunks, Facts: s.Facts,
			Vectors: vecs, Dim: s.Manifest.Dim, Sources: s.Manifest.Sources})
		if err != nil {
			l.DiscardSegments()
			return fmt.Errorf("%w (%s)", err, unchanged)
		}
		segs = append(segs, ref)
	}
	gen, err := l.Commit(ctx, Commit{Manifest: s.Manifest, Segments: segs, Lexicon: s.Lexicon, Files: s.Files})
	if err != nil {
		return err
	}
	s.Generation = gen
	s.Manifest = mustManifest(l.dir, gen, s.Manifest)
	return nil
}

// mustManifest returns the manifest of gen as written, or m when it cannot be read.
func mustManifest(dir, gen string, m Manifest) Manifest {
	var out Manifest
	if readJSON(filepath.Join(dir, gen, manifestFile), &out) != nil {
		return m
	}
	return out
}

func (l *Lock) unchanged() string {
	if prev, _ := Current(l.dir); prev != "" {
		return "the store is unchanged and still serves " + prev
	}
	return "no store was created"
}

// Commit is a new generation: its manifest (embedder, dimension, chunk size; the counts and
// sources are filled from Segments), its segments in order (written by WriteSegment, or kept
// from an earlier generation), its lexicon (nil: built from the segments' lexicon counts) and
// further files.
type Commit struct {
	Manifest Manifest
	Segments []SegmentRef
	Lexicon  *lexicon.Lexicon
	Files    map[string]func(io.Writer) error
}

// Commit writes c's generation and makes it current atomically: the generation directory is
// written under a unique temporary name, synced, renamed into place, and only then named in
// CURRENT (itself replaced by a rename). Afterwards it removes the generations older than the
// previous one (a server may still be loading that), the segments that neither names, and the
// temporaries of runs that died: the lock proves no other run is writing. It returns the new
// generation's name. An error says whether the store changed; before the rename of CURRENT it
// never has, and the segments written for it are removed.
func (l *Lock) Commit(ctx context.Context, c Commit) (string, error) {
	if !l.held() {
		return "", errors.New("write store: the store lock was released")
	}
	dir := l.dir
	prev, _ := Current(dir)
	unchanged := l.unchanged()
	fail := func(err error) (string, error) {
		l.DiscardSegments()
		return "", fmt.Errorf("%w (%s)", err, unchanged)
	}
	m := c.Manifest
	m.Version = FormatVersion
	m.Segments = slices.Clone(c.Segments)
	m.Reports, m.Chunks, m.Facts = 0, 0, 0
	for _, s := range c.Segments {
		m.Reports += s.Reports
		m.Chunks += s.Chunks
		m.Facts += s.Facts
		if _, err := os.Stat(filepath.Join(dir, s.Name, segmentManifest)); err != nil {
			return fail(fmt.Errorf("write store: segment %s: %w", s.Name, err))
		}
	}
	m.Sources = segmentSources(c.Segments)
	lex := c.Lexicon
	if lex == nil {
		var err error
		if lex, err = generationLexicon(dir, c.Segments); err != nil {
			return fail(err)
		}
	}

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
	if err := writeGeneration(ctx, tmp, m, lex, c.Files); err != nil {
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
	l.pending = nil
	// CURRENT has been replaced: from here on the new generation is live, whatever fails.
	if err := syncFile(dir); err != nil {
		return gen, fmt.Errorf("generation %s is live, but syncing the store directory failed (a power loss could undo it): %w", gen, err)
	}
	prune(dir, gen, prev)
	return gen, nil
}

// writeGeneration writes a generation's own files into the directory tmp and syncs them: the
// manifest, the lexicon and further files.
func writeGeneration(ctx context.Context, tmp string, m Manifest, lex *lexicon.Lexicon, extra map[string]func(io.Writer) error) error {
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{manifestFile, jsonWriter(m)},
	}
	names := make([]string, 0, len(extra))
	for name := range extra {
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
		}{name, extra[name]})
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(tmp, f.name), f.write); err != nil {
			return err
		}
	}
	if err := writeLexicon(tmp, lex); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
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

// prune removes the generations other than current and prev, the segments neither names, and
// every temporary (generation or segment directory, CURRENT file). The caller holds the lock, so
// no other run is writing: every other generation was installed before prev and is older than
// the current one, every unnamed segment belongs to a run that died or to a pruned generation,
// and every temporary belongs to a run that died. When current's manifest cannot be read, no
// segment is removed.
func prune(dir, current, prev string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	keep := map[string]bool{}
	segsKnown := true
	for _, gen := range []string{current, prev} {
		if gen == "" {
			continue
		}
		var m Manifest
		if err := readJSON(filepath.Join(dir, gen, manifestFile), &m); err != nil {
			if gen == current {
				segsKnown = false
			}
			continue
		}
		for _, s := range m.Segments {
			keep[s.Name] = true
		}
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, genPrefix) && e.IsDir():
			if name != current && name != prev {
				os.RemoveAll(filepath.Join(dir, name))
			}
		case strings.HasPrefix(name, segPrefix) && e.IsDir():
			if segsKnown && !keep[name] {
				os.RemoveAll(filepath.Join(dir, name))
			}
		case strings.HasPrefix(name, tmpGenPrefix), strings.HasPrefix(name, tmpCurrentPrefix), strings.HasPrefix(name, tmpSegPrefix),
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
