package retrieval

import (
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestAsksMagnitude: a list question that asks which figure is bigger, the biggest or in what
// order asks for figures; "more than 100" is a threshold, and naming a topic asks for none.
func TestAsksMagnitude(t *testing.T) {
	tests := []struct {
		lang, q string
		want    bool
	}{
		{"en", "which reports set a jobs target for this year, and which one is bigger?", true},
		{"en", "which towns eliminated black and odorous rivers, and which eliminated more?", true},
		{"en", "which reports set a growth target, and which is the most ambitious?", true},
		{"en", "which reports say they handled more than 100 suggestions?", false},
		{"en", "which reports mention the night-time economy?", false},
		{"zh", "哪些报告给出了城乡居民医保参保人数?哪个更多?", true},
		{"zh", "哪些报告给出了上一年的地区生产总值总量?按规模从大到小排列。", true},
		{"zh", "哪些报告提到了垃圾分类?", false},
	}
	for _, tt := range tests {
		p := Plan{Lang: tt.lang, Norm: tt.q}
		if got := p.asksMagnitude(); got != tt.want {
			t.Errorf("asksMagnitude(%q) = %v, want %v", tt.q, got, tt.want)
		}
		if tt.want && !p.AsksFigure() {
			t.Errorf("AsksFigure(%q) = false", tt.q)
		}
	}
}

// TestPlacesOnly: a list is scoped to the reports naming a place only when the place is all it
// asks about.
func TestPlacesOnly(t *testing.T) {
	wujiang := Plan{Places: []string{"吴江区"}, Terms: []Term{{From: "吴江区", Weight: 1}}}
	taiwan := Plan{Places: []string{"台湾省"}, Terms: []Term{{From: "对台", Weight: 1}, {From: "台湾省", Weight: 1}}}
	if !placesOnly(wujiang) || placesOnly(taiwan) {
		t.Errorf("placesOnly: Wujiang %v (want true), Taiwan beside 对台 %v (want false)", placesOnly(wujiang), placesOnly(taiwan))
	}
}

// TestEnglishUnit: the English unit after a question's number names the figure's dimension.
func TestEnglishUnit(t *testing.T) {
	if d, _ := (Number{Text: "100 kilometres", Value: 100}).EnglishUnit(); d != num.DimKm {
		t.Errorf("100 kilometres: dimension %q, want %q", d, num.DimKm)
	}
	if d, c := (Number{Text: "3,000 households", Value: 3000}).EnglishUnit(); d != num.DimCount || c != "households" {
		t.Errorf("3,000 households: %q %q, want a count of households", d, c)
	}
	if d, _ := (Number{Text: "1000件", Value: 1000, Unit: "件"}).EnglishUnit(); d != "" {
		t.Errorf("1000件: dimension %q, want none", d)
	}
}
