package store

import "encoding/binary"

// uvarints reads a run of uvarints and length-prefixed strings from the text of a mapped or
// read file (the figures and indicator runs files), each read cutting what it read off rest.
type uvarints struct {
	rest string
}

// next reads a uvarint; false when rest does not start with one.
func (u *uvarints) next() (uint64, bool) {
	v, k := binary.Uvarint([]byte(u.rest[:min(len(u.rest), binary.MaxVarintLen64)]))
	if k <= 0 {
		return 0, false
	}
	u.rest = u.rest[k:]
	return v, true
}

// str reads a uvarint length and that many bytes; false when either is short.
func (u *uvarints) str() (string, bool) {
	l, ok := u.next()
	if !ok || l > uint64(len(u.rest)) {
		return "", false
	}
	s := u.rest[:l]
	u.rest = u.rest[l:]
	return s, true
}

// appendString appends s with its uvarint length before it (uvarints.str reads it back).
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
