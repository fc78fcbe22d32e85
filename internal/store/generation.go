package store

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/lexicon"
	"github.com/reportbot/reportbot/internal/mmap"
)

// Generation is one store generation opened without decoding it: reports are decoded (they are
// small and every question reads them), facts are read segment by segment when first asked for
// (FactTable), while chunks, the lexical index and the vectors are mapped and read on demand. Its segments read as one store: chunk, report and fact indices
// run across them in order, and the lexical index's statistics are the generation's. It is
// read-only and safe for concurrent use. Its mappings stay valid after the generation is pruned
// from disk, until Close. A segment's mapped files (lexical.bin, vectors.f32, vectors.rows) are
// mapped once per process (mmap.OpenShared): a generation opened while another that shares
// segments with it is open (serve's reload) maps only its new segments, and a file is unmapped
// when the last generation using it is closed.
type Generation struct {
	Manifest Manifest
	// Name is the generation's directory name; Dir its path.
	Name, Dir string
	Reports   []corpus.Report
	// Facts are the facts, each segment's read on first use.
	Facts *FactTable
	// FactChunks holds each fact's chunk index, ascending (facts.idx); nil when a segment has
	// none or its facts are not in chunk order.
	FactChunks []uint32
	Chunks     *ChunkTable
	Lexical    *lexical.File
	Vectors    *VectorFile
	// Rows holds the same vectors row-major (vectors.rows), mapped: what Lists builds `serve`'s
	// chromem-go collections on.
	Rows *RowFile
	// Pinyin holds the pinyin of the generation's Han bigrams (the union of its segments'
	// pinyin.bin); nil when a segment has none, and then its reader derives them (BuildPinyin).
	Pinyin *PinyinKeys
	// Segments are where each segment's files are and where its chunks and reports start.
	Segments []Segment
	// Lexicon is the generation's open-vocabulary lexicon; nil when it has none, and then
	// LexiconNote says why and what to do.
	Lexicon     *lexicon.Lexicon
	LexiconNote string

	// the per-indicator table, read on first use (IndicatorRuns)
	runsOnce sync.Once
	runs     *IndicatorRunTable
	runsErr  error
	// each segment's indruns.bin bytes, read with the generation and dropped once the table is
	// parsed (nil for a segment without one)
	runData   []*string
	runDataMu sync.Mutex

	// the per-passage figures table, read on first use (Figures) from each segment's
	// figures.bin, mapped with the generation (nil for a segment without one)
	figsOnce  sync.Once
	figs      *FigureTable
	figsErr   error
	figsFiles []*mmap.File
}

// Segment is one segment of an opened generation.
type Segment struct {
	SegmentRef
	// Dir is the segment's directory; FirstChunk, FirstReport and FirstFact the generation's
	// index of its first chunk, report and fact.
	Dir                                string
	FirstChunk, FirstReport, FirstFact int
}

// File returns the path of the segment's file name (a store file, or one of SegmentFiles).
func (s *Segment) File(name string) string { return filepath.Join(s.Dir, name) }

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
	if err := g.openSegments(dir); err != nil {
		return nil, err
	}
	g.Lexicon, g.LexiconNote = readLexicon(g.Dir)
	return g, nil
}

// OpenSegments opens segments of the locked store (written by WriteSegment, or named by a
// generation) as one generation without a lexicon, for a writer that rewrites or merges them.
// dim is their vectors' dimension.
func (l *Lock) OpenSegments(refs []SegmentRef, dim int) (*Generation, error) {
	g := &Generation{Name: "segments", Dir: l.dir, Manifest: Manifest{Version: FormatVersion, Dim: dim, Segments: refs}}
	for _, s := range refs {
		g.Manifest.Reports += s.Reports
		g.Manifest.Chunks += s.Chunks
		g.Manifest.Facts += s.Facts
	}
	if err := g.openSegments(l.dir); err != nil {
		return nil, err
	}
	return g, nil
}

// SegmentCounts reads the lexicon counts of segment k.
func (g *Generation) SegmentCounts(k int) (*lexicon.Counts, error) {
	c, err := readCounts(g.Segments[k].Dir)
	if err != nil {
		return nil, fmt.Errorf("read store segment %s: %w (rebuild the store with `reportbot ingest --replace`)", g.Segments[k].Name, err)
	}
	return c, nil
}

