package scale

import (
	"fmt"
	"testing"
)

// BenchmarkGenerateDecade writes decade corpora of 9 reports (one cohort, one year: 1×) and
// 900 reports (90 places × 10 years: 100×). The 10,000-report corpus (-places 1000) is timed
// with the gen command (docs/SCALING.md).
func BenchmarkGenerateDecade(b *testing.B) {
	for _, c := range []struct{ places, years int }{{9, 1}, {90, 10}} {
		b.Run(fmt.Sprintf("%dx", c.places*c.years/9), func(b *testing.B) {
			for b.Loop() {
				if _, err := GenerateDecade(b.TempDir(), Options{Places: c.places, Years: c.years, Seed: Seed, SameName: 0.1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDecadeStore builds (or reuses) the smallest decade store the helper offers.
func TestDecadeStore(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a corpus")
	}
	dir, m := DecadeStore(t, 2)
	if dir == "" || len(m.Reports) != 20 {
		t.Fatalf("got %q with %d reports, want 20", dir, len(m.Reports))
	}
}
