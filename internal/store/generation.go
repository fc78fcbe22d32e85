package store

import (
	"fmt"
	"path/filepath"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// Generation is one store generation opened without decoding it: reports and facts are decoded
// (they are small and every question reads them), while chunks, the lexical index and the vectors
// are mapped and read on demand. It is read-only and safe for concurrent use. Its mappings stay
// valid after the generation is pruned from disk, until Close.
type Generation struct {
	Manifest Manifest
	// Name is the generation's directory name; Dir its path.
	Name, Dir string
	Reports   []corpus.Report
	Facts     []corpus.Fact
	// FactChunks holds each fact's chunk index, ascending (facts.idx); nil when the generation
	// has none or its facts are not in chunk order.
	FactChunks []uint32
	Chunks     *ChunkTable
	Lexical    *lexical.File
	Vectors    *VectorFile
	// Rows holds the same vectors row-major (vectors.rows), mapped: what Collection builds
	// `serve`'s chromem-go collection from.
	Rows *RowFile
	// Pinyin holds the pinyin of the generation's Han bigrams (pinyin.bin); nil for a generation
	// written before it had the file, whose reader derives them (BuildPinyin).
	Pinyin *PinyinKeys
	// Lexicon is the generation's open-vocabulary lexicon; nil when it has none, and then
	// LexiconNote says why and what to do.
	Lexicon     *lexicon.Lexicon
	LexiconNote string
}

// OpenGeneration opens the live generation of the store in dir (see Generation).
func OpenGeneration(dir string) (*Generation, error) {
	return followCurrent(dir, func(gen string) (*Generation, error) { return openMapped(dir, gen) })
}

func openMapped(dir, gen string) (*Generation, error) {
	g := &Generation{Name: gen, Dir: filepath.Join(dir, gen)}
	if err := readJSON(g.File(manifestFile), &g.Manifest); err != nil {
		return nil, err
	}
	if err := checkVersion(dir, g.Manifest); err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			g.Close()
		}
	}()
	var err error
	if g.Reports, err = readReports(g.File(reportsFile)); err != nil {
		return nil, err
	}
	if g.Facts, err = readFacts(g.File(factsFile)); err != nil {
		return nil, err
	}
	if g.FactChunks, err = readFactChunks(g.File(factIndexFile), len(g.Facts)); err != nil {
		return nil, err
	}
	g.Lexicon, g.LexiconNote = readLexicon(g.Dir)
	if g.Pinyin, err = readPinyin(g.File(pinyinFile)); err != nil {
		return nil, err
	}
	if g.Chunks, err = openChunks(g.File(chunksFile)); err != nil {
		return nil, err
	}
	if g.Lexical, err = lexical.Open(g.File(lexicalFile)); err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	if g.Vectors, err = openVectors(g.File(mappedFile)); err != nil {
		return nil, err
	}
	if g.Rows, err = openRows(g.File(rowsFile)); err != nil {
		return nil, err
	}
	n := g.Chunks.Len()
	if g.Lexical.Len() != n || g.Vectors.Len() != n || (n > 0 && g.Vectors.Dim() != g.Manifest.Dim) || n != g.Manifest.Chunks ||
		g.Rows.Len() != n || g.Rows.Dim() != g.Vectors.Dim() {
		return nil, fmt.Errorf("store generation %s is inconsistent: %d chunks, %d in the lexical index, %d vectors of dimension %d, %d rows of dimension %d (manifest: %d chunks, dimension %d); re-run `reportbot ingest`",
			gen, n, g.Lexical.Len(), g.Vectors.Len(), g.Vectors.Dim(), g.Rows.Len(), g.Rows.Dim(), g.Manifest.Chunks, g.Manifest.Dim)
	}
	for i := range n {
		if g.Chunks.ReportIndex(i) >= len(g.Reports) {
			return nil, fmt.Errorf("store generation %s is inconsistent: chunk %d names report %d of %d; re-run `reportbot ingest`", gen, i, g.Chunks.ReportIndex(i), len(g.Reports))
		}
	}
	ok = true
	return g, nil
}

// File returns the path of the generation's file name (a store file, or one of Snapshot.Files).
func (g *Generation) File(name string) string { return filepath.Join(g.Dir, name) }

// Close unmaps the generation's files. Nothing read from them in place may be used afterwards
// (chunks decoded by ChunkTable.Chunk are copies and stay valid).
func (g *Generation) Close() error {
	if g.Chunks != nil {
		g.Chunks.Close()
	}
	if g.Lexical != nil {
		g.Lexical.Close()
	}
	if g.Vectors != nil {
		g.Vectors.Close()
	}
	if g.Rows != nil {
		g.Rows.Close()
	}
	return nil
}
