package retrieval

import "testing"

// TestSubPlaceName: a village's or community's name reads as one; the common words a level word
// ends (行政村, 美丽乡村, 农村) and words too short for a name do not.
func TestSubPlaceName(t *testing.T) {
	for term, want := range map[string]bool{
		"南镇村": true, "南马坊村": true, "张庄村": true, "静兰社区": true,
		"行政村": false, "美丽乡村": false, "农村": false, "示范村": false, "城乡社区": false, "深水网箱": false,
	} {
		if got := subPlaceName(term); got != want {
			t.Errorf("subPlaceName(%q) = %v, want %v", term, got, want)
		}
	}
}
