package answer

import (
	"testing"
)

// TestListedPointUnits: a figure in 个 of a 、-run that ends in percentage points is in points
// (提升6.9个、3.6个百分点); a count in 个 before a percentage, or not joined by 、, stays a count.
func TestListedPointUnits(t *testing.T) {
	tests := []struct {
		quote, fig, unit string
	}{
		{"较年初分别提升6.9个、3.6个百分点。", "6.9", "个百分点"},
		{"分别下降1.2个、0.8个、0.5个百分点。", "1.2", "个百分点"},
		{"分别下降1.2个、0.8个、0.5个百分点。", "0.8", "个百分点"},
		{"新建项目12个,提升3.6个百分点。", "12", "个"},
		{"新建项目12个、增长3.6%。", "12", "个"},
	}
	for _, tt := range tests {
		found := false
		for _, v := range quoteValues(tt.quote) {
			if tt.quote[v.NumStart:v.NumEnd] == tt.fig {
				found = true
				if v.Unit != tt.unit {
					t.Errorf("%s: %s has unit %q, want %q", tt.quote, tt.fig, v.Unit, tt.unit)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", tt.quote, tt.fig)
		}
	}
}

// TestCarriedItems: 分别 after a clause with no list of its own (较年初) pairs its figures with the
// list of the clause before, where the items stand before their verb and figures.
func TestCarriedItems(t *testing.T) {
	quote := "12345市民服务热线诉求解决率、满意率达到94.6%、94.2%,较年初分别提升6.9个、3.6个百分点。"
	vs := quoteValues(quote)
	own, _ := respectiveItems(quote, vs)
	want := map[string]string{"94.6": "解决率", "94.2": "满意率", "6.9": "解决率", "3.6": "满意率"}
	for _, v := range vs {
		if w, ok := want[quote[v.NumStart:v.NumEnd]]; ok && own[v.Start] != w {
			t.Errorf("%s is stated for %q, want %q", v.Text, own[v.Start], w)
		}
	}
	// A clause before with no list, or none before at all, carries nothing.
	for _, q := range []string{"全年财政收入达到3亿元,较上年分别提升6.9个、3.6个百分点。", "分别提升6.9个、3.6个百分点。"} {
		if own, _ := respectiveItems(q, quoteValues(q)); len(own) != 0 {
			t.Errorf("%s: items %v, want none", q, own)
		}
	}
}
