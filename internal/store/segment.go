package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/reportbot/reportbot/internal/corpus"
	"github.com/reportbot/reportbot/internal/lexical"
	"github.com/reportbot/reportbot/internal/lexicon"
)

// A segment is an immutable directory of the store (seg-…) holding some reports with their
// chunks, facts, lexical index, vectors and lexicon counts. A generation's manifest lists its
// segments in order; a new generation lists the kept segments of the previous one by name and
// adds new ones, so an ingest writes only what changed.
const (
	segPrefix       = "seg-"
	tmpSegPrefix    = ".tmp-" + segPrefix
	lexCountsFile   = "lexdf.bin"
	segmentManifest = "segment.json"
)

// SegmentRef names one segment of a generation and says what it holds.
type SegmentRef struct {
	Name    string   `json:"name"`
	Reports int      `json:"reports"`
	Chunks  int      `json:"chunks"`
	Facts   int      `json:"facts"`
	Sources []string `json:"sources"`
}

// SegmentData is the content of one segment, in memory while it is written: at most one batch
// of an ingest.
type SegmentData struct {
	Reports []corpus.Report
	Chunks  []corpus.Chunk // every chunk's report is among Reports
	Facts   []corpus.Fact
	// Vectors holds each chunk's vector, all of dimension Dim; vectors not of unit length are
	// normalised as chromem-go does.
	Vectors [][]float32
	Dim     int
	// Sources are the sources of Reports, in order, each once.
	Sources []string
	// Counts are the lexicon's counts of the chunks' texts; nil: WriteSegment counts them.
	Counts *lexicon.Counts
}

// SegmentFile is a further file of every segment: Write writes it from the segment's content.
// Append to SegmentFiles to have every segment carry it (the name must not be a store file).
type SegmentFile struct {
	Name  string
	Write func(w io.Writer, d *SegmentData) error
}

// SegmentFiles are the further files every segment carries, written in order after the store's
// own.
var SegmentFiles []SegmentFile

// LexiconText is the text of a chunk that the lexicon counts headwords in.
func LexiconText(c corpus.Chunk) string { return c.Text }

var segSeq atomic.Int64

