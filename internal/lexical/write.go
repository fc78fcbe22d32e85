package lexical

import (
	"bufio"
	"encoding/binary"
	"io"
	"math"
	"slices"
)

// Write writes the postings and document lengths of Build to w.
func Write(w io.Writer, postings map[string][]Posting, docLen []float64) error {
	return WriteParts(w, []map[string][]Posting{postings}, docLen)
}

// WriteParts writes the postings and document lengths of BuildParts to w.
func WriteParts(w io.Writer, parts []map[string][]Posting, docLen []float64) error {
	postings := func(t string, fn func([]Posting)) {
		for _, p := range parts {
			if ps := p[t]; len(ps) > 0 {
				fn(ps)
			}
		}
	}
	seen := map[string]bool{}
	var terms []string
	var nPost, nBytes uint64
	for _, p := range parts {
		for t, ps := range p {
			nPost += uint64(len(ps))
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
				nBytes += uint64(len(t))
			}
		}
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	slices.Sort(terms)
	var b [8]byte
	u64 := func(v uint64) {
		binary.LittleEndian.PutUint64(b[:], v)
		bw.Write(b[:])
	}
	bw.WriteString(magic)
	u64(uint64(len(docLen)))
	u64(uint64(len(terms)))
	u64(nPost)
	u64(nBytes)
	u64(math.Float64bits(AvgLen(docLen)))
	for _, l := range docLen {
		binary.LittleEndian.PutUint32(b[:4], uint32(l))
		bw.Write(b[:4])
	}
	if len(docLen)%2 == 1 {
		bw.Write(make([]byte, 4))
	}
	var off uint64
	u64(0)
	for _, t := range terms {
		off += uint64(len(t))
		u64(off)
	}
	off = 0
	u64(0)
	for _, t := range terms {
		postings(t, func(ps []Posting) { off += uint64(len(ps)) })
		u64(off)
	}
	for _, t := range terms {
		postings(t, func(ps []Posting) {
			for _, p := range ps {
				binary.LittleEndian.PutUint32(b[:4], uint32(p.Doc))
				binary.LittleEndian.PutUint32(b[4:], math.Float32bits(p.TF))
				bw.Write(b[:])
			}
		})
	}
	for _, t := range terms {
		bw.WriteString(t)
	}
	return bw.Flush()
}
