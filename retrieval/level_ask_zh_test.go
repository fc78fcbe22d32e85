package retrieval

import (
	"slices"
	"testing"
)

// TestZhLevelAsk: a question that asks a level or rate without 多少 (覆盖到什么程度, 到啥水平,
// 做到什么程度, 有多高) finds the rate indicator its topic names and keeps 程度 and 水平 out of
// its terms.
func TestZhLevelAsk(t *testing.T) {
	tests := []struct{ q, ind string }{
		{"黎里农村生活污水处理覆盖到什么程度了?", "农村生活污水治理率"},
		{"盘锦那个区的农业机械化到啥水平了?", "农业机械化率"},
		{"黎里的农村生活污水治理达到什么水平?", "农村生活污水治理率"},
	}
	for _, tt := range tests {
		p := Analyze(tt.q, nil)
		if !slices.Contains(p.Indicators, tt.ind) {
			t.Errorf("%s: indicators %v, want %s", tt.q, p.Indicators, tt.ind)
		}
		for _, term := range p.Terms {
			if term.From == "程度" || term.From == "水平" {
				t.Errorf("%s: term %q is the question's ask", tt.q, term.From)
			}
		}
	}
}

// TestCutLevelAsk: the ask is removed, and becomes 率 only when that names a known indicator.
func TestCutLevelAsk(t *testing.T) {
	tests := []struct{ in, want string }{
		{"中水回用做到什么程度了", "中水回用 "},
		{"农村生活污水处理覆盖到什么程度了", "农村生活污水处理率 "},
		{"经济发展的质量", "经济发展的质量"},
	}
	for _, tt := range tests {
		if got := cutLevelAsk(tt.in); got != tt.want {
			t.Errorf("cutLevelAsk(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