// openSegments opens the segments g's manifest names, in the store directory dir.
func (g *Generation) openSegments(dir string) error {
	gen := g.Name
	g.Chunks, g.Vectors, g.Rows = &ChunkTable{}, &VectorFile{}, &RowFile{}
	factChunks, pinyin := true, true
	g.Reports = make([]corpus.Report, 0, g.Manifest.Reports)
	g.Facts = &FactTable{}
	ok := false
	defer func() {
		if !ok {
			g.Close()
		}
	}()
	var lexPaths []string
	var pys []*PinyinKeys
	for _, ref := range g.Manifest.Segments {
		if !strings.HasPrefix(ref.Name, segPrefix) || strings.ContainsAny(ref.Name, `/\`) {
			return fmt.Errorf("store generation %s names %q, which is not a segment; rebuild the store with `reportbot ingest --replace`", gen, ref.Name)
		}
		s := Segment{SegmentRef: ref, Dir: filepath.Join(dir, ref.Name),
			FirstChunk: g.Chunks.Len(), FirstReport: len(g.Reports), FirstFact: g.Facts.Len()}
		reports, err := readReports(s.File(reportsFile))
		if err != nil {
			return err
		}
		nFacts, err := readFactsCount(s.File(factsFile))
		if err != nil {
			return err
		}
		fc, err := readFactChunks(s.File(factIndexFile), nFacts)
		if err != nil {
			return err
		}
		if fc == nil {
			factChunks = false
		}
		for _, c := range fc {
			if factChunks {
				if c != NoChunk {
					c += uint32(s.FirstChunk)
				}
				g.FactChunks = append(g.FactChunks, c)
			}
		}
		py, err := readPinyin(s.File(pinyinFile))
		if err != nil {
			return err
		}
		if py == nil {
			pinyin = false
		} else if pinyin {
			pys = append(pys, py)
		}
		if err := g.Rows.open(s.File(rowsFile)); err != nil {
			return err
		}
		if err := g.Chunks.add(s.File(chunksFile), len(g.Reports)); err != nil {
			return err
		}
		if err := g.Vectors.add(s.File(mappedFile)); err != nil {
			return err
		}
		n := g.Chunks.Len() - s.FirstChunk
		if len(reports) != ref.Reports || nFacts != ref.Facts || n != ref.Chunks || g.Vectors.Len() != g.Chunks.Len() {
			return fmt.Errorf("store segment %s is inconsistent: %d reports, %d facts, %d chunks, %d vectors (manifest: %d, %d, %d); rebuild the store with `reportbot ingest --replace`",
				ref.Name, len(reports), nFacts, n, g.Vectors.Len()-s.FirstChunk, ref.Reports, ref.Facts, ref.Chunks)
		}
		g.Reports = append(g.Reports, reports...)
		g.Facts.add(s.File(factsFile), nFacts)
		lexPaths = append(lexPaths, s.File(lexicalFile))
		g.Segments = append(g.Segments, s)
	}
	if !factChunks || !slices.IsSorted(g.FactChunks) {
		g.FactChunks = nil
	}
	if pinyin {
		g.Pinyin = unionPinyin(pys)
	}
	if err := g.readRunData(); err != nil {
		return err
	}
	if err := g.mapFigures(); err != nil {
		return err
	}
	var err error
	if g.Lexical, err = lexical.OpenParts(lexPaths); err != nil {
		return fmt.Errorf("read store: %w (rebuild it with `reportbot ingest --replace`)", err)
	}
	n := g.Chunks.Len()
	if g.Lexical.Len() != n || g.Vectors.Len() != n || g.Rows.Len() != n || (n > 0 && g.Rows.Dim() != g.Vectors.Dim()) || (n > 0 && g.Vectors.Dim() != g.Manifest.Dim) || n != g.Manifest.Chunks {
		return fmt.Errorf("store generation %s is inconsistent: %d chunks, %d in the lexical index, %d vectors of dimension %d (manifest: %d chunks, dimension %d); rebuild it with `reportbot ingest --replace`",
			gen, n, g.Lexical.Len(), g.Vectors.Len(), g.Vectors.Dim(), g.Manifest.Chunks, g.Manifest.Dim)
	}
	for i := range n {
		if g.Chunks.ReportIndex(i) >= len(g.Reports) {
			return fmt.Errorf("store generation %s is inconsistent: chunk %d names report %d of %d; rebuild it with `reportbot ingest --replace`", gen, i, g.Chunks.ReportIndex(i), len(g.Reports))
		}
	}
	ok = true
	return nil
}

// File returns the path of the generation's file name (a store file, or one of Snapshot.Files).
func (g *Generation) File(name string) string { return filepath.Join(g.Dir, name) }

// Close unmaps the generation's files. Nothing read from them in place may be used afterwards
// (chunks decoded by ChunkTable.Chunk are copies and stay valid).
func (g *Generation) Close() error {
	g.dropRunData()
	g.closeFigures()
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

// Catalog is a generation's reports and facts, read without decoding its chunks or loading its
// vectors: what listing commands (`reportbot reports`, `reportbot facts`) need.
type Catalog struct {
	Generation string
	Manifest   Manifest
	Reports    []corpus.Report
	Facts      []corpus.Fact
}

// OpenCatalog reads the live generation's reports and facts (see Catalog).
func OpenCatalog(dir string) (*Catalog, error) {
	g, err := OpenGeneration(dir)
	if err != nil {
		return nil, err
	}
	defer g.Close()
	// The facts' strings point into buffers read from disk, not into the mappings Close drops.
	fs, err := g.Facts.All()
	if err != nil {
		return nil, err
	}
	return &Catalog{Generation: g.Name, Manifest: g.Manifest, Reports: g.Reports, Facts: fs}, nil
}

// unionPinyin returns the keys of every one of keys (nil when there are none), sorted and
// without duplicates: one sort of them all, not one per segment.
func unionPinyin(keys []*PinyinKeys) *PinyinKeys {
	switch len(keys) {
	case 0:
		return nil
	case 1:
		return keys[0]
	}
	merge := func(list func(*PinyinKeys) []string) []string {
		runs := make([][]string, 0, len(keys))
		for _, k := range keys {
			run := list(k)
			if !slices.IsSorted(run) { // each segment writes its keys sorted; older files may not
				run = slices.Sorted(slices.Values(run))
			}
			runs = append(runs, run)
		}
		// Merge the sorted runs pairwise (log₂ of the segments' count passes over the keys),
		// cheaper than sorting their concatenation (≈ 60 ms at 10,000 reports).
		for len(runs) > 1 {
			next := runs[:0:0]
			for i := 0; i < len(runs); i += 2 {
				if i+1 == len(runs) {
					next = append(next, runs[i])
					continue
				}
				next = append(next, mergeSorted(runs[i], runs[i+1]))
			}
			runs = next
		}
		return slices.Compact(slices.Clip(runs[0]))
	}
	return &PinyinKeys{Any: merge(func(k *PinyinKeys) []string { return k.Any }), Place: merge(func(k *PinyinKeys) []string { return k.Place })}
}

// mergeSorted returns the sorted union of sorted a and b (duplicates within one of them kept).
func mergeSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
