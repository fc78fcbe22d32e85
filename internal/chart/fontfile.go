package chart

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The font parser (golang.org/x/image/font/sfnt) requires every table to start on a four-byte
// boundary, as the OpenType specification says; some fonts in the wild break the rule (Debian's
// wqy-microhei.ttc does), and the parser rejects them. splitFonts rewrites each font of a file
// as a standalone font with its tables aligned, which the parser accepts.

// errNotFont is returned for data that is neither a font nor a font collection.
var errNotFont = errors.New("not a TrueType/OpenType font or collection")

// splitFonts returns each font of a font file or collection as standalone font data with its
// tables on four-byte boundaries.
func splitFonts(data []byte) ([][]byte, error) {
	if len(data) < 12 {
		return nil, errNotFont
	}
	var offsets []uint32
	if string(data[:4]) == "ttcf" {
		n := binary.BigEndian.Uint32(data[8:12])
		if n == 0 || n > 256 || len(data) < 12+4*int(n) {
			return nil, fmt.Errorf("font collection header: %w", errNotFont)
		}
		for i := range n {
			offsets = append(offsets, binary.BigEndian.Uint32(data[12+4*i:]))
		}
	} else {
		offsets = []uint32{0}
	}
	var out [][]byte
	for _, off := range offsets {
		f, err := repack(data, int(off))
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// repack copies the font whose offset table starts at off into a new font file, each table
// on a four-byte boundary.
func repack(data []byte, off int) ([]byte, error) {
	if off < 0 || off+12 > len(data) {
		return nil, fmt.Errorf("offset table at %d: %w", off, errNotFont)
	}
	n := int(binary.BigEndian.Uint16(data[off+4:]))
	dir := off + 12
	if n == 0 || n > 512 || dir+16*n > len(data) {
		return nil, fmt.Errorf("table directory at %d: %w", off, errNotFont)
	}
	head := 12 + 16*n
	size := head
	for i := range n {
		rec := data[dir+16*i:]
		to, tn := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if to < 0 || tn < 0 || to+tn > len(data) || to+tn < to {
			return nil, fmt.Errorf("table %q out of the file: %w", rec[:4], errNotFont)
		}
		size += (tn + 3) &^ 3
	}
	out := make([]byte, head, size)
	copy(out, data[off:off+12])
	for i := range n {
		rec := data[dir+16*i:]
		to, tn := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		r := out[12+16*i:]
		copy(r[:8], rec[:8]) // tag and checksum
		binary.BigEndian.PutUint32(r[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(r[12:], uint32(tn))
		out = append(out, data[to:to+tn]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
