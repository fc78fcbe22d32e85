package dict

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomKeys returns n keys of 2–5 common CJK runes, and a text of size runes drawn from the same
// runes, so that most positions start a partial match.
func randomKeys(n, size int) ([]string, string) {
	r := rand.New(rand.NewPCG(1, 2))
	cjk := func() rune { return rune(0x4E00 + r.IntN(3000)) }
	keys := make([]string, n)
	for i := range keys {
		var b strings.Builder
		for range 2 + r.IntN(4) {
			b.WriteRune(cjk())
		}
		keys[i] = b.String()
	}
	var b strings.Builder
	for range size {
		b.WriteRune(cjk())
	}
	return keys, b.String()
}

func BenchmarkNew3k(b *testing.B) {
	keys, _ := randomKeys(3000, 0)
	for b.Loop() {
		New(keys)
	}
}

func BenchmarkNew120k(b *testing.B) {
	keys, _ := randomKeys(120000, 0)
	for b.Loop() {
		New(keys)
	}
}

// BenchmarkScan reports throughput in bytes of Chinese text per second over 120k keys.
func BenchmarkScan(b *testing.B) {
	keys, text := randomKeys(120000, 1<<20)
	d := New(keys)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for range d.Scan(text) {
		}
	}
}
