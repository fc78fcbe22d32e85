// Package store reads and writes reportbot's on-disk store: one generation directory per ingest
// holding the manifest, reports, chunks, facts and the chromem-go vectors (one exported file),
// and a CURRENT file naming the live generation. A new generation is written completely, synced,
// and only then made current by renaming CURRENT into place, so a failed or interrupted ingest
// leaves the previous store untouched and readable.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
)

// FormatVersion is the layout version written in every manifest.
const FormatVersion = 1

// Collection is the chromem-go collection that holds the chunk vectors.
const Collection = "chunks"

const (
	currentFile  = "CURRENT"
	manifestFile = "manifest.json"
	reportsFile  = "reports.json"
	chunksFile   = "chunks.json"
	factsFile    = "facts.json"
	vectorsFile  = "vectors.gob"
	genPrefix    = "gen-"
)

// ErrNoStore means there is no store at the location yet.
var ErrNoStore = errors.New("no store")

// ErrEmbedderMismatch means the store was built by a different embedder than the one at hand.
var ErrEmbedderMismatch = errors.New("embedder mismatch")

// Manifest describes a store generation.
type Manifest struct {
	Version int       `json:"version"`
	Created time.Time `json:"created"`
	// Embedder names the embedder that built the vectors ("local-ngram-v1" or
	// "openai:<model>"), and Dim their dimension. Queries must embed with the same.
	Embedder string   `json:"embedder"`
	Dim      int      `json:"dim"`
	Sources  []string `json:"sources"`
	Reports  int      `json:"reports"`
	Chunks   int      `json:"chunks"`
	Facts    int      `json:"facts"`
	// ChunkChars is the chunk size limit (characters) the store was built with.
	ChunkChars int `json:"chunk_chars"`
}

// Snapshot is one complete store generation in memory.
type Snapshot struct {
	Manifest Manifest
	Reports  []corpus.Report
	Chunks   []corpus.Chunk
	Facts    []corpus.Fact
	// DB holds the chunk vectors in the collection named Collection.
	DB *chromem.DB
	// Generation is the directory name of the generation (set by Open and Write).
	Generation string
}

// Collection returns the chunk collection bound to embed, which must be the store's embedder.
// Never pass nil: chromem-go would fall back to a remote API.
func (s *Snapshot) Collection(embed chromem.EmbeddingFunc) (*chromem.Collection, error) {
	if embed == nil {
		return nil, errors.New("store: nil embedding function")
	}
	c := s.DB.GetCollection(Collection, embed)
	if c == nil {
		return nil, fmt.Errorf("store: collection %q missing from generation %s", Collection, s.Generation)
	}
	return c, nil
}

// Current returns the name of the live generation in dir, or ErrNoStore.
func Current(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("%w at %s", ErrNoStore, dir)
	}
	if err != nil {
		return "", fmt.Errorf("read store: %w", err)
	}
	gen := strings.TrimSpace(string(b))
	if !strings.HasPrefix(gen, genPrefix) || strings.ContainsAny(gen, `/\`) {
		return "", fmt.Errorf("read store: %s names %q, which is not a generation; re-run `reportbot ingest`", filepath.Join(dir, currentFile), gen)
	}
	return gen, nil
}

// ReadManifest reads the live generation's manifest without loading the rest.
func ReadManifest(dir string) (Manifest, error) {
	gen, err := Current(dir)
	if err != nil {
		return Manifest{}, err
	}
	var m Manifest
	err = readJSON(filepath.Join(dir, gen, manifestFile), &m)
	return m, err
}

// Open loads the live generation of the store in dir.
func Open(dir string) (*Snapshot, error) {
	gen, err := Current(dir)
	if err != nil {
		return nil, err
	}
	g := filepath.Join(dir, gen)
	s := &Snapshot{Generation: gen}
	if err := readJSON(filepath.Join(g, manifestFile), &s.Manifest); err != nil {
		return nil, err
	}
	if s.Manifest.Version != FormatVersion {
		return nil, fmt.Errorf("store at %s has format version %d, this reportbot reads %d: re-run `reportbot ingest`", dir, s.Manifest.Version, FormatVersion)
	}
	// The files are decoded concurrently (the vectors take as long as all the JSON together);
	// the first error in file order is returned.
	s.DB = chromem.NewDB()
	errs := make([]error, 4)
	var wg sync.WaitGroup
	for i, f := range []struct {
		name string
		v    any
	}{{reportsFile, &s.Reports}, {chunksFile, &s.Chunks}, {factsFile, &s.Facts}} {
		wg.Go(func() { errs[i] = readJSON(filepath.Join(g, f.name), f.v) })
	}
	wg.Go(func() {
		if err := s.DB.ImportFromFile(filepath.Join(g, vectorsFile), ""); err != nil {
			errs[3] = fmt.Errorf("read store vectors: %w", err)
		}
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Write writes s as a new generation of the store in dir and makes it current atomically.
// Older generations but the previous one are removed afterwards (a running server may still be
// loading the previous one).
func Write(ctx context.Context, dir string, s *Snapshot) error {
	if s == nil || s.DB == nil {
		return errors.New("write store: the snapshot has no vector DB")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create store directory: %w", err)
	}
	tmp, err := os.MkdirTemp(dir, ".tmp-"+genPrefix)
	if err != nil {
		return fmt.Errorf("create store directory: %w", err)
	}
	defer os.RemoveAll(tmp) // no-op after the rename
	s.Manifest.Version = FormatVersion
	s.Manifest.Reports, s.Manifest.Chunks, s.Manifest.Facts = len(s.Reports), len(s.Chunks), len(s.Facts)
	for _, f := range []struct {
		name string
		v    any
	}{{manifestFile, s.Manifest}, {reportsFile, s.Reports}, {chunksFile, s.Chunks}, {factsFile, s.Facts}} {
		if err := writeJSON(filepath.Join(tmp, f.name), f.v); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	vec := filepath.Join(tmp, vectorsFile)
	if err := s.DB.ExportToFile(vec, false, "", Collection); err != nil {
		return fmt.Errorf("write store vectors: %w", err)
	}
	if err := syncFile(vec); err != nil {
		return err
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	prev, _ := Current(dir)
	gen := fmt.Sprintf("%s%s-%d", genPrefix, time.Now().UTC().Format("20060102T150405.000000000"), os.Getpid())
	if err := os.Rename(tmp, filepath.Join(dir, gen)); err != nil {
		return fmt.Errorf("install store generation: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, currentFile), []byte(gen+"\n")); err != nil {
		os.RemoveAll(filepath.Join(dir, gen))
		return err
	}
	s.Generation = gen
	prune(dir, gen, prev)
	return nil
}

// prune removes generations other than keep..., and temporary directories of dead runs.
func prune(dir string, keep ...string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var gens []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), genPrefix) {
			gens = append(gens, e.Name())
		}
		// A temporary generation older than an hour belongs to an ingest that died; a younger
		// one may be a concurrent ingest's work in progress.
		if e.IsDir() && strings.HasPrefix(e.Name(), ".tmp-"+genPrefix) {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
				os.RemoveAll(filepath.Join(dir, e.Name()))
			}
		}
	}
	sort.Strings(gens)
	for _, g := range gens {
		kept := false
		for _, k := range keep {
			kept = kept || g == k
		}
		if !kept {
			os.RemoveAll(filepath.Join(dir, g))
		}
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read store %s: %w (re-run `reportbot ingest`)", path, err)
	}
	return nil
}

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", filepath.Base(path), err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write store: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("write store: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write store: %w", err)
	}
	return f.Close()
}

func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return syncFile(filepath.Dir(path))
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
