// Package dict is the one longest-match dictionary scanner of the project: a static trie over the
// runes of a set of keys that finds keys in text — leftmost-longest without overlaps, or every
// occurrence — with byte offsets. Indicator names (internal/facts), glossary phrases
// (internal/glossary), place names (internal/places) and CC-CEDICT headwords (internal/lexicon)
// are all found with it.
//
// A Dict is built once from its keys and never changes; it is safe for concurrent use. Keys are
// identified by their index in the slice given to New, so callers keep their values in a parallel
// slice. Text is scanned at rune boundaries; a byte that is not valid UTF-8 matches no key.
package dict

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// Dict is a static set of keys that can be found in text.
type Dict struct {
	nodes []node
	edges []edge  // a node's edges are edges[lo:hi], sorted by label; edge e leads to node e+1
	root  []int32 // dense first step: root child of rune r (r < len(root)); 0 means none
	keys  int
	// parent is each node's parent (-1 for the root) and keyNode the node of each key ID (-1
	// for none): what Key walks.
	parent  []int32
	keyNode []int32
}

// edge is one step from a node to a child along a rune.
type edge struct {
	label rune
	next  int32
}

// node is one trie node: its outgoing edges and the key that ends at it (-1 if none).
type node struct {
	lo, hi int32
	id     int32
}

// Match is one key found in text: the byte span text[Start:End] and the key's index in the keys
// given to New.
type Match struct {
	Start, End, ID int
}

// New builds a dictionary of keys. A key's ID is its index in keys; a key given twice keeps its
// first index. Empty keys and keys that are not valid UTF-8 are never found.
func New(keys []string) *Dict {
	// Sort indexes, not strings: swapping int32s needs no write barriers while the GC runs.
	order := make([]int32, 0, len(keys))
	for i, k := range keys {
		if k != "" && utf8.ValidString(k) {
			order = append(order, int32(i))
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := strings.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return int(a - b)
	})
	order = slices.CompactFunc(order, func(a, b int32) bool { return keys[a] == keys[b] })

	d := &Dict{nodes: []node{{id: -1}}, keys: len(order), parent: []int32{-1}, keyNode: make([]int32, len(keys))}
	for i := range d.keyNode {
		d.keyNode[i] = -1
	}
	d.grow(0, keys, order, 0)
	d.fillRoot()
	return d
}

// fillRoot fills the dense first step, for the Basic Multilingual Plane, where nearly all text
// lives.
func (d *Dict) fillRoot() {
	root := d.nodes[0]
	var top rune = -1
	for _, e := range d.edges[root.lo:root.hi] {
		if e.label < 0x10000 {
			top = e.label
		}
	}
	d.root = make([]int32, top+1)
	for _, e := range d.edges[root.lo:root.hi] {
		if e.label <= top {
			d.root[e.label] = e.next
		}
	}
}

// grow fills node n from order, the indexes in keys of the sorted keys that share their first
// depth bytes: the key that ends at n, then one edge per distinct next rune (all of n's edges
// together), then each child.
func (d *Dict) grow(n int32, keys []string, order []int32, depth int) {
	if len(order) > 0 && len(keys[order[0]]) == depth {
		d.nodes[n].id = order[0] // sorted: the key that ends here comes first
		d.keyNode[order[0]] = n
		order = order[1:]
	}
	// end returns the end of the group of keys from a that share the rune of size bytes at depth.
	end := func(a, size int) int {
		b := a + 1
		for b < len(order) && strings.HasPrefix(keys[order[b]][depth:], keys[order[a]][depth:depth+size]) {
			b++
		}
		return b
	}
	lo := int32(len(d.edges))
	for a := 0; a < len(order); {
		r, size := utf8.DecodeRuneInString(keys[order[a]][depth:])
		d.edges = append(d.edges, edge{r, int32(len(d.nodes))})
		d.nodes = append(d.nodes, node{id: -1})
		d.parent = append(d.parent, n)
		a = end(a, size)
	}
	hi := int32(len(d.edges))
	d.nodes[n].lo, d.nodes[n].hi = lo, hi
	a := 0
	for e := lo; e < hi; e++ {
		size := utf8.RuneLen(d.edges[e].label)
		b := end(a, size)
		d.grow(d.edges[e].next, keys, order[a:b], depth+size)
		a = b
	}
}

// Key returns the key of ID id, and whether the dictionary has it.
func (d *Dict) Key(id int) (string, bool) {
	if id < 0 || id >= len(d.keyNode) || d.keyNode[id] < 0 {
		return "", false
	}
	var rs []rune
	for n := d.keyNode[id]; n > 0; n = d.parent[n] {
		rs = append(rs, d.edges[n-1].label)
	}
	slices.Reverse(rs)
	return string(rs), true
}

