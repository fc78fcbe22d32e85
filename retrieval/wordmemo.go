package retrieval

import "sync"

// writtenCountsSize bounds a writtenCounts: a serving index meets new question words for as
// long as it lives, and a word past the bound is counted again each time it is asked.
const writtenCountsSize = 4096

// writtenCounts remembers, for an index's lifetime, how many reports write a word
// (reportsWriting), so that the parts of one question that test the same word — the search and
// the grounding of its answer each build the question's topic words, and the wordings of one
// indicator share their modifiers (地方 of 地方财政收入 and 地方一般公共预算收入) — read its
// passages once.
type writtenCounts struct {
	mu sync.Mutex
	m  map[string]writtenCount
}

// writtenCount is a count made up to a limit: exact when n < limit, else at least n.
type writtenCount struct{ n, limit int }

// get returns count(w, limit) — the reports writing w, up to limit — from memory when a count
// made before answers it: an exact one, or one made up to a limit as high.
func (m *writtenCounts) get(w string, limit int, count func(string, int) int) int {
	m.mu.Lock()
	c, ok := m.m[w]
	m.mu.Unlock()
	if ok && (c.n < c.limit || limit <= c.limit) {
		return min(c.n, limit)
	}
	n := count(w, limit)
	m.mu.Lock()
	if m.m == nil {
		m.m = map[string]writtenCount{}
	}
	if _, held := m.m[w]; held || len(m.m) < writtenCountsSize {
		m.m[w] = writtenCount{n, limit}
	}
	m.mu.Unlock()
	return n
}
