package retrieval

import (
	"slices"
	"testing"

	"github.com/reportbot/reportbot/internal/lexicon"
)

// TestSplitCoordinated: two things joined by a conjunction are two terms; a conjunction inside a
// dictionary word (和谐, 参与) or beside a single character is no join.
func TestSplitCoordinated(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"农村幸福院和老年食堂", []string{"农村幸福院", "老年食堂"}},
		{"综合网格和微网格", []string{"综合网格", "微网格"}},
		{"社会和谐稳定", []string{"社会和谐稳定"}},
		{"群众参与活动", []string{"群众参与活动"}},
		{"村和社区", []string{"村和社区"}},
	}
	for _, tt := range tests {
		if got := splitCoordinated(lexicon.SenseKeys, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitCoordinated(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAnalyzeTwoCounted: a how-many question on two things has a term for each; a list
// question's relation (居民收入与经济增长同步) stays one term.
func TestAnalyzeTwoCounted(t *testing.T) {
	p := Analyze("齐都镇现在管着几处农村幸福院和老年食堂？", nil)
	for _, w := range []string{"农村幸福院", "老年食堂"} {
		if !slices.ContainsFunc(p.Terms, func(t Term) bool { return t.From == w }) {
			t.Errorf("terms = %+v, want %s", p.Terms, w)
		}
	}
	p = Analyze("哪些报告提出居民收入与经济增长同步?", nil)
	if slices.ContainsFunc(p.Terms, func(t Term) bool { return t.From == "经济增长同步" }) {
		t.Errorf("list question split: %+v", p.Terms)
	}
}

// TestAskedFigureTwoCounted: one how-many ask of two things counted wants a figure for each; a
// single thing wants one.
func TestAskedFigureTwoCounted(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"齐都镇现在管着几处农村幸福院和老年食堂?", 2},
		{"盛泽镇划了几个综合网格和微网格?", 2},
		{"盛泽镇划了几个综合网格?", 1},
	}
	for _, tt := range tests {
		_, fits := AskedFigure(Analyze(tt.q, nil))
		if len(fits) != tt.want {
			t.Errorf("AskedFigure(%q): %d asks, want %d", tt.q, len(fits), tt.want)
		}
	}
}
