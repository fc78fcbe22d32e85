package facts

import (
	"math"
	"testing"

	"github.com/reportbot/reportbot/internal/num"
)

// TestCorpusValuesParse checks that internal/num reads every value the extractor found on the
// bundled corpus as the same number and unit.
func TestCorpusValuesParse(t *testing.T) {
	n := 0
	for _, fs := range corpusFacts(t) {
		for _, f := range fs {
			if f.Comparator == CompareFlat {
				continue
			}
			v, err := num.Parse(f.ValueText)
			if err != nil {
				t.Errorf("%s %q: %v", f.Indicator, f.ValueText, err)
				continue
			}
			if v.Number != math.Abs(f.Value) || v.ChineseUnit() != f.Unit {
				t.Errorf("%s %q: num reads %v %q, the extractor %v %q", f.Indicator, f.ValueText, v.Number, v.ChineseUnit(), f.Value, f.Unit)
			}
			if _, ok := num.English(f.ValueText); !ok {
				t.Errorf("%s %q: no English", f.Indicator, f.ValueText)
			}
			n++
		}
	}
	if n < 90 {
		t.Errorf("only %d values checked", n)
	}
	t.Logf("%d values read alike", n)
}

// TestScanValuesUnits pins how value units are read: only the units of unitClass make a
// value; changes in points, multiples and lone multipliers block.
func TestScanValuesUnits(t *testing.T) {
	tests := []struct {
		in      string
		num     float64
		unit    string
		blocked bool
		bound   string
		post    string
		text    string
	}{
		{"47亿元", 47, "亿元", false, "", "", "47亿元"},
		{"10余家", 10, "家", false, "以上", "", "10余家"},
		{"10多万元左右", 10, "万元", false, "以上", "左右", "10多万元"},
		{"2万余人", 2, "", true, "", "", "2"},
		{"47亿", 47, "", true, "", "", "47"},
		{"1.6万套", 1.6, "", true, "", "", "1.6"},
		{"3.6个百分点", 3.6, "", true, "", "", "3.6个百分点"},
		{"3倍", 3, "", true, "", "", "3倍"},
		{"5%-7%", 5, "%", true, "", "", "5%"},
		{"31μg/m3", 31, "μg/m3", false, "", "", "31μg/m3"},
		{"10%以上", 10, "%", false, "", "以上", "10%"},
	}
	for _, tt := range tests {
		vs := scanValues(tt.in, nil)
		if len(vs) == 0 {
			t.Errorf("scanValues(%q): none", tt.in)
			continue
		}
		v := vs[0]
		if v.num != tt.num || v.unit != tt.unit || v.blocked != tt.blocked || v.bound != tt.bound || v.post != tt.post || tt.in[v.start:v.end] != tt.text {
			t.Errorf("scanValues(%q) = %+v (text %q)", tt.in, v, tt.in[v.start:v.end])
		}
	}
	// Digits glued to Latin letters and thousands-looking commas: PM2.5, 1,200 (a clause comma).
	if vs := scanValues("pm2.5为1,200", nil); len(vs) != 2 || vs[0].num != 1 || vs[1].num != 200 {
		t.Errorf("scanValues(pm2.5为1,200) = %+v", vs)
	}
}
