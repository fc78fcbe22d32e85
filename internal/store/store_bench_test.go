package store_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/philippgille/chromem-go"

	"github.com/reportbot/reportbot/ingest/scale"
	"github.com/reportbot/reportbot/internal/store"
)

var scales = []int{1, 100}

// BenchmarkOpen times loading the live generation (JSON files and the exported vectors).
func BenchmarkOpen(b *testing.B) {
	for _, n := range scales {
		dir := scale.Store(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := store.Open(dir); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(dirSize(b, dir)), "store-bytes")
		})
	}
}

// BenchmarkWrite times writing a generation (JSON files, exported vectors, fsyncs, rename).
func BenchmarkWrite(b *testing.B) {
	for _, n := range scales {
		snap, err := store.Open(scale.Store(b, n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			dir := b.TempDir()
			for i := 0; i < b.N; i++ {
				if err := store.Write(context.Background(), dir, snap); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPersistence compares chromem-go's two ways of keeping the vectors on disk, at 100×:
// one exported gob file (what store format 2 did) and NewPersistentDB's one file per document. It
// reports how many documents the persistent DB lost to file-name collisions.
func BenchmarkPersistence(b *testing.B) {
	snap, err := store.Open(scale.Store(b, 100))
	if err != nil {
		b.Fatal(err)
	}
	src := snap.DB.GetCollection(store.Collection, refuse)
	docs := allDocs(b, src, snap.Manifest.Dim)
	ctx := context.Background()

	b.Run("export/write", func(b *testing.B) {
		path := filepath.Join(b.TempDir(), "vectors.gob")
		for i := 0; i < b.N; i++ {
			if err := snap.DB.ExportToFile(path, false, "", store.Collection); err != nil {
				b.Fatal(err)
			}
			syncPath(b, path)
		}
		b.ReportMetric(float64(fileSize(b, path)), "disk-bytes")
		b.ReportMetric(float64((fileSize(b, path)+4095)/4096*4096), "disk-4k-blocks-bytes")
	})
	b.Run("export/load", func(b *testing.B) {
		path := filepath.Join(b.TempDir(), "vectors.gob")
		if err := snap.DB.ExportToFile(path, false, "", store.Collection); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			db := chromem.NewDB()
			if err := db.ImportFromFile(path, ""); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("persistent/write", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			dir := filepath.Join(b.TempDir(), strconv.Itoa(i))
			b.StartTimer()
			db, err := chromem.NewPersistentDB(dir, false)
			if err != nil {
				b.Fatal(err)
			}
			col, err := db.CreateCollection(store.Collection, nil, refuse)
			if err != nil {
				b.Fatal(err)
			}
			if err := col.AddDocuments(ctx, docs, 2); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(dirSize(b, dir)), "disk-bytes")
			b.ReportMetric(float64(dirBlocks(b, dir)), "disk-4k-blocks-bytes")
		}
	})
	b.Run("persistent/load", func(b *testing.B) {
		dir := b.TempDir()
		db, err := chromem.NewPersistentDB(dir, false)
		if err != nil {
			b.Fatal(err)
		}
		col, err := db.CreateCollection(store.Collection, nil, refuse)
		if err != nil {
			b.Fatal(err)
		}
		if err := col.AddDocuments(ctx, docs, 2); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		var lost int
		for i := 0; i < b.N; i++ {
			db, err := chromem.NewPersistentDB(dir, false)
			if err != nil {
				b.Fatal(err)
			}
			lost = len(docs) - db.GetCollection(store.Collection, refuse).Count()
		}
		b.ReportMetric(float64(lost), "docs-lost")
	})

	// Not chromem persistence, for comparison: the vectors as raw little-endian float32 in
	// chunk order (ids, metadata and text are in chunks.json already), put back into an
	// in-memory collection with AddDocuments.
	b.Run("raw/write", func(b *testing.B) {
		path := filepath.Join(b.TempDir(), "vectors.f32")
		for i := 0; i < b.N; i++ {
			if err := writeRaw(path, docs); err != nil {
				b.Fatal(err)
			}
			syncPath(b, path)
		}
		b.ReportMetric(float64(fileSize(b, path)), "disk-bytes")
	})
	b.Run("raw/load", func(b *testing.B) {
		path := filepath.Join(b.TempDir(), "vectors.f32")
		if err := writeRaw(path, docs); err != nil {
			b.Fatal(err)
		}
		dim := snap.Manifest.Dim
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			raw, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			all := make([]float32, len(raw)/4)
			for j := range all {
				all[j] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*j:]))
			}
			load := make([]chromem.Document, len(docs))
			for j, d := range docs {
				load[j] = chromem.Document{ID: d.ID, Metadata: d.Metadata, Content: d.Content, Embedding: all[j*dim : (j+1)*dim : (j+1)*dim]}
			}
			db := chromem.NewDB()
			col, err := db.CreateCollection(store.Collection, nil, refuse)
			if err != nil {
				b.Fatal(err)
			}
			if err := col.AddDocuments(ctx, load, runtime.GOMAXPROCS(0)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func writeRaw(path string, docs []chromem.Document) error {
	var buf []byte
	for _, d := range docs {
		for _, x := range d.Embedding {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
		}
	}
	return os.WriteFile(path, buf, 0o644)
}

func refuse(context.Context, string) ([]float32, error) {
	return nil, fmt.Errorf("no embedding in benchmarks")
}

// allDocs returns every document of a collection (by a query for all of them).
func allDocs(tb testing.TB, col *chromem.Collection, dim int) []chromem.Document {
	tb.Helper()
	q := make([]float32, dim)
	q[0] = 1
	res, err := col.QueryEmbedding(context.Background(), q, col.Count(), nil, nil)
	if err != nil {
		tb.Fatal(err)
	}
	docs := make([]chromem.Document, len(res))
	for i, r := range res {
		docs[i] = chromem.Document{ID: r.ID, Metadata: r.Metadata, Embedding: r.Embedding, Content: r.Content}
	}
	return docs
}

func syncPath(tb testing.TB, path string) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		tb.Fatal(err)
	}
}

func fileSize(tb testing.TB, path string) int64 {
	tb.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return fi.Size()
}

// dirBlocks estimates the space the files under dir take on a file system of 4 KiB blocks.
func dirBlocks(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += (fi.Size() + 4095) / 4096 * 4096
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// dirSize is the apparent size of the files under dir.
func dirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
