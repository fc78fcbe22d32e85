package dict

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// binaryMagic opens an encoded Dict.
const binaryMagic = "dict1\n"

// Node kinds in the encoding: no key ends at the node, the key whose ID follows the previous
// key's, or a key whose ID is given.
const (
	kindNone = iota
	kindNext
	kindID
	kindBits = 2
)

// AppendBinary appends the dictionary in a compact form that Decode reads back much faster than
// New builds it: the counts, then each node in the order New creates them (depth first): its
// child count and kind of key, the key's ID when it does not follow the previous one, and its
// children's labels (the first in full, then each as the gap after the one before).
func (d *Dict) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, binaryMagic...)
	b = binary.AppendUvarint(b, uint64(len(d.nodes)))
	b = binary.AppendUvarint(b, uint64(d.keys))
	b = binary.AppendUvarint(b, uint64(len(d.keyNode)))
	last := int32(-1)
	stack := []int32{0}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nd := d.nodes[n]
		v := uint64(nd.hi-nd.lo) << kindBits
		switch {
		case nd.id < 0:
			v |= kindNone
		case nd.id == last+1:
			v |= kindNext
		default:
			v |= kindID
		}
		b = binary.AppendUvarint(b, v)
		if nd.id >= 0 {
			if nd.id != last+1 {
				b = binary.AppendUvarint(b, uint64(nd.id))
			}
			last = nd.id
		}
		prev := rune(-1)
		for e := nd.lo; e < nd.hi; e++ {
			if d.edges[e].next != e+1 {
				return nil, errors.New("dict: edge out of order")
			}
			b = binary.AppendUvarint(b, uint64(d.edges[e].label-prev-1))
			prev = d.edges[e].label
		}
		for e := nd.hi - 1; e >= nd.lo; e-- {
			stack = append(stack, d.edges[e].next)
		}
	}
	return b, nil
}

// errCorrupt is wrapped by every Decode error.
var errCorrupt = errors.New("dict: encoded dictionary is corrupt or truncated")

// Decode reads a dictionary written by AppendBinary; it returns the same Dict as New did.
func Decode(data string) (*Dict, error) {
	s, ok := strings.CutPrefix(data, binaryMagic)
	if !ok {
		return nil, fmt.Errorf("%w (no header)", errCorrupt)
	}
	bad := false
	next := func() int { // a uvarint below 2³¹
		v := 0
		for i := 0; i < len(s) && i < 5; i++ {
			v |= int(s[i]&0x7f) << (7 * i)
			if s[i] < 0x80 {
				s = s[i+1:]
				if v >= 1<<31 {
					break
				}
				return v
			}
		}
		bad, s = true, ""
		return 0
	}
	nodes, keys, ids := next(), next(), next()
	if bad || nodes < 1 || nodes > len(s) || ids > len(s)+keys || keys > ids {
		return nil, fmt.Errorf("%w (counts)", errCorrupt)
	}
	d := &Dict{nodes: make([]node, 1, nodes), edges: make([]edge, 0, nodes-1), keys: keys,
		parent: make([]int32, 1, nodes), keyNode: make([]int32, ids)}
	d.nodes[0].id, d.parent[0] = -1, -1
	for i := range d.keyNode {
		d.keyNode[i] = -1
	}
	last, found := -1, 0
	stack := []int32{0}
	for len(stack) > 0 && !bad {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		v := next()
		children, id := v>>kindBits, -1
		switch v & (1<<kindBits - 1) {
		case kindNext:
			id = last + 1
		case kindID:
			id = next()
		}
		if id >= 0 {
			if id >= ids || d.keyNode[id] >= 0 {
				bad = true
				break
			}
			d.keyNode[id], d.nodes[n].id, last = n, int32(id), id
			found++
		}
		if children > nodes-len(d.nodes) {
			bad = true
			break
		}
		lo := int32(len(d.edges))
		label := -1
		for range children {
			label += next() + 1
			if label > utf8.MaxRune {
				bad = true
				break
			}
			d.edges = append(d.edges, edge{rune(label), int32(len(d.nodes))})
			d.nodes = append(d.nodes, node{id: -1})
			d.parent = append(d.parent, n)
		}
		hi := int32(len(d.edges))
		d.nodes[n].lo, d.nodes[n].hi = lo, hi
		for e := hi - 1; e >= lo; e-- {
			stack = append(stack, d.edges[e].next)
		}
	}
	if bad || len(d.nodes) != nodes || found != keys || s != "" {
		return nil, fmt.Errorf("%w (nodes)", errCorrupt)
	}
	d.fillRoot()
	return d, nil
}
