package llm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"sync"
)

// CacheBatch is how many missing texts Cache.EmbedBatch hands the embedder at once, and so how
// much work an interruption can lose: several API batches, so that their requests run in
// parallel.
const CacheBatch = DefaultBatchSize * DefaultConcurrency

// cacheMagic starts every cache file (version 1 of the record format below).
var cacheMagic = []byte("RBEMBED1")

// Cache is an append-only file of embeddings keyed by SHA-256 of model name and text, so that
// an interrupted ingest does not pay to embed the same chunks again. Each record is
//
//	length uint32 | crc32 uint32 | key [32]byte | dim uint32 | dim × float32   (little-endian)
//
// where length and crc32 cover what follows them. Opening the file drops a torn or corrupt
// tail (a crash mid-append) and carries on from the last whole record. Vectors stay on disk;
// memory holds only an offset per key. A Cache is safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	f     *os.File
	index map[[32]byte]cacheEntry
	end   int64
}

type cacheEntry struct {
	off int64 // offset of the first float
	dim int
}

// OpenCache opens (creating if needed) the cache file at path.
func OpenCache(path string) (*Cache, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open embedding cache: %w", err)
	}
	c := &Cache{f: f, index: map[[32]byte]cacheEntry{}}
	if err := c.load(); err != nil {
		f.Close()
		return nil, fmt.Errorf("open embedding cache %s: %w", path, err)
	}
	return c, nil
}

// load indexes the records and truncates whatever follows the last whole one.
func (c *Cache) load() error {
	st, err := c.f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	head := make([]byte, len(cacheMagic))
	if size < int64(len(cacheMagic)) {
		// New, or torn while the header was written.
		if err := c.truncate(0); err != nil {
			return err
		}
		if _, err := c.f.WriteAt(cacheMagic, 0); err != nil {
			return err
		}
		c.end = int64(len(cacheMagic))
		return c.f.Sync()
	}
	if _, err := c.f.ReadAt(head, 0); err != nil {
		return err
	}
	if !bytes.Equal(head, cacheMagic) {
		return errors.New("not a reportbot embedding cache (delete it to start afresh)")
	}
	r := io.NewSectionReader(c.f, 0, size)
	off := int64(len(cacheMagic))
	var hdr [8]byte
	for off < size {
		if _, err := r.ReadAt(hdr[:], off); err != nil {
			break // torn header
		}
		n := int64(binary.LittleEndian.Uint32(hdr[0:]))
		sum := binary.LittleEndian.Uint32(hdr[4:])
		if n < 36 || (n-36)%4 != 0 || off+8+n > size {
			break
		}
		body := make([]byte, n)
		if _, err := r.ReadAt(body, off+8); err != nil || crc32.ChecksumIEEE(body) != sum {
			break
		}
		var key [32]byte
		copy(key[:], body)
		dim := int(binary.LittleEndian.Uint32(body[32:]))
		if int64(dim)*4 != n-36 {
			break
		}
		c.index[key] = cacheEntry{off: off + 8 + 36, dim: dim}
		off += 8 + n
	}
	if off < size {
		if err := c.truncate(off); err != nil {
			return err
		}
	}
	c.end = off
	return nil
}

func (c *Cache) truncate(off int64) error {
	if err := c.f.Truncate(off); err != nil {
		return fmt.Errorf("drop torn tail: %w", err)
	}
	return nil
}

// Len returns how many embeddings the cache holds (all models).
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.index)
}

// Close closes the file.
func (c *Cache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.f.Close()
}