// IDs returns one more than the largest key ID: the number of keys given to New.
func (d *Dict) IDs() int { return len(d.keyNode) }

// Len returns the number of distinct keys that can be found.
func (d *Dict) Len() int { return d.keys }

// child returns the child of node n along rune r, or 0 when there is none.
func (d *Dict) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && int(r) < len(d.root) {
		return d.root[r]
	}
	nd := d.nodes[n]
	es := d.edges[nd.lo:nd.hi]
	if len(es) <= 8 {
		for _, e := range es {
			if e.label == r {
				return e.next
			}
		}
		return 0
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch l := es[m].label; {
		case l == r:
			return es[m].next
		case l < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// decode returns the rune at s[i] and its size; size 0 for a byte that is not valid UTF-8.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return r, 0
	}
	return r, size
}

// Lookup returns the ID of key and whether it is in the dictionary.
func (d *Dict) Lookup(key string) (id int, ok bool) {
	if key == "" {
		return -1, false
	}
	n := int32(0)
	for i := 0; i < len(key); {
		r, size := decode(key, i)
		if size == 0 {
			return -1, false
		}
		if n = d.child(n, r); n == 0 {
			return -1, false
		}
		i += size
	}
	if id := d.nodes[n].id; id >= 0 {
		return int(id), true
	}
	return -1, false
}

// longestAt returns the end and ID of the longest key that starts at s[i] and that accept (when
// not nil) takes; end is -1 when there is none.
func (d *Dict) longestAt(s string, i int, accept func(Match) bool) (end, id int) {
	end, id = -1, -1
	n := int32(0)
	for j := i; j < len(s); {
		r, size := decode(s, j)
		if size == 0 {
			break
		}
		if n = d.child(n, r); n == 0 {
			break
		}
		j += size
		if k := d.nodes[n].id; k >= 0 && (accept == nil || accept(Match{i, j, int(k)})) {
			end, id = j, int(k)
		}
	}
	return end, id
}

// LongestPrefix returns the length in bytes and the ID of the longest key that is a prefix of s.
func (d *Dict) LongestPrefix(s string) (n, id int, ok bool) {
	return d.LongestPrefixFunc(s, nil)
}

// LongestPrefixFunc is LongestPrefix restricted to the keys accept takes (a nil accept takes
// all): accept sees each candidate as a Match starting at 0, shortest first.
func (d *Dict) LongestPrefixFunc(s string, accept func(Match) bool) (n, id int, ok bool) {
	end, id := d.longestAt(s, 0, accept)
	if end < 0 {
		return 0, -1, false
	}
	return end, id, true
}

// Prefixes yields the length in bytes and the ID of every key that is a prefix of s, shortest
// first.
func (d *Dict) Prefixes(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		n := int32(0)
		for j := 0; j < len(s); {
			r, size := decode(s, j)
			if size == 0 {
				return
			}
			if n = d.child(n, r); n == 0 {
				return
			}
			j += size
			if k := d.nodes[n].id; k >= 0 && !yield(j, int(k)) {
				return
			}
		}
	}
}

// Scan yields the keys found in s from left to right, the longest key winning at each position,
// without overlaps: after a match the scan resumes at its end.
func (d *Dict) Scan(s string) iter.Seq[Match] { return d.ScanFunc(s, nil) }

// ScanFunc is Scan restricted to the matches accept takes (a nil accept takes all): at each
// position the longest accepted key wins, so a caller can demand word boundaries or other
// context. accept may be called for matches that are not yielded.
func (d *Dict) ScanFunc(s string, accept func(Match) bool) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		for i := 0; i < len(s); {
			if end, id := d.longestAt(s, i, accept); end >= 0 {
				if !yield(Match{i, end, id}) {
					return
				}
				i = end
				continue
			}
			_, size := decode(s, i)
			i += max(size, 1)
		}
	}
}

// FindAll returns the matches of Scan as a slice.
func (d *Dict) FindAll(s string) []Match { return slices.Collect(d.Scan(s)) }

// ScanAll yields every occurrence of every key in s, overlapping ones included, ordered by start
// and then by end.
func (d *Dict) ScanAll(s string) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		for i := 0; i < len(s); {
			_, size := decode(s, i)
			for end, id := range d.Prefixes(s[i:]) {
				if !yield(Match{i, i + end, id}) {
					return
				}
			}
			i += max(size, 1)
		}
	}
}
