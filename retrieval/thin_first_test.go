package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/corpus"
)

// TestThinFirst: a how-much question's first best sentence that covers little of it gives way
// to a deeper one stating a figure that covers far more, in the asked frame; not otherwise.
func TestThinFirst(t *testing.T) {
	asks := &scorer{want: figureWant{asks: true}}
	thin := Evidence{Coverage: 0.12, Figure: true}
	deep := Evidence{Coverage: 0.88, Figure: true}
	if !thinFirst(asks, thin, deep) {
		t.Errorf("a thin first sentence should give way")
	}
	tests := []struct {
		name string
		sc   *scorer
		b, d Evidence
	}{
		{"not a how-much question", &scorer{}, thin, deep},
		{"first covers enough", asks, Evidence{Coverage: 0.4, Figure: true}, Evidence{Coverage: 0.6, Figure: true}},
		{"deeper states no figure", asks, thin, Evidence{Coverage: 0.88}},
		{"deeper is off frame", asks, thin, Evidence{Coverage: 0.88, Figure: true, OffFrame: true}},
		{"deeper covers too little more", asks, thin, Evidence{Coverage: 0.2, Figure: true}},
	}
	for _, tt := range tests {
		if thinFirst(tt.sc, tt.b, tt.d) {
			t.Errorf("%s: gave way", tt.name)
		}
	}
}

// TestThinFirstFillsGap: a first sentence that is not thin still gives way to a deeper one that
// covers at least half of what it leaves of the question (整改完成率98% at 0.42 to 累计巡查发现并整改
// 突出问题2000余条 at 0.80 for "岱西去年创城巡查整改了多少问题?"), in the asked frame with a figure; a
// deeper sentence that adds less does not replace it.
func TestThinFirstFillsGap(t *testing.T) {
	asks := &scorer{want: figureWant{asks: true}}
	first := Evidence{Coverage: 0.42, Figure: true}
	if !thinFirst(asks, first, Evidence{Coverage: 0.80, Figure: true}) {
		t.Errorf("a deeper sentence covering most of what the first leaves should replace it")
	}
	for _, d := range []Evidence{
		{Coverage: 0.65, Figure: true},                 // adds under half the gap
		{Coverage: 0.80},                               // states no figure
		{Coverage: 0.80, Figure: true, OffFrame: true}, // another time frame
	} {
		if thinFirst(asks, first, d) {
			t.Errorf("replaced by %+v", d)
		}
	}
	planOnly := &scorer{want: figureWant{asks: true}, fits: func(corpus.Chunk, string) bool { return false }}
	if thinFirst(planOnly, first, Evidence{Coverage: 0.80, Figure: true}) {
		t.Errorf("a deeper sentence the time frame does not fit replaced a first one that is not thin")
	}
	if !thinFirst(planOnly, Evidence{Coverage: 0.12, Figure: true}, Evidence{Coverage: 0.80, Figure: true}) {
		t.Errorf("a thin first sentence should still give way as before")
	}
	if thinFirst(asks, Evidence{Coverage: 1, Figure: true}, Evidence{Coverage: 1, Figure: true}) {
		t.Errorf("a first sentence covering the whole question gave way")
	}
}

// TestThinDeeper: a thin first sentence that no deeper figure replaces is not taken as handled
// (Search then tries otherFrameFirst, which an earlier branch shadowed for every thin how-much
// question), and the deeper hits are read only for a thin first sentence that was found.
func TestThinDeeper(t *testing.T) {
	asks := &scorer{want: figureWant{asks: true}}
	thin := Evidence{Coverage: 0.12, Figure: true}
	reads := 0
	deeper := func(d Evidence) func() (Evidence, bool) {
		return func() (Evidence, bool) { reads++; return d, true }
	}
	if d, ok := asks.thinDeeper(true, thin, deeper(Evidence{Coverage: 0.88, Figure: true})); !ok || d.Coverage != 0.88 {
		t.Errorf("a deeper figure covering far more should replace a thin first sentence")
	}
	if _, ok := asks.thinDeeper(true, thin, deeper(Evidence{Coverage: 0.88, OffFrame: true, Figure: true})); ok {
		t.Errorf("an off-frame deeper sentence replaced a thin first one: Search would skip otherFrameFirst")
	}
	reads = 0
	for _, tt := range []struct {
		eligible bool
		sc       *scorer
		b        Evidence
	}{{false, asks, thin}, {true, &scorer{}, thin}, {true, asks, Evidence{Coverage: 1, Figure: true}}} {
		if _, ok := tt.sc.thinDeeper(tt.eligible, tt.b, deeper(Evidence{Coverage: 0.9, Figure: true})); ok {
			t.Errorf("thinDeeper(%v, %+v) replaced b", tt.eligible, tt.b)
		}
	}
	if reads != 0 {
		t.Errorf("deeper hits read %d times for a first sentence that cannot give way", reads)
	}
}
