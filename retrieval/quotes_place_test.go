package retrieval

import "testing"

// TestQuotesPlace: a report answers for a place it quotes by name (吴江), but a one-character
// base (乌 of 乌镇) inside another name (义乌) is no quote of the place.
func TestQuotesPlace(t *testing.T) {
	for _, tt := range []struct {
		sentence, name string
		want           bool
	}{
		{"超额完成吴江光伏备案装机容量目标", "吴江区", true},
		{"义乌小商品城带动线上销售", "乌镇", false},
		{"乌镇互联网大会期间", "乌镇", true},
	} {
		if got := quotesPlace(&Evidence{Sentence: tt.sentence}, tt.name); got != tt.want {
			t.Errorf("quotesPlace(%q, %q) = %v, want %v", tt.sentence, tt.name, got, tt.want)
		}
	}
}