func cacheKey(model, text string) [32]byte {
	h := sha256.New()
	h.Write([]byte(model))
	h.Write([]byte{0})
	h.Write([]byte(text))
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// EmbedBatch returns a vector for every text: from the cache when model already embedded the
// same text, otherwise from embed, CacheBatch texts at a time, each finished batch appended to
// the file and synced before the next starts. progress (optional) gets the number of texts
// done so far, cached ones included. On error the batches finished so far stay cached.
func (c *Cache) EmbedBatch(ctx context.Context, model string, embed func(ctx context.Context, texts []string) ([][]float32, error), texts []string, progress func(done int)) ([][]float32, error) {
	out := make([][]float32, len(texts))
	keys := make([][32]byte, len(texts))
	var missing []int
	first := map[[32]byte]int{} // a text repeated in texts is embedded once
	var dups []int
	for i, t := range texts {
		keys[i] = cacheKey(model, t)
		v, ok, err := c.get(keys[i])
		if err != nil {
			return nil, err
		}
		switch {
		case ok:
			out[i] = v
		case first[keys[i]] > 0:
			dups = append(dups, i)
		default:
			first[keys[i]] = i + 1
			missing = append(missing, i)
		}
	}
	done := len(texts) - len(missing) - len(dups)
	if progress != nil {
		progress(done)
	}
	for lo := 0; lo < len(missing); lo += CacheBatch {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("embed: %w", err)
		}
		idx := missing[lo:min(lo+CacheBatch, len(missing))]
		batch := make([]string, len(idx))
		for j, i := range idx {
			batch[j] = texts[i]
		}
		vs, err := embed(ctx, batch)
		if err != nil {
			return nil, err
		}
		if len(vs) != len(batch) {
			return nil, fmt.Errorf("embed: got %d vectors for %d texts", len(vs), len(batch))
		}
		recKeys := make([][32]byte, len(idx))
		for j, i := range idx {
			out[i] = vs[j]
			recKeys[j] = keys[i]
		}
		if err := c.put(recKeys, vs); err != nil {
			return nil, err
		}
		done += len(idx)
		if progress != nil {
			progress(done)
		}
	}
	for _, i := range dups {
		out[i] = out[first[keys[i]]-1]
	}
	if len(dups) > 0 && progress != nil {
		progress(len(texts))
	}
	for i, v := range out {
		if len(v) != len(out[0]) {
			return nil, fmt.Errorf("embed: %w: text 0 has %d dimensions, text %d has %d (was the cache filled by another deployment of %s?)", ErrDimMismatch, len(out[0]), i, len(v), model)
		}
	}
	return out, nil
}

func (c *Cache) get(k [32]byte) ([]float32, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[k]
	if !ok {
		return nil, false, nil
	}
	buf := make([]byte, 4*e.dim)
	if _, err := c.f.ReadAt(buf, e.off); err != nil {
		return nil, false, fmt.Errorf("read embedding cache: %w", err)
	}
	v := make([]float32, e.dim)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(buf[4*i:]))
	}
	return v, true, nil
}

// put appends one record per vector in a single write and syncs.
func (c *Cache) put(keys [][32]byte, vs [][]float32) error {
	var buf []byte
	offs := make([]int64, len(vs))
	for j, v := range vs {
		n := 36 + 4*len(v)
		rec := make([]byte, 8+n)
		copy(rec[8:], keys[j][:])
		binary.LittleEndian.PutUint32(rec[40:], uint32(len(v)))
		for i, x := range v {
			binary.LittleEndian.PutUint32(rec[44+4*i:], math.Float32bits(x))
		}
		binary.LittleEndian.PutUint32(rec[0:], uint32(n))
		binary.LittleEndian.PutUint32(rec[4:], crc32.ChecksumIEEE(rec[8:]))
		offs[j] = int64(len(buf)) + 44
		buf = append(buf, rec...)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.f.WriteAt(buf, c.end); err != nil {
		return fmt.Errorf("write embedding cache: %w", err)
	}
	if err := c.f.Sync(); err != nil {
		return fmt.Errorf("sync embedding cache: %w", err)
	}
	for j, v := range vs {
		c.index[keys[j]] = cacheEntry{off: c.end + offs[j], dim: len(v)}
	}
	c.end += int64(len(buf))
	return nil
}
