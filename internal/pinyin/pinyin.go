// Package pinyin spells Chinese characters in toneless pinyin (ü written v): each character's
// first reading in go-pinyin's dictionary. The table is generated into array literals, which the
// compiler lays out in the binary: go-pinyin itself builds a 40,000-entry map in its package
// initialisation, 20–40 ms of every process's start-up whether or not it spells anything.
package pinyin

import "sort"

//go:generate go run ./gen -o table.go

// syllableBits is how many low bits of an entry index syllables.
const syllableBits = 10

// Reading returns r's first toneless reading, or "" for a character the table does not hold.
func Reading(r rune) string {
	if r < 0 || r >= 1<<(32-syllableBits) {
		return ""
	}
	key := uint32(r) << syllableBits
	i := sort.Search(len(entries), func(i int) bool { return entries[i] >= key })
	if i == len(entries) || entries[i]>>syllableBits != uint32(r) {
		return ""
	}
	return syllables[entries[i]&(1<<syllableBits-1)]
}

// Lazy returns the readings of the characters of s that have one, in order, dropping the rest
// (go-pinyin's LazyPinyin with its default arguments).
func Lazy(s string) []string {
	var out []string
	for _, r := range s {
		if p := Reading(r); p != "" {
			out = append(out, p)
		}
	}
	return out
}
