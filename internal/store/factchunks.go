package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"unsafe"

	"github.com/reportbot/reportbot/internal/corpus"
)

// The fact index (facts.idx) holds, for each fact of facts.bin in order, the index of its chunk
// in chunks.bin (NoChunk when its chunk is not in the generation). Ingest writes facts chunk by
// chunk, so the indices ascend: a chunk's facts, and a report's (its chunks are one run), are a
// binary search away, with nothing built per process. Layout: "RBFIX001", count uint64, then
// [count]uint32 little-endian.
const factIndexMagic = "RBFIX001"

// NoChunk marks a fact whose chunk the generation does not hold.
const NoChunk = ^uint32(0)

// FactChunks returns the chunk index of each fact (NoChunk: none), from the chunks' IDs.
func FactChunks(facts []corpus.Fact, chunks []corpus.Chunk) []uint32 {
	byID := make(map[string]uint32, len(chunks))
	for i, c := range chunks {
		byID[c.ID] = uint32(i)
	}
	out := make([]uint32, len(facts))
	for i, f := range facts {
		c, ok := byID[f.ChunkID]
		if !ok {
			c = NoChunk
		}
		out[i] = c
	}
	return out
}

// WriteFactChunks writes a fact index (FactChunks) to w.
func WriteFactChunks(w io.Writer, idx []uint32) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(factIndexMagic)
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(len(idx)))
	bw.Write(b[:])
	for _, v := range idx {
		binary.LittleEndian.PutUint32(b[:4], v)
		bw.Write(b[:4])
	}
	return bw.Flush()
}

// readFactChunks reads the fact index at path, for n facts; a generation without one returns
// nil, and so does one whose indices do not ascend (its reader indexes the facts itself).
func readFactChunks(path string, n int) ([]uint32, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read store: %w (re-run `reportbot ingest`)", err)
	}
	if len(b) < 16 || string(b[:8]) != factIndexMagic || binary.LittleEndian.Uint64(b[8:]) != uint64(n) || len(b) != 16+4*n {
		return nil, fmt.Errorf("read store %s: not a fact index of this version for %d facts (re-run `reportbot ingest`)", path, n)
	}
	idx := make([]uint32, n)
	if n > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&idx[0])), 4*n), b[16:])
	}
	if !slices.IsSorted(idx) {
		return nil, nil
	}
	return idx, nil
}
