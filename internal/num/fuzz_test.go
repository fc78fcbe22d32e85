package num

import (
	"math"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, seed := range []string{
		"地区生产总值完成168.8亿元,同比下降2.3%;一般公共预算收入增长10%左右",
		"新建住房1.6万套,带动就业2万余人,实际利用外资5000万美元",
		"考核获全市第一名,增长百分之三点五,投资一亿二千万元,十四五规划",
		"revenue of 4.7 billion yuan, US$1.5 million, 14,000 tonnes, ten percent, twenty-one per cent",
		"one hundred and five thousand tonnes, PM2.5 31μg/m³, G20, 1,2345, １２００人",
		"12个项目、3个村、1.2个百分点、3倍、50万人次、31微克/立方米",
		"第", "百分之", "$", "US$", "三点", "一万五", "\xff\xfe5亿",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		vs := Find(s)
		prevEnd := 0
		for _, v := range vs {
			if v.Start < prevEnd || v.Start > v.NumStart || v.NumStart >= v.NumEnd || v.NumEnd > v.End || v.End > v.QualEnd || v.QualEnd > len(s) {
				t.Fatalf("Find(%q): bad spans %+v", s, v)
			}
			if s[v.Start:v.End] != v.Text {
				t.Fatalf("Find(%q): text %q is not s[%d:%d]", s, v.Text, v.Start, v.End)
			}
			if a := v.Amount(); math.IsNaN(a) || math.IsInf(a, 0) || a < 0 {
				t.Fatalf("Find(%q): amount %v of %q", s, a, v.Text)
			}
			prevEnd = v.End
			if v.Ordinal {
				continue
			}
			// Round trip: the English figure reads back as the same quantity.
			en := v.figure()
			w, err := Parse(en)
			if err != nil {
				t.Fatalf("Find(%q): English %q of %q does not parse: %v", s, en, v.Text, err)
			}
			if !Equivalent(v, w) {
				t.Fatalf("Find(%q): English %q of %q reads back as %v %q", s, en, v.Text, w.Amount(), w.Unit)
			}
		}
		for _, o := range []Options{{Only: FormArabic, Ungrouped: true}, {Only: FormChinese}, {Only: FormEnglish}} {
			for _, v := range FindWith(s, o) {
				if v.Form&o.Only == 0 || s[v.Start:v.End] != v.Text {
					t.Fatalf("FindWith(%q, %+v): %+v", s, o, v)
				}
			}
		}
		if v, err := Parse(s); err == nil {
			if _, ok := English(s); !ok {
				t.Fatalf("Parse(%q) = %v but English fails", s, v.Text)
			}
		}
	})
}

func FuzzFormat(f *testing.F) {
	for _, x := range []float64{0, 1, 16000, 3.181, 1.688e10, 1e-7, 123456789.123} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
			return
		}
		s := Format(x)
		v, err := Parse(s)
		if err != nil {
			t.Fatalf("Format(%v) = %q does not parse: %v", x, s, err)
		}
		if !sameAmount(v.Amount(), roundSig(x)) {
			t.Fatalf("Format(%v) = %q reads back as %v", x, s, v.Amount())
		}
	})
}
