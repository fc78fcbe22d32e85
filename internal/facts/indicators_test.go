package facts

import (
	"slices"
	"testing"
)

func TestIndicatorTable(t *testing.T) {
	tb := loadTable()
	if tb.err != nil {
		t.Fatalf("indicators.tsv: %v", tb.err)
	}
	ins := Indicators()
	if len(ins) < 40 {
		t.Errorf("got %d indicators, want at least 40", len(ins))
	}
	classes := []string{ClassMoney, ClassCount, ClassWeight, ClassArea, ClassConcentration, ClassRate, ClassIndex}
	for _, in := range ins {
		if !slices.Contains(classes, in.Class) {
			t.Errorf("%s: unknown class %q", in.Name, in.Class)
		}
		if len(in.English) < 2 {
			t.Errorf("%s: want at least two English names, got %q", in.Name, in.English)
		}
		for _, p := range append(slices.Clone(in.Variants), in.English...) {
			got, ok := Lookup(p)
			if !ok || got.Name != in.Name {
				t.Errorf("Lookup(%q) = %q, %v; want %q", p, got.Name, ok, in.Name)
			}
		}
	}
	t.Logf("%d indicators", len(ins))
}

func TestIndicatorsIsACopy(t *testing.T) {
	a := Indicators()
	a[0].Variants[0] = "changed"
	if b := Indicators(); b[0].Variants[0] == "changed" {
		t.Error("Indicators shares its slices with the caller")
	}
}

func TestParseTableErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"columns", "地区生产总值\tmoney\tgdp\n"},
		{"duplicate variant", "甲\tmoney\t乙\tA|B\n丙\tmoney\t乙\tC\n"},
		{"duplicate English", "甲\tmoney\t乙\tA|B\n丙\tmoney\t丁\tb\n"},
	}
	for _, tt := range tests {
		if tb := parseTable(tt.data); tb.err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		phrase string
		want   string // "" when not found
	}{
		{"地区生产总值", "地区生产总值"},
		{"GDP", "地区生产总值"},
		{"Gross Domestic Product", "地区生产总值"},
		{"economic output", "地区生产总值"},
		{"地方一般公共预算收入", "一般公共预算收入"},
		{"地方财政收入", "一般公共预算收入"},
		{"fiscal revenue", "一般公共预算收入"},
		{"revenue", "一般公共预算收入"},
		{"public budget revenues", "一般公共预算收入"},
		{"财政总收入", "财政总收入"},
		{"全镇一般公共预算收入", "一般公共预算收入"},
		{"fixed asset investment", "固定资产投资"},
		{"Fixed-Asset Investment", "固定资产投资"},
		{"全社会固定资产投资", "固定资产投资"},
		{"规上工业总产值", "规模以上工业总产值"},
		{"industrial output above designated size", "规模以上工业总产值"},
		{"retail sales of consumer goods", "社会消费品零售总额"},
		{"above-quota consumer goods retail sales", "限额以上消费品零售额"},
		{"外贸进出口", "进出口总额"},
		{"high-tech enterprise", "高新技术企业"},
		{"High tech enterprises", "高新技术企业"},
		{"unemployment rate", "城镇调查失业率"},
		// The share of good-air days as reports also write it (达标率), and the funds attracted
		// named without "in place".
		{"空气优良天数达标率", "空气质量优良天数比例"},
		{"domestic investment funds", "引进国内实际到位资金"},
		// Domestic capital as people say it (引进内资), like foreign capital's 利用外资.
		{"引进内资", "引进国内实际到位资金"},
		{"利用内资", "引进国内实际到位资金"},
		{"ＧＤＰ", "地区生产总值"},
		{"老旧小区", ""},
		{"", ""},
		{"growth", ""},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.phrase)
		if ok != (tt.want != "") || got.Name != tt.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.phrase, got.Name, ok, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"哪些镇设定了一般公共预算收入增长目标?", []string{"一般公共预算收入"}},
		{"Which towns target 10% revenue growth?", []string{"一般公共预算收入"}},
		{"compare GDP targets and fixed-asset investment across the reports", []string{"地区生产总值", "固定资产投资"}},
		{"What was the general public budget revenue of 盛泽镇?", []string{"一般公共预算收入"}},
		{"规上工业总产值和工业投资", []string{"规模以上工业总产值", "工业投资"}},
		{"单位地区生产总值能耗下降", []string{"单位地区生产总值能耗"}},
		{"no indicator here", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, in := range Find(tt.text) {
			got = append(got, in.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