// WriteSegment writes d as a new segment of the locked store and returns its reference. The
// segment is written under a temporary name, synced and renamed into place; it is not part of
// the store until Commit names it in a generation (a run that dies before leaves it to be
// pruned by the next writer).
func (l *Lock) WriteSegment(ctx context.Context, d *SegmentData) (SegmentRef, error) {
	if !l.held() {
		return SegmentRef{}, errors.New("write store segment: the store lock was released")
	}
	if len(d.Vectors) != len(d.Chunks) {
		return SegmentRef{}, fmt.Errorf("write store segment: %d vectors for %d chunks", len(d.Vectors), len(d.Chunks))
	}
	for i, v := range d.Vectors {
		if len(v) != d.Dim {
			return SegmentRef{}, fmt.Errorf("write store segment: vector %d has dimension %d, want %d", i, len(v), d.Dim)
		}
		d.Vectors[i] = UnitVector(v)
	}
	if d.Counts == nil {
		c, err := lexicon.Count(func(yield func(string) bool) {
			for _, c := range d.Chunks {
				if !yield(LexiconText(c)) {
					return
				}
			}
		})
		if err != nil {
			return SegmentRef{}, fmt.Errorf("write store segment: %w", err)
		}
		d.Counts = c
	}
	tmp, err := os.MkdirTemp(l.dir, tmpSegPrefix)
	if err != nil {
		return SegmentRef{}, fmt.Errorf("write store segment: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return SegmentRef{}, fmt.Errorf("write store segment: %w", err)
	}
	ref := SegmentRef{
		Name:    fmt.Sprintf("%s%s-%d-%d", segPrefix, time.Now().UTC().Format("20060102T150405.000000000"), os.Getpid(), segSeq.Add(1)),
		Reports: len(d.Reports), Chunks: len(d.Chunks), Facts: len(d.Facts), Sources: d.Sources,
	}
	var pinyin PinyinKeys // derived from the lexical terms, when the lexical index is written
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{segmentManifest, jsonWriter(ref)},
		{reportsFile, func(w io.Writer) error { return writeReports(w, d.Reports) }},
		{chunksFile, func(w io.Writer) error { return writeChunks(w, d.Chunks, d.Reports) }},
		{factsFile, func(w io.Writer) error { return writeFacts(w, d.Facts) }},
		{factIndexFile, func(w io.Writer) error { return WriteFactChunks(w, FactChunks(d.Facts, d.Chunks)) }},
		{lexicalFile, func(w io.Writer) error {
			parts, docLen := lexical.BuildParts(len(d.Chunks), func(i int) string { return lexical.ChunkText(d.Chunks[i]) })
			pinyin = BuildPinyin(partTerms(parts), chunkTexts(d.Chunks))
			return lexical.WriteParts(w, parts, docLen)
		}},
		{pinyinFile, func(w io.Writer) error { return WritePinyin(w, pinyin) }},
		{mappedFile, func(w io.Writer) error { return writeVectors(w, d.Vectors, d.Dim) }},
		{rowsFile, func(w io.Writer) error { return writeRows(w, d.Vectors, d.Dim) }},
		{lexCountsFile, func(w io.Writer) error { _, err := d.Counts.WriteTo(w); return err }},
	}
	for _, f := range SegmentFiles {
		if storeFile(f.Name) || f.Name == segmentManifest || f.Name == lexCountsFile || f.Name != filepath.Base(f.Name) || strings.HasPrefix(f.Name, ".") {
			return SegmentRef{}, fmt.Errorf("write store segment: extra file %q clashes with the store's own files", f.Name)
		}
		files = append(files, struct {
			name  string
			write func(io.Writer) error
		}{f.Name, func(w io.Writer) error { return f.Write(w, d) }})
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return SegmentRef{}, err
		}
		if err := writeFile(filepath.Join(tmp, f.name), f.write); err != nil {
			return SegmentRef{}, err
		}
	}
	if err := syncFile(tmp); err != nil {
		return SegmentRef{}, err
	}
	if err := step("segment"); err != nil {
		return SegmentRef{}, fmt.Errorf("install store segment: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(l.dir, ref.Name)); err != nil {
		return SegmentRef{}, fmt.Errorf("install store segment: %w", err)
	}
	done = true
	l.pending = append(l.pending, ref.Name)
	return ref, nil
}

// DiscardSegments removes the segments this lock's holder wrote that no generation names yet
// (a run that gives up calls it; the next writer would prune them anyway).
func (l *Lock) DiscardSegments() {
	for _, name := range l.pending {
		os.RemoveAll(filepath.Join(l.dir, name))
	}
	l.pending = nil
}

// UnitVector returns v when it is of unit length (within 1e-6), else v normalised with
// chromem-go's arithmetic (float32, as its normalizeVector), so that vectors written here and
// queries scored elsewhere agree with what chromem-go holds.
func UnitVector(v []float32) []float32 {
	var sq float64
	for _, x := range v {
		sq += float64(x) * float64(x)
	}
	if math.Abs(math.Sqrt(sq)-1) < 1e-6 {
		return v
	}
	var norm float32
	for _, x := range v {
		norm += x * x
	}
	norm = float32(math.Sqrt(float64(norm)))
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = x / norm
	}
	return out
}

// readCounts reads a segment's lexicon counts.
func readCounts(dir string) (*lexicon.Counts, error) {
	f, err := os.Open(filepath.Join(dir, lexCountsFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return lexicon.ReadCounts(f)
}

// generationLexicon builds the lexicon of segments from their counts, without scanning text.
func generationLexicon(dir string, segs []SegmentRef) (*lexicon.Lexicon, error) {
	var sum *lexicon.Counts
	for _, s := range segs {
		c, err := readCounts(filepath.Join(dir, s.Name))
		if err != nil {
			return nil, fmt.Errorf("build the lexicon: segment %s: %w", s.Name, err)
		}
		if sum == nil {
			sum = c
		} else if sum, err = lexicon.Sum(sum, c); err != nil {
			return nil, fmt.Errorf("build the lexicon: %w", err)
		}
	}
	if sum == nil {
		return nil, nil
	}
	return lexicon.FromCounts(sum)
}

// segmentSources returns the sources of segs, in order.
func segmentSources(segs []SegmentRef) []string {
	var out []string
	for _, s := range segs {
		out = append(out, s.Sources...)
	}
	return slices.Clip(out)
}
