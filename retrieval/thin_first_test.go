package retrieval

import "testing"

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
		{"first covers enough", asks, Evidence{Coverage: 0.4, Figure: true}, deep},
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
