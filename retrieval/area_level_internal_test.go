package retrieval

import (
	"slices"
	"testing"
)

// TestSubLevels: a level word after a determiner names a report's place by its city; a level
// character that opens an area word (的区域, 的乡村, 的县域) names no level, nor does an English
// level word inside a hyphened word ("old-town").
func TestSubLevels(t *testing.T) {
	for _, c := range []struct {
		lang, q string
		want    []string
	}{
		{"zh", "苏州的那个区今年gdp增长目标是多少?", []string{"区"}},
		{"zh", "盘锦那个镇去年规上工业增加值下降了多少?", []string{"镇"}},
		{"zh", "淄博的区域生产总值去年增长了多少?", nil},
		{"zh", "苏州的乡村振兴投入是多少?", nil},
		{"zh", "淄博的县域经济增长了多少?", nil},
		{"zh", "苏州的区域里那个镇的gdp是多少?", []string{"镇"}},
		{"en", "what is the gdp growth target of the suzhou district?", []string{"区"}},
		{"en", "how long was the old-town rebuild on hold before the beijing district restarted it?", []string{"区"}},
		{"en", "what gdp target has the county in ningde set?", []string{"县"}},
		{"en", "how many villages in suzhou?", nil},
	} {
		if got := subLevels(Plan{Lang: c.lang, Norm: c.q}); !slices.Equal(got, c.want) {
			t.Errorf("subLevels(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
