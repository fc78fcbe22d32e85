package bot

import (
	"container/list"
	"sync"
	"time"
)

// lru is a bounded map whose entries expire ttl after their last write; past max entries the
// least recently written goes first. It backs the de-duplication set, the thread histories
// and the answers kept for button clicks, so memory stays bounded however long the bot runs.
type lru[V any] struct {
	mu  sync.Mutex
	max int
	ttl time.Duration
	ll  *list.List // front = most recently written
	m   map[string]*list.Element
	now func() time.Time
}

type lruEntry[V any] struct {
	key string
	val V
	at  time.Time
}

func newLRU[V any](max int, ttl time.Duration) *lru[V] {
	return &lru[V]{max: max, ttl: ttl, ll: list.New(), m: map[string]*list.Element{}, now: time.Now}
}

// get returns the value of a live entry.
func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var zero V
	e, ok := c.m[key]
	if !ok {
		return zero, false
	}
	ent := e.Value.(*lruEntry[V])
	if c.now().Sub(ent.at) > c.ttl {
		c.removeLocked(e)
		return zero, false
	}
	return ent.val, true
}

// put stores v under key.
func (c *lru[V]) put(key string, v V) {
	c.update(key, func(V, bool) V { return v })
}

// addIfAbsent stores v unless a live entry exists, and reports whether it stored it. It is
// the atomic "first time we see this?" test for de-duplication.
func (c *lru[V]) addIfAbsent(key string, v V) bool {
	added := false
	c.update(key, func(old V, ok bool) V {
		if ok {
			return old
		}
		added = true
		return v
	})
	return added
}

// update replaces key's value with f(old, found) atomically.
func (c *lru[V]) update(key string, f func(old V, found bool) V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if e, ok := c.m[key]; ok {
		ent := e.Value.(*lruEntry[V])
		live := now.Sub(ent.at) <= c.ttl
		old := ent.val
		if !live {
			var zero V
			old = zero
		}
		ent.val, ent.at = f(old, live), now
		c.ll.MoveToFront(e)
	} else {
		var zero V
		c.m[key] = c.ll.PushFront(&lruEntry[V]{key: key, val: f(zero, false), at: now})
	}
	c.evictLocked(now)
}

func (c *lru[V]) evictLocked(now time.Time) {
	for c.ll.Len() > 0 {
		back := c.ll.Back()
		if c.ll.Len() <= c.max && now.Sub(back.Value.(*lruEntry[V]).at) <= c.ttl {
			return
		}
		c.removeLocked(back)
	}
}

func (c *lru[V]) removeLocked(e *list.Element) {
	c.ll.Remove(e)
	delete(c.m, e.Value.(*lruEntry[V]).key)
}

// len returns the number of entries held (live or not yet evicted).
func (c *lru[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ll.Len()
}
