package retrieval

import "testing"

func TestEitherLevelScopesBoth(t *testing.T) {
	for _, tc := range []struct{ q, level string }{
		{"Which towns or districts aim to grow fixed-asset investment by at least 15%?", ""},
		{"Which towns and districts mention pocket parks?", ""},
		{"哪些镇或区提到口袋公园?", ""},
		{"Which towns aim to grow fixed-asset investment by at least 15%?", "镇"},
		{"Which districts mention pocket parks?", "区"},
		{"哪些镇提到口袋公园?", "镇"},
	} {
		if got := Analyze(tc.q, nil).Level; got != tc.level {
			t.Errorf("Analyze(%q).Level = %q, want %q", tc.q, got, tc.level)
		}
	}
}
