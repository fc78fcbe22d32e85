package num

import "testing"

func TestEnglish(t *testing.T) {
	tests := map[string]string{
		"47亿元":             "4.7 billion yuan",
		"31.81亿元":          "3.181 billion yuan",
		"168.8亿元":          "16.88 billion yuan",
		"1亿元":              "100 million yuan",
		"0.5亿元":            "50 million yuan",
		"5000万元":           "50 million yuan",
		"8.5万元":            "85,000 yuan",
		"1.2万亿元":           "1.2 trillion yuan",
		"5000元":            "5,000 yuan",
		"1元":               "1 yuan",
		"15亿美元":            "US$1.5 billion",
		"5000万美元":          "US$50 million",
		"50万美元":            "US$500,000",
		"1.6万套":            "16,000 units",
		"1.4万人":            "14,000 people",
		"120万人":            "1.2 million people",
		"1人":               "1 person",
		"226家":             "226 enterprises",
		"1家":               "1 enterprise",
		"30户":              "30 households",
		"12个":              "12",
		"12个项目":            "12 projects",
		"3个村":              "3 villages",
		"1.2万亩":            "12,000 mu",
		"300公顷":            "300 hectares",
		"35公里":             "35 km",
		"2万平方米":            "20,000 square metres",
		"5万吨":              "50,000 tonnes",
		"1278间":            "1,278 rooms",
		"1间":               "1 room",
		"2.7万立方米":          "27,000 cubic metres",
		"5800枚":            "5,800",
		"50万人次":            "500,000 person-times",
		"31微克/立方米":         "31 μg/m³",
		"3倍":               "3 times",
		"10%":              "10%",
		"百分之十":             "10%",
		"10%左右":            "about 10%",
		"8%以上":             "more than 8%",
		"5300人以上":          "more than 5,300 people", // as the official English versions render 以上
		"3%以内":             "within 3%",
		"10余家":             "more than 10 enterprises",
		"2万余人":             "more than 20,000 people",
		"1.2个百分点":          "1.2 percentage points",
		"1个百分点":            "1 percentage point",
		"第一名":              "first place",
		"第3名":              "third place",
		"第十二位":             "12th place",
		"第一":               "first",
		"47亿":              "4.7 billion",
		"2023":             "2023",
		"14,000":           "14,000",
		"4.7 billion yuan": "4.7 billion yuan",
		"US$1.5 million":   "US$1.5 million",
		"ten percent":      "10%",
		"三万元":              "30,000 yuan",
		"两万五千人":            "25,000 people",
	}
	for in, want := range tests {
		got, ok := English(in)
		if !ok || got != want {
			t.Errorf("English(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := English("增长10%"); ok {
		t.Errorf("English(增长10%%) = %q, want not ok", got)
	}
}

func TestGloss(t *testing.T) {
	for in, want := range map[string]string{
		"1.6万套":            "16,000 units (1.6万套)",
		"47亿元以上":           "more than 4.7 billion yuan (47亿元以上)",
		"12个项目":            "12 projects (12个项目)",
		"10%":              "10%",
		"4.7 billion yuan": "4.7 billion yuan",
	} {
		vs := Find(in)
		if len(vs) != 1 {
			t.Fatalf("Find(%q) = %d values", in, len(vs))
		}
		if got := vs[0].Gloss(); got != want {
			t.Errorf("Gloss(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQualifierEnglish(t *testing.T) {
	for in, want := range map[string]string{"左右": "about", "约": "about", "以上": "more than", "超过": "more than", "不少于": "at least", "不低于": "at least", "以内": "within", "以下": "below", "力争": "strive for", "确保": "ensure"} {
		if got, ok := QualifierEnglish(in); !ok || got != want {
			t.Errorf("QualifierEnglish(%q) = %q, want %q", in, got, want)
		}
	}
	if _, ok := QualifierEnglish("增长"); ok {
		t.Error("QualifierEnglish(增长): want not ok")
	}
}

func TestEquivalent(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"4.7 billion yuan", "47亿元", true},
		{"4.7 billion", "47亿元", true},
		{"4,700 million yuan", "47亿元", true},
		{"3.181 billion yuan", "31.81亿元", true},
		{"16,000 units", "1.6万套", true},
		{"14,000 people", "1.4万人", true},
		{"14,000", "1.4万人", true},
		{"US$50 million", "5000万美元", true},
		{"1.2 percentage points", "1.2个百分点", true},
		{"10%", "百分之十", true},
		{"ten percent", "10%", true},
		{"12 projects", "12个项目", true},
		{"12 projects", "12个", true},
		{"12,000 mu", "1.2万亩", true},
		{"27,000 cubic metres", "2.7万立方米", true},
		{"27,000 cubic meters", "2.7万立方米", true},
		{"27,000 square metres", "2.7万立方米", false},
		{"1,278 rooms", "1278间", true},
		{"1,278 households", "1278间", false},
		{"3 times", "3倍", true},
		{"first place", "第一名", false}, // English ordinals are not read
		{"第一名", "第1名", true},
		{"4.7 billion yuan", "47亿美元", false},
		{"4.8 billion yuan", "47亿元", false},
		{"3.18 billion yuan", "31.81亿元", false},
		{"10", "10%", false},
		{"1.2%", "1.2个百分点", false},
		{"14,000 households", "1.4万人", false},
		{"12 mu", "12公顷", false},
		{"1", "第一名", false},
	}
	for _, tt := range tests {
		a, errA := Parse(tt.a)
		b, errB := Parse(tt.b)
		if errA != nil || errB != nil {
			if tt.want {
				t.Errorf("Parse(%q, %q): %v %v", tt.a, tt.b, errA, errB)
			}
			continue
		}
		if got := Equivalent(a, b); got != tt.want {
			t.Errorf("Equivalent(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Equivalent(b, a); got != tt.want {
			t.Errorf("Equivalent(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestReport(t *testing.T) {
	tests := []struct {
		in   string
		n    float64
		unit string
	}{
		{"4.7 billion yuan", 47, "亿元"}, {"4.7 billion", 47, "亿"}, {"1.5 million", 150, "万"},
		{"300 million yuan", 3, "亿元"}, {"14,000 tonnes", 1.4, "万吨"}, {"14,000", 1.4, "万"},
		{"500", 500, ""}, {"ten percent", 10, "%"}, {"1.2 percentage points", 1.2, "个百分点"},
		{"47亿元", 47, "亿元"}, {"1.6万套", 1.6, "万套"}, {"14000人", 14000, "人"}, {"47亿", 47, "亿"},
		{"百分之十", 10, "%"}, {"US$50 million", 5000, "万美元"}, {"226 enterprises", 226, "家"},
		{"12 items", 12, ""}, {"两万五千人", 25000, "人"}, {"三万元", 3, "万元"},
	}
	for _, tt := range tests {
		v, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if n, u := v.Report(); n != tt.n || u != tt.unit {
			t.Errorf("Report(%q) = %v %q, want %v %q", tt.in, n, u, tt.n, tt.unit)
		}
	}
}
