package places

import (
	"strings"
	"unicode/utf8"

	"github.com/reportbot/reportbot/internal/dict"
)

// conjunctions join two names in a question (姚方镇和川涌镇, 盛泽与黎里) and also begin some
// names (和川镇, 同里镇): where readings tie, a name does not start with one.
const conjunctions = "和与及同跟暨或"

// segScore ranks a segmentation of a question into names, better first: more text covered,
// more names given in full with their level word, fewer names starting with a conjunction,
// fewer names.
type segScore struct {
	covered, full, conj, names int
}

func (a segScore) better(b segScore) bool {
	switch {
	case a.covered != b.covered:
		return a.covered > b.covered
	case a.full != b.full:
		return a.full > b.full
	case a.conj != b.conj:
		return a.conj < b.conj
	}
	return a.names < b.names
}

func (a segScore) plus(b segScore) segScore {
	return segScore{a.covered + b.covered, a.full + b.full, a.conj + b.conj, a.names + b.names}
}

// afterLevels are the level words a question may write right after a larger place to name one
// of its places (广西城区: an urban district of Guangxi), longest first.
var afterLevels = []string{"城区", "街道", "区", "县", "市", "镇", "乡"}

// levelAfter returns the length in characters of the level word that rest opens with, 0 for
// none: a name read with the level word after it covers that word too, so that 广西城区 reads as
// 广西 and 城区, not as the 西城区 inside it.
func levelAfter(rest string) int {
	for _, w := range afterLevels {
		if strings.HasPrefix(rest, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// segment chooses among the matches of names in q (every occurrence, overlapping ones included,
// ordered by start) the non-overlapping ones that read q best (segScore), in order. full tells
// a full name with its level word (川涌镇) from a short one (川涌). Where readings tie the
// earlier, longer match wins, as a leftmost-longest scan would take it.
func segment(q string, all []dict.Match, full func(dict.Match) bool) []dict.Match {
	if len(all) < 2 {
		return all
	}
	// best[i] is the best reading of q[i:], with the match it starts with (-1: none at i).
	type step struct {
		score segScore
		take  int
	}
	best := make([]step, len(q)+1)
	first := make(map[int][]int, len(all)) // start → indexes into all
	for k, mt := range all {
		first[mt.Start] = append(first[mt.Start], k)
	}
	for i := len(q) - 1; i >= 0; i-- {
		if !utf8.RuneStart(q[i]) {
			best[i] = step{take: -1}
			continue
		}
		_, size := utf8.DecodeRuneInString(q[i:])
		best[i] = step{score: best[i+size].score, take: -1}
		ks := first[i]
		for j := len(ks) - 1; j >= 0; j-- { // longest first
			mt := all[ks[j]]
			s := segScore{covered: utf8.RuneCountInString(q[mt.Start:mt.End]) + levelAfter(q[mt.End:]), names: 1}
			if full(mt) {
				s.full = 1
			}
			if r, _ := utf8.DecodeRuneInString(q[mt.Start:]); strings.ContainsRune(conjunctions, r) {
				s.conj = 1
			}
			if s = s.plus(best[mt.End].score); s.better(best[i].score) || best[i].take < 0 && s == best[i].score {
				best[i] = step{score: s, take: ks[j]}
			}
		}
	}
	var out []dict.Match
	for i := 0; i < len(q); {
		if k := best[i].take; k >= 0 {
			out = append(out, all[k])
			i = all[k].End
			continue
		}
		_, size := utf8.DecodeRuneInString(q[i:])
		i += size
	}
	return out
}
