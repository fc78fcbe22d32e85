package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestUnionPinyinMergesRuns: the union of segments' pinyin keys is the sorted, de-duplicated
// concatenation, for any number of segments, whether or not a segment's keys come sorted, and
// without changing the segments' own lists.
func TestUnionPinyinMergesRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for segs := 2; segs <= 7; segs++ {
		var keys []*PinyinKeys
		var all []string
		for s := range segs {
			var any []string
			for range r.IntN(40) {
				any = append(any, fmt.Sprintf("k%03d", r.IntN(60)))
			}
			if s%3 != 2 { // most segments write their keys sorted; one in three does not here
				slices.Sort(any)
			}
			all = append(all, any...)
			keys = append(keys, &PinyinKeys{Any: any, Place: slices.Clone(any)})
		}
		before := make([][]string, len(keys))
		for i, k := range keys {
			before[i] = slices.Clone(k.Any)
		}
		slices.Sort(all)
		want := slices.Compact(all)
		got := unionPinyin(keys)
		if !slices.Equal(got.Any, want) || !slices.Equal(got.Place, want) {
			t.Fatalf("%d segments: union %v, want %v", segs, got.Any, want)
		}
		for i, k := range keys {
			if !slices.Equal(k.Any, before[i]) {
				t.Errorf("segment %d's keys changed: %v, were %v", i, k.Any, before[i])
			}
		}
	}
}
