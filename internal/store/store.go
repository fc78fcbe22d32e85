// Package store reads and writes reportbot's on-disk store: immutable segment directories
// (seg-…), each holding some reports with their chunks, facts, lexical index, vectors (a
// mappable column-major file) and lexicon counts; one generation directory per ingest holding
// the manifest (which lists the generation's segments, in order) and the open-vocabulary
// lexicon; and a CURRENT file naming the live generation. Generations share the segments they
// have in common, so an ingest writes only new segments (WriteSegment) and a new manifest
// (Commit). Open decodes a whole generation; OpenGeneration maps it and decodes only reports,
// facts and the lexicon, so a one-shot process reads just the chunks, postings and vector
// columns a question touches, its segments read as one store. A new generation is written
// completely, synced, and only then made current by renaming CURRENT into place, so a failed or
// interrupted ingest leaves the previous store untouched and readable. Writers take an exclusive
// lock on the directory (Acquire) for the whole write, swap and prune; readers take no lock.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// FormatVersion is the layout version written in every manifest. Version 2 replaced
// chunks.json and facts.json with chunks.bin and facts.bin and added lexical.bin and vectors.f32.
// Version 3 replaced chromem-go's export (vectors.gob) with vectors.rows and added reports.bin,
// facts.idx and pinyin.bin, all in the generation's directory. Version 4 moved every file but
// the manifest and the lexicon into segments shared between generations.
const FormatVersion = 4

// Collection is the chromem-go collection that holds the chunk vectors.
const Collection = "chunks"

const (
	currentFile  = "CURRENT"
	manifestFile = "manifest.json"
	reportsFile  = "reports.bin"
	chunksFile   = "chunks.bin"
	factsFile    = "facts.bin"
	lexicalFile  = "lexical.bin"
	vectorsFile  = "vectors.gob" // format 2 only: never written now
	mappedFile   = "vectors.f32"
	rowsFile     = "vectors.rows"
	pinyinFile   = "pinyin.bin"
	// factIndexFile holds the chunk of each fact (factchunks.go).
	factIndexFile = "facts.idx"
	genPrefix     = "gen-"
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
	// Segments are the generation's segments, in order: its reports, chunks and facts are theirs
	// one after another.
	Segments []SegmentRef `json:"segments"`
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
	// Files are further files of the generation (such as a lexicon), by name: Write calls each
	// function to write the file's contents. Names must not be the store's own.
	Files map[string]func(io.Writer) error
	// Lexicon is the generation's open-vocabulary lexicon (file lexicon.bin); nil when the
	// generation has none, and then LexiconNote says why and what to do.
	Lexicon     *lexicon.Lexicon
	LexiconNote string
	// bound is the embedding function of a DB built from a generation's rows (Open).
	bound *boundEmbed
}

// Collection returns the chunk collection bound to embed, which must be the store's embedder.
// Never pass nil: chromem-go would fall back to a remote API.
func (s *Snapshot) Collection(embed chromem.EmbeddingFunc) (*chromem.Collection, error) {
	if embed == nil {
		return nil, errors.New("store: nil embedding function")
	}
	if s.bound != nil {
		s.bound.bind(embed)
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

// openRetries bounds how often a reader follows CURRENT to a newer generation when the one it
// started reading was pruned under it (two ingests finished while it read).
const openRetries = 5

// followCurrent runs read on the live generation. If read fails and the generation directory
// is gone because CURRENT has moved on meanwhile, it reads the new live generation instead: a
// reader never takes the writers' lock, and never returns a half state.
func followCurrent[T any](dir string, read func(gen string) (T, error)) (T, error) {
	var zero T
	gen, err := Current(dir)
	if err != nil {
		return zero, err
	}
	for i := 0; ; i++ {
		v, err := read(gen)
		if err == nil || i == openRetries {
			return v, err
		}
		if _, serr := os.Stat(filepath.Join(dir, gen)); !errors.Is(serr, fs.ErrNotExist) {
			return v, err // the generation is there: the error is real
		}
		now, cerr := Current(dir)
		if cerr != nil || now == gen {
			return v, err
		}
		gen = now
	}
}

// ReadManifest reads the live generation's manifest without loading the rest.
func ReadManifest(dir string) (Manifest, error) {
	return followCurrent(dir, func(gen string) (Manifest, error) {
		var m Manifest
		err := readJSON(filepath.Join(dir, gen, manifestFile), &m)
		return m, err
	})
}

// Open loads the live generation of the store in dir.
func Open(dir string) (*Snapshot, error) {
	return followCurrent(dir, func(gen string) (*Snapshot, error) { return openGeneration(dir, gen) })
}

// openGeneration loads one generation of the store in dir: everything decoded, and the
// chromem-go DB built from the vectors.
func openGeneration(dir, gen string) (*Snapshot, error) {
	g, err := openMapped(dir, gen)
	if err != nil {
		return nil, err
	}
	// The snapshot keeps the rows mapped (its collection's embeddings are the rows); the rest is
	// closed.
	defer func() {
		g.Rows = nil
		g.Close()
	}()
	s := &Snapshot{Generation: gen, Manifest: g.Manifest, Reports: g.Reports, Lexicon: g.Lexicon, LexiconNote: g.LexiconNote}
	if s.Chunks, err = g.Chunks.All(); err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest --replace`)", err)
	}
	// The facts' strings point into buffers read from disk, not into mappings.
	if s.Facts, err = g.Facts.All(); err != nil {
		return nil, err
	}
	if err := s.fillDB(g.Rows); err != nil {
		return nil, err
	}
	return s, nil
}

// checkVersion refuses a generation of another format version.
func checkVersion(dir string, m Manifest) error {
	if m.Version != FormatVersion {
		return fmt.Errorf("store at %s has format version %d, this reportbot reads %d: rebuild it with `reportbot ingest --replace PATH…`", dir, m.Version, FormatVersion)
	}
	return nil
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
